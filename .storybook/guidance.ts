/**
 * What each public component is for, when to reach for something else, and what it does for
 * accessibility, shown on its docs page (Guidance.tsx). Written in Markdown. Keyed by the
 * component's exported name; docs-coverage.test.ts fails when a public component has none.
 */
export interface ComponentGuidance {
  /** When to use it. */
  use: string;
  /** When not to use it, and what to use instead. */
  notUse: string;
  /** What it does for accessibility, and what the host must still do. */
  accessibility: string;
}

export const guidance: Record<string, ComponentGuidance> = {
  Button: {
    use: 'An action on this page: send a form, open a dialog, vote. `variant="primary"` for the one main action of a view, `secondary` and `tertiary` for the rest, `danger` for what cannot be undone.',
    notUse:
      "To go to another page or address, use a `Link`: a button that navigates breaks opening in a new tab and the screen reader's list of links. For on/off state (follow, vote), use a `ToggleButton`.",
    accessibility:
      'A native `<button>`, `type="button"` unless you say otherwise. A button with only an icon must have an `aria-label` (the types require it). While `loading` it keeps focus, sets `aria-busy` and `aria-disabled` rather than `disabled`, and says "loading" to screen readers.',
  },
  Checkbox: {
    use: 'A yes/no question on its own ("I agree to ..."), or, inside a `CheckboxGroup`, one of several answers that may all apply.',
    notUse:
      'For one choice among several, use a `RadioGroup`; for an instant on/off setting outside a form, a `ToggleButton`. Do not pre-tick consent.',
    accessibility:
      'A native checkbox with a visible label; its description and error are linked with `aria-describedby`, and an error sets `aria-invalid`. Alone and `required`, it shows the marker and sets `aria-required`.',
  },
  CheckboxGroup: {
    use: 'One question with several answers that may all apply ("What is the proposal about? Choose all that fit").',
    notUse:
      'For a single answer, use a `RadioGroup` (few options) or a `Select` (many). For a single yes/no, one `Checkbox` on its own.',
    accessibility:
      "A `fieldset` with the question as its `legend`, so each box is read with the question. The group's description and error are read when a screen reader enters it; an error summary that links to the group's `id` focuses its first box.",
  },
  ErrorSummary: {
    use: 'At the top of any form, listing what must be fixed after a failed submit. The form patterns render it for you.',
    notUse:
      "For one field's problem, use the field's `error` prop; for a failed send (network, server), an `Alert` or `SubmitFailure`: there is nothing for the person to fix in the form.",
    accessibility:
      "Takes focus when it appears, so a keyboard or screen-reader user starts from the list. The alert role is on its content, not on the focused container, so it is read once. Each link moves focus to its field and scrolls the field's label into view. To focus it again after a second failed submit, give it a new `key`.",
  },
  Field: {
    use: "To give a control of your own (a date picker, a combobox) the same label, description, error and `aria-*` wiring as Samskap's fields: put it inside and take the ids with `useFieldControl`.",
    notUse:
      'For text, a textarea, a select, a checkbox or radios, use `TextField`, `Textarea`, `Select`, `Checkbox` or `RadioGroup`: they are built on `Field` already.',
    accessibility:
      'The label is a real `<label for>`; description and error are linked with `aria-describedby` in that order, and an error sets `aria-invalid`. The error has a hidden "Feil:" prefix so it is not told by colour alone.',
  },
  RequirementMarker: {
    use: 'After a label or legend you build yourself, to say "(optional)" or "(required)" in the same words and style as the form fields.',
    notUse:
      "Not beside Samskap's fields: their `optional` and `required` props show it already. Mark the fewer of the two kinds in a form (usually the optional ones), not both.",
    accessibility:
      'Plain text, read as part of the label, so the requirement is not told by an asterisk or colour alone. It does not set `aria-required`: the control must do that.',
  },
  Fieldset: {
    use: 'To group several controls that answer one question or belong together (an address, contact details), with the question as the legend.',
    notUse:
      'Not around a single control, and not for visual grouping alone (use layout). For checkboxes or radios, `CheckboxGroup` and `RadioGroup` are fieldsets already.',
    accessibility:
      "A native `fieldset` and `legend`: screen readers read the legend when focus enters the group. The group's description and error are linked to it; an error summary that links to its `id` focuses the first control inside.",
  },
  FileUpload: {
    use: 'To let a person attach files to a form (a tip, an application), with the chosen files listed under the chooser.',
    notUse:
      'Not for a single picture that needs cropping or a preview editor, and not as the only way to give information a person may not have as a file.',
    accessibility:
      'A native file input with its label; each chosen file has its own "Remove" button named with the file. Removing one moves focus to the next file\'s button, or back to the chooser, and announces what was removed. State the limits in the description, and check files with `checkFiles` before sending.',
  },
  SamskapProvider: {
    use: 'Once at the root of every app or page that uses Samskap, and again around a subtree that needs another theme, colour scheme or language.',
    notUse:
      "Not to change one component's wording: use that component's `labels` prop. Not to switch language with a host i18next: call the host's `changeLanguage`, and the provider follows.",
    accessibility:
      'Sets `lang` on its root element, so screen readers pronounce the built-in strings in the right language (WCAG 3.1.1 and 3.1.2). The default theme, the example themes and themes from `createTheme` pass text contrast 4.5:1 and UI contrast 3:1 in light and dark by construction. `colorScheme="auto"` follows the reader\'s system setting in CSS alone.',
  },
  Radio: {
    use: 'One option inside a `RadioGroup`, with its own label and, if needed, a description.',
    notUse:
      'Never on its own: a lone radio cannot be unchecked. For a yes/no question on its own, use a `Checkbox`.',
    accessibility:
      'A native radio: the group gives it its name, so arrow keys move between the options and Tab enters and leaves the group as one stop. Its description is read with its name.',
  },
  RadioGroup: {
    use: 'One choice among a few options (two to about seven), all visible at once.',
    notUse:
      'For more than about seven options, use a `Select`; for several answers, a `CheckboxGroup`; for switching a view outside a form, a `ToggleGroup`.',
    accessibility:
      "A `fieldset` with the question as its `legend`. Arrow keys move between the options as the browser gives radios. The group's description and error are read when focus enters it.",
  },
  Select: {
    use: 'One choice among many options (a municipality, a country), where a list of radios would be too long.',
    notUse:
      'For a few options, use a `RadioGroup`, which shows them all without a click. For searching a long list, a combobox built on `Field`.',
    accessibility:
      "The browser's own select: it works with every keyboard, screen reader and phone picker. Its label, description and error are wired like every field's.",
  },
  TextField: {
    use: 'One line of text: a name, an email address, a phone number, a postcode. Set `type` and `autoComplete` so browsers can fill it in.',
    notUse:
      'For more than one line, use a `Textarea`; for a search box, a `SearchField`; for a choice among known values, a `Select` or `RadioGroup`.',
    accessibility:
      'A native `<input>` with a visible label; description and error linked with `aria-describedby`, errors set `aria-invalid`. Use the right `autoComplete` value for personal data (WCAG 1.3.5).',
  },
  Textarea: {
    use: 'Free text over several lines: a comment, a tip, a description. With `characterLimit`, it shows how many characters are left.',
    notUse: 'For one line, use a `TextField`.',
    accessibility:
      'The visible counter is hidden from screen readers, which would read it on every key press; they hear the count once the person pauses typing, through the shared live region. Going over the limit is allowed while typing and reported as an error, so pasted text is not cut silently.',
  },
  ValidationMessage: {
    use: 'The error text of a control or group you build yourself, linked to it with `aria-describedby`.',
    notUse:
      "Not for Samskap's fields: pass the message as their `error` prop. Not for messages about the whole page or a failed send: use an `Alert`.",
    accessibility:
      'A hidden "Error:" prefix says what it is without the colour and icon (WCAG 1.4.1). It is not a live region: after a submit, focus the error summary instead.',
  },
  VisuallyHidden: {
    use: 'Text that makes something clear to screen-reader users when the visual context already makes it clear to sighted readers ("Read more *about this case*"), or a skip link with `focusable`.',
    notUse:
      "Not to hide content from everyone (use `hidden`), and not to hide a form control's label: every control has a visible label.",
    accessibility:
      'Read aloud, not shown, and kept in the accessibility tree (unlike `display: none`). With `focusable`, it appears while it or something inside it has focus, so a keyboard user never focuses something invisible.',
  },
  Alert: {
    use: 'A message about the page or about what just happened: a saved change, a warning before a step, a failed send. `variant` says which kind.',
    notUse:
      "For a field's error, the field's `error` prop; for a list of errors after a submit, an `ErrorSummary`; for something that must be said without anything changing on screen, `announce()`.",
    accessibility:
      'Its kind is said in words, with a hidden prefix ("Warning:"), not by colour and icon alone (WCAG 1.4.1). `danger` is announced at once (`role="alert"`), the others politely (`role="status"`); use `live="off"` for an alert that is on the page from the start.',
  },
  Avatar: {
    use: "Beside a person's name in a comment, a byline or a contact: their picture, or their initials when there is none.",
    notUse: "Not as the only place a person's name appears, and not for an organisation's logo.",
    accessibility:
      'Named by `name` as one image (`role="img"`), picture or initials alike. When the name is written beside it, set `decorative` so the name is not read twice.',
  },
  Badge: {
    use: 'A short status or count beside something else: "New", "In progress", "12".',
    notUse:
      'Not for anything a person can click or remove: use a `Tag` (removable) or a `Button`. For the status of an idea or a case, use `StatusBadge` from @samskap/portal.',
    accessibility:
      'Not interactive. Its text says what it means; the colour only groups, so nothing is told by colour alone. A bare number needs context: put it in the name of what it counts, or add hidden text with `VisuallyHidden`.',
  },
  Breadcrumbs: {
    use: 'At the top of a page deep in a hierarchy (Home > Cases > This case), so a reader sees where they are and can go up.',
    notUse:
      'Not on the home page, not on a flat site, and not as a history of where the reader has been.',
    accessibility:
      'A `nav` landmark with an ordered list; the current page is the last item, not a link, and marked `aria-current="page"`. In less than 30 rem only the way up to the parent is shown.',
  },
  Card: {
    use: 'One item in a list or grid (a case, an article, an event) whose content belongs together. Put one `CardLink` in its heading to make the whole card a link.',
    notUse:
      'Not as a general box for layout or decoration, and not for a single link without content (use a `Link`).',
    accessibility:
      'Choose `as` to fit: `li` inside a list, `article` for a self-contained item. With a `CardLink` the card has one link, named by its heading, and no interactive element is nested in another; other links and buttons in the card stay clickable.',
  },
  CardLink: {
    use: "The one link of a `Card`, inside the card's heading: it makes the whole card its click target.",
    notUse:
      "Not outside a card, and not more than one per card. For a link in the card's text, use a `Link`.",
    accessibility:
      "The link's name is the heading text, so a list of links reads as a list of titles. The overlay covers the card for pointer users; keyboard users reach one link per card. Its `href` goes through `safeUrl`: an unsafe address leaves the title as text. Text in the card cannot be selected by dragging across it.",
  },
  Details: {
    use: 'Content a reader may want but most do not need at once: help text, "why do we ask", long lists.',
    notUse:
      'Not for content everyone needs to do the task, and not for navigation between sections of a page. For a modal task, a `Dialog`.',
    accessibility:
      'The native `details` and `summary`: the browser gives it its role, expanded state, Enter and Space, and find-in-page reaches closed content.',
  },
  Dialog: {
    use: 'A short task or a decision that must be finished or cancelled before going on: report a comment, confirm a deletion.',
    notUse:
      'Not for content that could be a page or part of one, not for messages (use an `Alert`), and not on top of another dialog.',
    accessibility:
      'The native `<dialog>` with `showModal()`: the page behind is inert, Escape closes it, it is named by its heading, focus moves into it and returns to where it was when it closes.',
  },
  Divider: {
    use: 'A break between sections of content that are not already apart through headings or space.',
    notUse:
      'Not between every item of a list or to frame a heading: use spacing. Use `decorative` when the line separates nothing a reader needs to know about.',
    accessibility:
      'An `hr`, read as a separator; with `decorative` it is hidden from screen readers.',
  },
  Heading: {
    use: "Every heading, with the level that fits the page's outline and the `size` that fits the design.",
    notUse:
      'Do not pick a level for its size: set `size` instead. Not for text that is only bold or large without starting a section.',
    accessibility:
      'Screen-reader users move between headings by level, so keep the outline without gaps (one `h1`, then `h2`, ...). A long word wraps anywhere, so an untrusted title never widens its column.',
  },
  Icon: {
    use: 'Beside a text or inside a button with an `aria-label`, to help recognise an action or a kind.',
    notUse:
      'Never as the only way to say something: always with text or a label. Not as an image of content (use `img` with `alt`).',
    accessibility:
      'Always decorative (`aria-hidden`): the text beside it, or the label of its button, says what it means. It takes the text colour, so it stays visible in forced-colors mode.',
  },
  Link: {
    use: 'To go somewhere: another page, a part of this page, a file, an email address. Set `ugc` on links that come from user content.',
    notUse:
      'For an action on this page, use a `Button`. For the link that makes a card clickable, a `CardLink`.',
    accessibility:
      'Underlined, so it is not told by colour alone. The text must make sense read alone ("Read more about the case", not "Read more"). With `target="_blank"` it says that it opens a new tab, as an icon and hidden text. Its `href` goes through `safeUrl`: an unsafe address makes it plain text.',
  },
  List: {
    use: 'A bulleted (`ul`) or numbered (`ordered`) list in running text, styled to match the paragraphs; `plain` drops the markers and indent for a stack of links or files.',
    notUse: 'Not for lists of cards or navigation, which bring their own list markup.',
    accessibility:
      'A native list, so screen readers say how many items there are. Its children must be `li` elements.',
  },
  Pagination: {
    use: 'Under a list that is split into pages, with links (`hrefFor`) so each page has its own address.',
    notUse:
      'Not for a short list that fits on one page, and not for steps of a form (use headings and a progress text).',
    accessibility:
      'A `nav` landmark with its own name; the current page has `aria-current="page"`. The previous and next links say what they do in words. In less than 30 rem it shows previous, "Page 3 of 10" and next.',
  },
  Paragraph: {
    use: 'Body text, kept to a readable line length.',
    notUse:
      "Not for headings or labels, and not for text inside a form control's description (the field styles that).",
    accessibility:
      'Set `lang` when the text is in another language than the page, so it is read with the right voice (WCAG 3.1.2).',
  },
  SearchField: {
    use: 'A search box with its own submit, in a page or in the header; it works as a plain GET form with `action`.',
    notUse:
      'For filtering a list as the reader types, a `TextField` inside the filters may fit better; for a choice among known values, a `Select`.',
    accessibility:
      'A `search` landmark with a labelled search field, a clear button while there is text and a submit button. Escape clears the field, as in a native search field. Hide the label visually only with `hideLabel`, where the context makes it clear.',
  },
  Skeleton: {
    use: 'A placeholder shaped like content that is loading, where the layout would otherwise jump.',
    notUse:
      "Not for loads that take less than a second or two, and not as a progress indicator for an action the person started (use a `Button`'s `loading` or a `Spinner`).",
    accessibility:
      'Hidden from screen readers. Set `aria-busy="true"` on the region that is loading and say when it is ready, so there is one message, not one per grey box.',
  },
  SkipLink: {
    use: 'As the first focusable element of every page, pointing at the main content (WCAG 2.4.1).',
    notUse: 'Not as a replacement for headings and landmarks; it is in addition to them.',
    accessibility:
      'Shown when it has focus. It moves focus to its target itself, because some browsers only scroll to a fragment and leave focus where it was.',
  },
  Spinner: {
    use: 'To show that something is loading, inside a button or beside a short text.',
    notUse:
      "For a load of a page's content, a `Skeleton` keeps the layout; for a busy button, use the button's `loading`.",
    accessibility:
      'Named by `label`, or hidden with `aria-hidden` when the text beside it says the same. It is not a live region: announce a finished load yourself (`announce()`).',
  },
  Tag: {
    use: 'A keyword or category ("Kindergarten", "Climate"); with `onRemove`, a chosen filter the reader can remove.',
    notUse:
      'Not for a status (use a `Badge` or `StatusBadge`) and not as a link or button of its own.',
    accessibility:
      'A removable tag has a remove button named "Remove" followed by the tag\'s text, so a list of them can be told apart. Move focus somewhere sensible after a removal (`CaseFilters` moves it to the next tag).',
  },
  ToggleButton: {
    use: 'A button that is on or off: follow a case, a vote, "show as list".',
    notUse:
      'For a setting that is submitted with a form, use a `Checkbox`; for an action, a `Button`.',
    accessibility:
      '`aria-pressed` says the state; pressed, it is filled and bold with a check mark, so the state is seen without colour, also in forced-colors mode. Its name must not change with the state: screen readers say "pressed" themselves.',
  },
  ToggleGroup: {
    use: 'A row of `ToggleButton`s of which one is pressed: grid or list, map or table.',
    notUse:
      'For a choice in a form, use a `RadioGroup`; for switching between panels of content, headings and links on one page are often clearer.',
    accessibility:
      'A `group` named by `label`. Each button is a tab stop of its own and says its state with `aria-pressed`, so it works like the buttons it is.',
  },
  ArticleCard: {
    use: 'An article in a list or grid of news and stories: picture, category, headline, lead, authors, date and reading time.',
    notUse:
      "For a case or an event, use `CaseCard` or `EventCard`. On the article's own page, use `ArticleHeader`.",
    accessibility:
      "The headline is the card's one link. Picture `alt` text comes from the article; the date is in a `<time>`. An article in another language than the page carries its `lang`. A missing or unsafe link leaves the card without a link.",
  },
  ArticleFigure: {
    use: 'A picture in an article\'s text, with its caption and credit ("Photo: Kari Nordmann").',
    notUse:
      'Not for decoration without meaning (use CSS), and not for the main picture at the top (`ArticleHeader` shows it).',
    accessibility:
      'A `figure` with a `figcaption`: the alt text says what the picture shows, the caption what it means, so they should not repeat each other. A picture with an unsafe URL is left out.',
  },
  ArticleHeader: {
    use: "The top of an article's page: headline, lead, byline and main picture.",
    notUse: 'Not in lists of articles (use `ArticleCard`).',
    accessibility:
      'The headline is an `h1` unless you set `headingLevel`. An article in another language than the page carries its `lang`, so it is read with the right voice. Dates are in `<time>`.',
  },
  Byline: {
    use: 'Who wrote an article and when: authors with their role and organisation, the publication date and last update, the reading time.',
    notUse: 'Not for the author of a comment (the thread shows it).',
    accessibility:
      'Dates are in `<time>` with a machine-readable `datetime`; the last update is said in words, not by a symbol.',
  },
  PullQuote: {
    use: "A quote lifted out of an article's text, with whom it is from, to break up a long article.",
    notUse:
      'Not for quotes that are part of the argument (write them in the text), and not for testimonials in a list.',
    accessibility:
      "A `blockquote` with its source in the figure's caption, so both are read together. Set `language` when the quote is in another language than the page.",
  },
  CaseCard: {
    use: 'One innovation case in a list, a grid or a teaser: title, summary, stage, organisation, countries and tags.',
    notUse: "On the case's own page, use `CaseDetails`. For loading states, `CaseCardSkeleton`.",
    accessibility:
      "The title is the card's one link, so the whole card is its target and a list of cards reads as a list of titles. Stage is written out, never told by colour. A case in another language carries its `lang`. A missing or unsafe `href` leaves the card without a link.",
  },
  CaseCardSkeleton: {
    use: 'A placeholder in the shape of a case card while cases load, so the layout does not jump.',
    notUse:
      'Inside `CaseList`, set `loading` instead: it shows skeletons and announces the loading once. Not for loads that take less than a second or two.',
    accessibility:
      'Says "loading" to screen readers once per skeleton; use `silent` when a list announces the loading itself, so it is not read once per card.',
  },
  CaseFilters: {
    use: 'Beside or above a `CaseList`: free-text search, facets with counts, a year range and the chosen filters as removable tags, with the state in the URL (see the case library recipe).',
    notUse:
      'For a short list that fits on a screen, a `SearchField` is enough. It is controlled: do not use it without keeping `value` in state or in the URL.',
    accessibility:
      'A GET form whose fields carry the URL parameter names, so it works without JavaScript. Each facet is a fieldset of checkboxes with its counts; when the tag of a chosen filter is removed, focus moves to the next one. On narrow screens (or with `collapse="always"`) the facets fold behind a "Show filters" disclosure.',
  },
  CaseList: {
    use: 'A list of cases with the number of results, a grid/list toggle, loading skeletons, an empty state and paging.',
    notUse:
      'For one case, a `CaseCard`. Filtering is not its job: filter with `filterCases` and `CaseFilters`, and give it the result.',
    accessibility:
      'A list of cards, each with one link. The number of results is announced politely once the reader pauses. The current page and layout are stated in words; page links are real links when you give it a link builder (`hrefFor`).',
  },
  CaseDetails: {
    use: 'The page of one innovation case, from its header through the problem, what is new, partners, results, what did not work and lessons, to the contact and a place for comments.',
    notUse: 'In lists of cases, use `CaseCard`.',
    accessibility:
      "A section the case has not filled in says so rather than vanishing. An in-page menu links to the sections. Content in another language than the page carries its `lang`, and a notice says so in the reader's language.",
  },
  CommentForm: {
    use: 'To let a citizen comment on a case or an article, as a guest (name and email) or signed in (`user`).',
    notUse:
      'For a private message to the agency, use `TipForm`. For replies inside a thread, give `CommentThread` an `onReply`: it opens the form in place.',
    accessibility:
      'Every field has a visible label; errors from the form and from your server are shown on their fields and listed in an error summary that takes focus. The text survives a failed send and, with `draftKey`, a reload. The confirmation takes focus. It works as a plain HTML post before scripts load.',
  },
  CommentThread: {
    use: 'The comments under a case or an article: a heading with the count, a sort control, replies nested to a limit, votes and reports.',
    notUse: 'For a single quote or testimonial, a `PullQuote`. Not for private messages.',
    accessibility:
      'Bodies are rendered as text; web addresses in them become links marked `ugc`. A pending comment is shown only to its author, marked "Awaiting approval" in words. After a reply is posted, focus moves to it. The report dialog is a native modal dialog.',
  },
  ContentLanguageNotice: {
    use: "Around content that is not written in the reader's language: it says so in their language and links to the versions that exist.",
    notUse:
      "Not when the content is in the page's language, and not for machine translation on request (use `MachineTranslation`).",
    accessibility:
      "The notice is in the reader's language; the content below carries its own `lang`, so screen readers read it with the right voice (WCAG 3.1.2).",
  },
  AddToCalendar: {
    use: "Beside an event, to save it to the reader's calendar as an `.ics` file.",
    notUse:
      'Not for an event that is over or cancelled (the event components leave it out there), and not as the only way to see when the event is.',
    accessibility:
      'A real button with a text label. The file is made when it is pressed, so nothing is downloaded by surprise.',
  },
  EventCard: {
    use: 'An event in a list: title, when and where, in person or online, and where registration stands.',
    notUse: "On the event's own page, use `EventDetails`.",
    accessibility:
      "The title is the card's one link. Times are in `<time>` and in Oslo time, said so in words. Registration status (few places left, full, closed) is written out, not told by colour.",
  },
  EventDetails: {
    use: 'The top of an event\'s page: title, summary, when and where, the venue\'s accessibility, where registration stands and what to do next, and "Add to calendar".',
    notUse: 'In lists of events, use `EventCard`.',
    accessibility:
      "Times are in `<time>` and in Oslo time, said so in words. The venue's accessibility is shown as text. A cancelled event says so at the top, in words.",
  },
  EventRegistration: {
    use: 'Sign-up for one event: name, email, organisation, food and accessibility needs, and consent to store them, with a waiting list when it is full.',
    notUse: 'For a newsletter, `NewsletterSignup`; for a general message to the agency, `TipForm`.',
    accessibility:
      'Every field has a visible label and `autoComplete`; errors are listed in a summary that takes focus. When registration is closed or the event is over, the form is not offered and a text says why. The confirmation takes focus.',
  },
  EventWhen: {
    use: 'Wherever an event\'s time is shown: one line such as "12 June 2026, 09:00–15:30 (Norwegian time)".',
    notUse:
      'Not for the time a comment or article was written (the `Byline` and thread format those).',
    accessibility:
      'Each end is a `<time>` with a machine-readable `datetime`. The time zone is said in words, so a reader abroad is not misled. A date that cannot be read renders nothing rather than "Invalid Date".',
  },
  DraftNotice: {
    use: 'In a form of your own on `useForm`, when a saved draft was filled in: says so and offers to delete it. The form patterns show it themselves.',
    notUse: 'Not for a successful send (`FormConfirmation`) or a failure (`SubmitFailure`).',
    accessibility:
      'An info alert, announced politely. After the draft is deleted, move focus back into the form (the patterns move it to the text field) and announce it.',
  },
  FormConfirmation: {
    use: 'In a form of your own on `useForm`: the success message after a send. The form patterns show it themselves.',
    notUse: 'Not for messages that are on the page from the start, or for errors.',
    accessibility:
      'It takes focus when it appears, so a screen reader reads it and a keyboard user starts from it. If you remove the form at once, the message is announced through the shared live region instead.',
  },
  Honeypot: {
    use: 'In a form of your own on `useForm`: a spam trap field bots fill in and people never see. The form patterns include it.',
    notUse:
      'Not as the only spam protection for a form that matters; combine it with rate limits on the server.',
    accessibility:
      'Off screen, hidden from screen readers (`aria-hidden`) and out of the Tab order, so people never reach it. Its label tells the rare person whose browser shows it to leave it empty.',
  },
  SubmitFailure: {
    use: 'In a form of your own on `useForm`: says that a send failed, in plain words, and offers to try again. The form patterns show it themselves.',
    notUse:
      'Not for errors the person can fix in the form: those go on the fields and in an `ErrorSummary`.',
    accessibility:
      'A danger alert, announced at once. Say in `body` that nothing the person wrote is lost (the patterns do); its button sends again.',
  },
  CookieConsent: {
    use: 'First on every page of a portal that sets optional cookies: what the necessary ones do, what the optional ones are for, with accept and reject of equal weight.',
    notUse:
      'Not when the portal only sets necessary cookies: then a line in the privacy notice is enough.',
    accessibility:
      'A region named by its heading, not a modal: the page stays usable. The buttons are a `form` that posts without scripts. After a choice, a confirmation takes focus; the footer\'s "Cookie settings" reopens it.',
  },
  NewsletterSignup: {
    use: 'Sign-up for a newsletter with double opt-in: email, topics if you offer them, and consent.',
    notUse: 'For registering for one event, `EventRegistration`.',
    accessibility:
      'Visible labels, `autoComplete="email"`, a consent box that is never ticked beforehand. Errors go in a summary that takes focus; the confirmation takes focus and says an email was sent. It works as a plain post without scripts.',
  },
  PageFeedback: {
    use: 'At the bottom of a content page: "Was this page useful?" with an optional comment.',
    notUse:
      'Not for comments on a case (use `CommentForm`) or for anything that needs an answer (use `TipForm`).',
    accessibility:
      'Both steps are plain forms. After an answer, the thanks is announced and focus moves to the next step, so a keyboard user never lands on nothing. It warns not to write personal details.',
  },
  PortalFooter: {
    use: 'At the bottom of every page: how to reach the agency, its name and organisation number, and the links every Norwegian public site must have (accessibility statement, privacy, cookie settings).',
    notUse: "Not for the main navigation (that is `PortalHeader`'s).",
    accessibility:
      'A `contentinfo` landmark. Every URL goes through `safeUrl`; a refused one leaves its link out. The accessibility statement link is required for Norwegian public sites.',
  },
  PortalHeader: {
    use: 'At the top of every page: skip link, optional phase banner, logo and site name, language switcher, search and main navigation.',
    notUse: 'Not more than once per page.',
    accessibility:
      "Starts with a skip link. A `banner` landmark with a named `nav`. On narrow headers the navigation folds behind a menu button (a disclosure with `aria-expanded`, not a modal); the folding is CSS, so the server's HTML is right at every width and works without scripts.",
  },
  ShareLinks: {
    use: 'On a case or article: ways to share it by email, by links the agency configures, and "Copy link".',
    notUse: 'Not with third-party share scripts or tracking pixels.',
    accessibility:
      'Plain links and a button, each with a visible name. After copying, the result is announced; where the browser refuses the clipboard, the address is shown selected in a read-only field to copy by hand.',
  },
  MachineTranslation: {
    use: "Around content in another language, to show it machine-translated on the reader's request, through a translation function you supply.",
    notUse:
      'Not for your own interface strings (translate them by hand in @samskap/i18n), and not to translate without the reader asking.',
    accessibility:
      'The result is marked as machine-translated in words, `lang` is always the language shown, and the original is one click away. A failed or slow translation falls back to the original with a polite notice.',
  },
  LanguageSwitcher: {
    use: "In the header, to switch between the portal's languages: as links (`links`), a menu (`menu`) or a select with a button (`select`).",
    notUse:
      'With your own i18next, do not set `locale` on the provider from it: give it `onChange` that calls your `changeLanguage`. Do not use flags for languages.',
    accessibility:
      'A named `nav`. Each language name is written in its own language and carries its `lang` and `hreflang`; the current one has `aria-current`. With links, it works without scripts.',
  },
  ProgressTimeline: {
    use: "The steps an idea or case has gone through, with each step's status, date, who decided and why.",
    notUse: 'For the current status alone, a `StatusBadge`.',
    accessibility:
      'An ordered list. The current step is said in words and marked `aria-current="step"`; later steps say they are not reached yet. Status is never told by colour alone.',
  },
  StatusBadge: {
    use: 'The status of an idea, a tip or a case ("Received", "Under consideration", "Implemented").',
    notUse:
      'For a keyword or category, a `Tag`; for the history of statuses, a `ProgressTimeline`.',
    accessibility:
      'The status is always written out; the colour only groups statuses, so nothing is told by colour alone.',
  },
  TipForm: {
    use: '"Tips oss": a citizen tells the agency something, with their name or anonymously, with files if they have them (see the tip form recipe).',
    notUse:
      'For a public comment on a case, `CommentForm`; for a quick rating of a page, `PageFeedback`.',
    accessibility:
      'Visible labels, the file limits stated in words, errors on their fields and in a summary that takes focus. The text and the chosen files survive a validation error and a failed send. The receipt takes focus and says what anonymity means.',
  },
  HiddenField: {
    use: 'A value a form must post without showing it: the id of the comment being answered, a choice made with toggle buttons, so the form works as a plain HTML post before scripts load.',
    notUse:
      'Never for anything the person should see, check or change (use a visible field), and never for secrets: anyone can read and change it.',
    accessibility:
      'A native `input type="hidden"`: not shown, not focusable and not read by screen readers. The choice it carries must be visible somewhere else, such as the pressed toggle button.',
  },
  CaseLibraryLayout: {
    use: 'Around a `CaseFilters` and a `CaseList`: filters beside the results from 48 rem, above them below that.',
    notUse:
      "Not for other pages' layouts; for a list without filters, put the `CaseList` in your own layout.",
    accessibility:
      "The filters come first in the reading and Tab order at every width, so what a reader sees and what a screen reader reads agree. The width is decided in CSS, so the server's HTML is laid out right before scripts run and nothing jumps.",
  },
  FormMessages: {
    use: "In a form of your own on `useForm`: everything the form says about its last send, above its fields, in the same order and words as the portal's forms.",
    notUse:
      "Not in the portal's own forms, which show it already; not for the confirmation after a successful send (`FormConfirmation`).",
    accessibility:
      'The error summary takes focus after every submit that found errors; a failed send is announced as an alert and "try again" moves focus to the submit button before sending again; after a draft is thrown away, focus moves to the draft\'s field and that is announced.',
  },
};
