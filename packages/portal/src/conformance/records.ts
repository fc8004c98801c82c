import {
  type ComponentConformance,
  type CriterionConformance,
  meets,
  resizeAndSpacing,
  says,
  statements,
  story,
  unitTest,
} from '@samskap/react/conformance';

const {
  contentLanguage,
  decorativeHidden,
  fieldLabel,
  focusRing,
  headingStructure,
  keyboard,
  nothingMore,
  politeStatus,
  reflow,
  textContrast,
} = statements;

const t = (path: string, name: string) => unitTest(`packages/portal/src/${path}`, name);
const textPairs = unitTest(
  'packages/tokens/src/check.test.ts',
  'finds nothing in the default theme, light and dark',
);

const record = (component: string, ...criteria: CriterionConformance[]): ComponentConformance => ({
  component,
  package: '@samskap/portal',
  criteria,
});

/** A card whose heading is its one link: the statement CaseCard, ArticleCard and EventCard share. */
const oneLinkCard = says(
  [
    'Overskriften er kortets eneste lenke, og hele kortet kan klikkes, men med tastaturet er kortet ett Tab-stopp. Lenken heter det samme som overskriften.',
    'Overskrifta er den einaste lenkja i kortet, og heile kortet kan klikkast, men med tastaturet er kortet eitt Tab-stopp. Lenkja heiter det same som overskrifta.',
    'The heading is the card’s one link and the whole card can be clicked, but with the keyboard the card is one Tab stop. The link is named by the heading.',
  ],
  [
    'Skriv titler som skiller kortene fra hverandre, og velg overskriftsnivå etter siden.',
    'Skriv titlar som skil korta frå kvarandre, og vel overskriftsnivå etter sida.',
    'Write titles that tell the cards apart, and choose the heading level to fit the page.',
  ],
);

/** The error summary and field errors every Samskap form shares, through useForm. */
const formErrors = says(
  [
    'Sender du skjemaet med feil, sendes ingenting: en oppsummering øverst tar fokus og lenker til hvert felt, og hvert felt viser sin feil og får aria-invalid.',
    'Sender du skjemaet med feil, vert ingenting sendt: ei oppsummering øvst tek fokus og lenkjer til kvart felt, og kvart felt viser feilen sin og får aria-invalid.',
    'If you send the form with errors, nothing is sent: a summary at the top takes focus and links to each field, and each field shows its error and gets aria-invalid.',
  ],
  [
    'Valider på serveren også, og send feltfeilene tilbake, så vises de på feltene.',
    'Valider på tenaren òg, og send feltfeila attende, så vert dei viste på felta.',
    'Validate on the server too, and send the field errors back so they show on the fields.',
  ],
);

/** Nothing typed is lost when a send fails, for every form on the submission machinery. */
const keepsInput = says(
  [
    'Går sendingen galt, beholder skjemaet alt du skrev og tilbyr å prøve igjen; ingenting må skrives på nytt.',
    'Går sendinga gale, held skjemaet på alt du skreiv og tilbyr å prøve på nytt; ingenting må skrivast om att.',
    'If sending fails, the form keeps everything you typed and offers to try again; nothing has to be typed again.',
  ],
  [
    'Svar med en feil (ikke en tom side) når serveren ikke tar imot, så skjemaet kan si det.',
    'Svar med ein feil (ikkje ei tom side) når tenaren ikkje tek imot, så skjemaet kan seie det.',
    'Answer with an error (not an empty page) when the server refuses, so the form can say so.',
  ],
);

const sentStatus = says(
  [
    'Når noe er sendt, flyttes fokus til bekreftelsen, så skjermleseren leser den og du fortsetter derfra.',
    'Når noko er sendt, vert fokus flytta til stadfestinga, så skjermlesaren les henne og du held fram derifrå.',
    'When something is sent, focus moves to the confirmation, so the screen reader reads it and you carry on from there.',
  ],
  nothingMore,
);

/** The conformance records of every public component of @samskap/portal. */
export const portalConformance: readonly ComponentConformance[] = [
  record(
    'AddToCalendar',
    meets(
      '4.1.2',
      says(
        [
          'En vanlig knapp med et navn som sier hva den gjør; kalenderfilen lages først når du trykker.',
          'Ein vanleg knapp med eit namn som seier kva han gjer; kalenderfila vert laga først når du trykkjer.',
          'An ordinary button with a name that says what it does; the calendar file is made only when you press it.',
        ],
        nothingMore,
      ),
      t(
        'events/events.test.tsx',
        'makes an .ics on a keyboard press that parses back to the event',
      ),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'events/events.test.tsx',
        'makes an .ics on a keyboard press that parses back to the event',
      ),
    ),
    ...resizeAndSpacing('portal-events-addtocalendar--default'),
  ),
  record(
    'ArticleCard',
    meets(
      '2.4.4',
      oneLinkCard,
      t('articles/articles.test.tsx', 'is one Tab stop'),
      story('portal-articles-articlecard--in-a-list'),
    ),
    meets('3.1.2', contentLanguage, story('portal-articles-articlecard--nynorsk')),
    meets('1.1.1', decorativeHidden, story('portal-articles-articlecard--default')),
    ...resizeAndSpacing('portal-articles-articlecard--in-a-list'),
  ),
  record(
    'ArticleFigure',
    meets(
      '1.1.1',
      says(
        [
          'Bildet har alt-tekst som sier hva det viser, og bildeteksten og kreditten står i figcaption, så de leses sammen med bildet.',
          'Biletet har alt-tekst som seier kva det viser, og biletteksten og kreditten står i figcaption, så dei vert lesne saman med biletet.',
          'The picture has alt text that says what it shows, and the caption and credit sit in figcaption, so they are read with the picture.',
        ],
        [
          'Skriv alt-teksten: hva bildet viser, ikke det samme som bildeteksten.',
          'Skriv alt-teksten: kva biletet viser, ikkje det same som biletteksten.',
          'Write the alt text: what the picture shows, not the same as the caption.',
        ],
      ),
      t(
        'articles/articles.test.tsx',
        'shows the headline, lead, byline and the picture with caption and credit',
      ),
      story('portal-articles-articlefigure--with-caption-and-credit'),
    ),
    ...resizeAndSpacing('portal-articles-articlefigure--with-caption-and-credit'),
  ),
  record(
    'ArticleHeader',
    meets(
      '2.4.6',
      headingStructure,
      t(
        'articles/articles.test.tsx',
        'shows the headline, lead, byline and the picture with caption and credit',
      ),
    ),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'articles/articles.test.tsx',
        'gives an article in another language its lang, and none in the page language',
      ),
    ),
    meets('1.4.10', reflow, story('portal-pages-article-page--narrow')),
    ...resizeAndSpacing('portal-articles-articleheader--default'),
  ),
  record(
    'Byline',
    meets(
      '1.3.1',
      says(
        [
          'Datoene står i time-elementer med maskinlesbar verdi, og en forfatter med egen side er en lenke.',
          'Datoane står i time-element med maskinlesbar verdi, og ein forfattar med eiga side er ei lenkje.',
          'Dates sit in time elements with a machine-readable value, and an author with a page of their own is a link.',
        ],
        nothingMore,
      ),
      t(
        'articles/articles.test.tsx',
        'links an author with a page, and sets lang on roles in another language',
      ),
      story('portal-articles-byline--full'),
    ),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'articles/articles.test.tsx',
        'links an author with a page, and sets lang on roles in another language',
      ),
    ),
    ...resizeAndSpacing('portal-articles-byline--full'),
  ),
  record(
    'CaseCard',
    meets(
      '2.4.4',
      oneLinkCard,
      t(
        'cases/case-card/CaseCard.test.tsx',
        'makes the title the card’s one link, at the heading level asked for',
      ),
      t('cases/case-card/CaseCard.test.tsx', 'is reached with one Tab'),
    ),
    meets('1.3.1', headingStructure, story('portal-casecard--heading-level-2')),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'cases/case-card/CaseCard.test.tsx',
        'sets lang on the content when it differs from the page, and not when it does not',
      ),
      story('portal-casecard--content-in-another-language'),
    ),
    meets(
      '1.1.1',
      decorativeHidden,
      t(
        'cases/case-card/CaseCard.test.tsx',
        'shows a described image with its alt and a decorative one hidden',
      ),
    ),
    meets(
      '1.3.2',
      says(
        [
          'Skjermleseren får innholdet i samme rekkefølge som det vises: tittel, status, sammendrag, emneord. Testen låser rekkefølgen.',
          'Skjermlesaren får innhaldet i same rekkjefølgje som det vert vist: tittel, status, samandrag, emneord. Testen låser rekkjefølgja.',
          'The screen reader gets the content in the order it is shown: title, status, summary, tags. The test locks that order.',
        ],
        nothingMore,
      ),
      t(
        'cases/case-card/CaseCard.test.tsx',
        'says the same to a screen reader as it always has: roles and text in reading order',
      ),
    ),
    meets(
      '1.4.10',
      reflow,
      story('portal-casecard--no-spaces'),
      story('portal-casecard--horizontal-narrow'),
    ),
    meets('1.4.3', textContrast, textPairs, story('portal-casecard--default')),
    ...resizeAndSpacing('portal-casecard--long-title'),
  ),
  record(
    'CaseCardSkeleton',
    meets(
      '4.1.3',
      says(
        [
          'Skjelettet sier én gang at saken lastes, med en skjult tekst, og gråboksene er skjult for skjermlesere. Det kan også være helt stille når listen selv sier det.',
          'Skjelettet seier éin gong at saka vert lasta, med ein gøymd tekst, og gråboksane er gøymde for skjermlesarar. Det kan òg vere heilt stille når lista sjølv seier det.',
          'The skeleton says once, in hidden text, that the case is loading, and its grey boxes are hidden from screen readers. It can also stay silent when the list says it itself.',
        ],
        [
          'Bruk silent når du viser mange skjeletter, og si fra én gang for hele listen.',
          'Bruk silent når du viser mange skjelett, og sei frå éin gong for heile lista.',
          'Use silent when you show many skeletons, and say it once for the whole list.',
        ],
      ),
      t(
        'cases/case-card/CaseCard.test.tsx',
        'has a skeleton that says it is loading, or nothing when silent',
      ),
      story('portal-casecard--skeleton'),
    ),
  ),
  record(
    'CaseDetails',
    meets(
      '2.4.1',
      says(
        [
          'En meny på siden lenker til hver del av saken i rekkefølge, så du kan hoppe rett dit.',
          'Ein meny på sida lenkjer til kvar del av saka i rekkjefølgje, så du kan hoppe rett dit.',
          'An in-page menu links to each section of the case in order, so you can jump straight there.',
        ],
        nothingMore,
      ),
      t(
        'cases/case-details/CaseDetails.test.tsx',
        'links every section from the in-page menu, in order, by keyboard',
      ),
    ),
    meets(
      '1.3.1',
      headingStructure,
      t(
        'cases/case-details/CaseDetails.test.tsx',
        'renders the comment slot under its own heading',
      ),
      story('portal-cases-casedetails--complete'),
    ),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'cases/case-details/CaseDetails.test.tsx',
        'sets lang on the content and on a section in a language of its own',
      ),
      t(
        'cases/case-details/CaseDetails.test.tsx',
        'in nynorsk marks an English section with lang="en"',
      ),
    ),
    meets('1.4.10', reflow, story('portal-pages-case-page--narrow')),
    ...resizeAndSpacing('portal-cases-casedetails--complete'),
  ),
  record(
    'CaseFilters',
    meets(
      '2.1.1',
      keyboard,
      t(
        'cases/case-filters/CaseFilters.test.tsx',
        'is used by keyboard: type a search, tick a facet with Space, remove a filter, clear all',
      ),
    ),
    meets(
      '3.2.2',
      says(
        [
          'Et kryss eller et valg endrer bare filteret; siden bytter ikke og fokus flyttes ikke. Antallet treff leses opp høflig av listen.',
          'Eit kryss eller eit val endrar berre filteret; sida byter ikkje og fokus vert ikkje flytta. Talet på treff vert lese opp høfleg av lista.',
          'A tick or a choice changes only the filter; the page does not change and focus does not move. The list reads out the number of results politely.',
        ],
        [
          'Ikke last en ny side når et filter endres; oppdater listen på plass.',
          'Ikkje last ei ny side når eit filter vert endra; oppdater lista på staden.',
          'Do not load a new page when a filter changes; update the list in place.',
        ],
      ),
      t(
        'cases/case-filters/CaseFilters.test.tsx',
        'keeps no state of its own: a tick is reported, and shown only when the value says so',
      ),
    ),
    meets(
      '1.3.1',
      says(
        [
          'Hver gruppe av valg er et fieldset med legend, og årsspennet er to merkede nedtrekkslister.',
          'Kvar gruppe av val er eit fieldset med legend, og årsspennet er to merkte nedtrekkslister.',
          'Each group of choices is a fieldset with a legend, and the year range is two labelled selects.',
        ],
        nothingMore,
      ),
      t(
        'cases/case-filters/CaseFilters.test.tsx',
        'sets a year range from two selects and shows it as one filter',
      ),
      story('portal-casefilters--with-active-filters'),
    ),
    meets(
      '2.4.5',
      says(
        [
          'Søk og filtre gir en annen vei til sakene enn å bla gjennom listen.',
          'Søk og filter gjev ein annan veg til sakene enn å bla gjennom lista.',
          'Search and filters give another way to the cases than paging through the list.',
        ],
        nothingMore,
      ),
      story('portal-case-library--case-library-story'),
    ),
    meets('1.4.10', reflow, story('portal-case-library--narrow')),
    ...resizeAndSpacing('portal-casefilters--with-active-filters'),
  ),
  record(
    'CaseLibraryLayout',
    meets(
      '1.4.10',
      says(
        [
          'Filtrene står ved siden av treffene på brede skjermer og over dem på smale. Bredden avgjøres i CSS, så siden har riktig oppsett også før skript lastes.',
          'Filtera står ved sida av treffa på breie skjermar og over dei på smale. Breidda vert avgjord i CSS, så sida har rett oppsett òg før skript er lasta.',
          'The filters sit beside the results on wide screens and above them on narrow ones. CSS decides the width, so the page has the right layout before scripts load.',
        ],
        [
          'Ikke legg oppsettet i en beholder med fast bredde.',
          'Ikkje legg oppsettet i ein behaldar med fast breidd.',
          'Do not put the layout in a fixed-width container.',
        ],
      ),
      t(
        'cases/case-list/CaseLibrary.ssr.test.tsx',
        'puts the filters beside the results from the same width, in CSS',
      ),
      story('portal-case-library--narrow'),
      story('portal-case-library--wide'),
    ),
    meets(
      '1.3.2',
      says(
        [
          'Filtrene står foran treffene både i koden og på skjermen: ved siden av på brede skjermer, over på smale. Tab-rekkefølgen følger det du ser.',
          'Filtera står framfor treffa både i koden og på skjermen: ved sida av på breie skjermar, over på smale. Tab-rekkjefølgja følgjer det du ser.',
          'The filters come before the results both in the code and on screen: beside them on wide screens, above them on narrow ones. The Tab order follows what you see.',
        ],
        nothingMore,
      ),
      story('portal-case-library--wide'),
    ),
    ...resizeAndSpacing('portal-caselibrarylayout--default'),
  ),
  record(
    'CaseList',
    meets(
      '4.1.3',
      politeStatus,
      t(
        'cases/case-list/CaseList.test.tsx',
        'announces a changed count politely, and not the first one',
      ),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Når du blar til en ny side, flyttes fokus til antallet treff øverst, så du begynner på toppen av de nye sakene.',
          'Når du blar til ei ny side, vert fokus flytta til talet på treff øvst, så du byrjar på toppen av dei nye sakene.',
          'When you page on, focus moves to the count at the top, so you start at the top of the new cases.',
        ],
        nothingMore,
      ),
      t(
        'cases/case-list/CaseList.test.tsx',
        'shows one page of cards and pages on, moving focus to the count',
      ),
    ),
    meets(
      '2.1.1',
      keyboard,
      t('cases/case-list/CaseList.test.tsx', 'switches layout with toggle buttons, by keyboard'),
    ),
    meets('1.4.10', reflow, story('portal-caselist--edge-cases-narrow')),
    ...resizeAndSpacing('portal-caselist--edge-cases-narrow'),
  ),
  record(
    'CommentForm',
    meets(
      '3.3.1',
      formErrors,
      story('portal-comments-commentform--validation-errors'),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        "shows the server's field errors on the fields",
      ),
    ),
    meets('3.3.2', fieldLabel, story('portal-comments-commentform--guest')),
    meets(
      '3.3.7',
      says(
        [
          'Et utkast lagres mens du skriver og hentes fram igjen etter en ny innlasting, og navn og e-post kan huskes til neste gang hvis du krysser av for det.',
          'Eit utkast vert lagra medan du skriv og henta fram att etter ei ny innlasting, og namn og e-post kan hugsast til neste gong om du kryssar av for det.',
          'A draft is saved as you type and comes back after a reload, and name and email can be remembered for next time if you tick the box.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        'keeps the draft through an unmount and a remount (a reload)',
      ),
      story('portal-comments-commentform--draft-survives-reload'),
    ),
    meets('2.1.1', keyboard, story('portal-comments-commentform--keyboard-journey')),
    meets(
      '1.3.5',
      says(
        [
          'Navn- og e-postfeltene har autocomplete="name" og "email", så nettleseren kan fylle dem inn.',
          'Namn- og e-postfelta har autocomplete="name" og "email", så nettlesaren kan fylle dei inn.',
          'The name and email fields have autocomplete="name" and "email", so the browser can fill them in.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        'starts with the values and server errors of a plain HTML post, and its fields carry names',
      ),
    ),
    meets('1.4.10', reflow, story('portal-comments-commentform--long-text-in-narrow-container')),
    ...resizeAndSpacing('portal-comments-commentform--long-text-in-narrow-container'),
  ),
  record(
    'CommentThread',
    meets(
      '1.3.1',
      says(
        [
          'Svar ligger i lister inni kommentaren de svarer på, hver kommentar har forfatteren som navn, og tiden står i et time-element. Svar dypere enn tre nivåer vises flatt med «Svar til».',
          'Svar ligg i lister inni kommentaren dei svarar på, kvar kommentar har forfattaren som namn, og tida står i eit time-element. Svar djupare enn tre nivå vert viste flatt med «Svar til».',
          'Replies sit in lists inside the comment they answer, each comment is named by its author, and the time sits in a time element. Replies deeper than three levels are shown flat with "Reply to".',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-thread/CommentThread.test.tsx',
        'nests replies, names each comment by its author, and badges the official reply',
      ),
      t(
        'comments/comment-thread/CommentThread.test.tsx',
        'flattens replies below depth 3 with "Svar til"',
      ),
    ),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'comments/comment-thread/CommentThread.test.tsx',
        'marks a comment in another language with its lang, and not one in the page language',
      ),
      story('portal-comments-commentthread--other-languages'),
    ),
    meets(
      '4.1.2',
      says(
        [
          'Stemmeknappene er av/på-knapper med aria-pressed, og grener kan lukkes og åpnes med knapper som sier om de er åpne.',
          'Røysteknappane er av/på-knappar med aria-pressed, og greiner kan lukkast og opnast med knappar som seier om dei er opne.',
          'The vote buttons are toggles with aria-pressed, and branches collapse and expand with buttons that say whether they are open.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-thread/CommentThread.test.tsx',
        'votes with aria-pressed toggles and reports to onVote',
      ),
      t('comments/comment-thread/CommentThread.test.tsx', 'collapses and expands a branch'),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Når du viser flere kommentarer, flyttes fokus til den første nye, og en rapportdialog gir fokus tilbake til knappen når den lukkes.',
          'Når du viser fleire kommentarar, vert fokus flytta til den første nye, og ein rapportdialog gjev fokus attende til knappen når han vert lukka.',
          'When you show more comments, focus moves to the first new one, and a report dialog gives focus back to its button when it closes.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-thread/CommentThread.test.tsx',
        'shows a page of comments at a time and moves focus to the first new one',
      ),
      unitTest(
        'packages/portal/src/comments/report-dialog/ReportDialog.test.tsx',
        'sends the reason and the trimmed details, closes, and gives focus back to the button',
      ),
    ),
    meets('1.4.10', reflow, story('portal-comments-commentthread--long-text-in-narrow-container')),
    ...resizeAndSpacing('portal-comments-commentthread--long-text-in-narrow-container'),
  ),
  record(
    'ContentLanguageNotice',
    meets(
      '3.1.2',
      says(
        [
          'Sier med ord når innholdet ikke finnes på ditt språk, og lenker til hver versjon med navnet på språket skrevet på det språket, med lang og hreflang.',
          'Seier med ord når innhaldet ikkje finst på språket ditt, og lenkjer til kvar versjon med namnet på språket skrive på det språket, med lang og hreflang.',
          'Says in words when the content is not in your language, and links each version with the language’s name written in that language, with lang and hreflang.',
        ],
        [
          'Gi komponenten språkene innholdet faktisk finnes på.',
          'Gje komponenten språka innhaldet faktisk finst på.',
          'Give the component the languages the content really exists in.',
        ],
      ),
      t(
        'language/content-language-notice/ContentLanguageNotice.test.tsx',
        'names the reader’s language when several other versions exist',
      ),
      story('portal-contentlanguagenotice--not-in-english'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'language/content-language-notice/ContentLanguageNotice.test.tsx',
        'offers buttons that call onChange without hrefFor, by keyboard',
      ),
    ),
    ...resizeAndSpacing('portal-contentlanguagenotice--with-buttons'),
  ),
  record(
    'CookieConsent',
    meets(
      '2.4.3',
      says(
        [
          'Banneret står først på siden, før toppen, og når du har svart, flyttes fokus til bekreftelsen. Åpnes det igjen fra bunnteksten, får overskriften fokus.',
          'Banneret står først på sida, før toppen, og når du har svart, vert fokus flytta til stadfestinga. Vert det opna att frå botnteksten, får overskrifta fokus.',
          'The banner comes first on the page, before the header, and once you answer, focus moves to the confirmation. Opened again from the footer, its heading takes focus.',
        ],
        [
          'Legg banneret først i body.',
          'Legg banneret først i body.',
          'Put the banner first in the body.',
        ],
      ),
      t(
        'frame/cookie-consent/CookieConsent.test.tsx',
        'stores the choice with its date and policy version, tells the host and focuses the confirmation',
      ),
      t(
        'frame/cookie-consent/CookieConsent.test.tsx',
        'opens again from the cookie settings link, with focus on its heading',
      ),
    ),
    meets(
      '3.3.2',
      says(
        [
          'Banneret sier hva de nødvendige informasjonskapslene gjør og hva de valgfrie brukes til, og godta og avslå er like synlige.',
          'Banneret seier kva dei naudsynte informasjonskapslane gjer og kva dei valfrie vert brukte til, og godta og avslå er like synlege.',
          'The banner says what the necessary cookies do and what the optional ones are for, and accept and reject are equally prominent.',
        ],
        [
          'Gi banneret de faktiske formålene til informasjonskapslene dine.',
          'Gje banneret dei faktiske føremåla til informasjonskapslane dine.',
          'Give the banner the real purposes of your cookies.',
        ],
      ),
      t('frame/cookie-consent/CookieConsent.test.tsx', 'names what the optional cookies are for'),
      story('portal-frame-cookieconsent--first-visit'),
    ),
    ...resizeAndSpacing('portal-frame-cookieconsent--first-visit'),
  ),
  record(
    'DraftNotice',
    meets(
      '3.3.7',
      says(
        [
          'Sier at et utkast du ikke sendte, er fylt inn igjen, og lar deg kaste det.',
          'Seier at eit utkast du ikkje sende, er fylt inn att, og let deg kaste det.',
          'Says that a draft you did not send was filled in again, and lets you throw it away.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        'restores a draft on mount with a notice, and discards it on request',
      ),
      story('portal-comments-commentform--draft-restored'),
    ),
    ...resizeAndSpacing('portal-forms-draftnotice--default'),
  ),
  record(
    'EventCard',
    meets(
      '2.4.4',
      oneLinkCard,
      t('events/events.test.tsx', 'is one Tab stop'),
      story('portal-events-eventcard--open-multi-day'),
    ),
    meets(
      '1.4.1',
      says(
        [
          'Om arrangementet har ledige plasser, få plasser igjen eller venteliste, står i tekst, ikke bare i farge.',
          'Om arrangementet har ledige plassar, få plassar att eller venteliste, står i tekst, ikkje berre i farge.',
          'Whether the event has places, few places left or a waiting list is written out, not shown by colour alone.',
        ],
        nothingMore,
      ),
      story('portal-events-eventcard--few-places-left'),
      story('portal-events-eventcard--full-with-waiting-list'),
    ),
    ...resizeAndSpacing('portal-events-eventcard--open-multi-day'),
  ),
  record(
    'EventDetails',
    meets(
      '1.3.1',
      says(
        [
          'Tid, sted og arrangør står i en beskrivelsesliste, og tilgjengelighet og påmelding under egne overskrifter.',
          'Tid, stad og arrangør står i ei skildringsliste, og tilgjenge og påmelding under eigne overskrifter.',
          'Time, place and organiser sit in a description list, and accessibility and registration under headings of their own.',
        ],
        nothingMore,
      ),
      story('portal-events-eventdetails--open'),
      t('events/events.test.tsx', 'has no axe violations'),
    ),
    meets('1.4.10', reflow, story('portal-pages-event-page--narrow')),
    ...resizeAndSpacing('portal-events-eventdetails--open'),
  ),
  record(
    'EventRegistration',
    meets(
      '3.3.1',
      formErrors,
      t(
        'events/event-registration/EventRegistration.test.tsx',
        'sends nothing when empty: the summary takes focus, and each field is invalid with its message',
      ),
      story('portal-events-eventregistration--with-errors'),
    ),
    meets(
      '3.3.7',
      keepsInput,
      t(
        'events/event-registration/EventRegistration.test.tsx',
        'sends trimmed values, leaves out empty optional ones, keeps every value on a failed send, and retry works',
      ),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'events/event-registration/EventRegistration.test.tsx',
        'can be filled in and sent with the keyboard alone (Tab, typing, Space, Enter)',
      ),
    ),
    meets('3.3.2', fieldLabel, story('portal-events-eventregistration--open')),
    ...resizeAndSpacing('portal-events-eventregistration--with-errors'),
  ),
  record(
    'EventWhen',
    meets(
      '1.3.1',
      says(
        [
          'Hver ende av tidsrommet står i et time-element med maskinlesbar verdi, og tiden vises i norsk tid uansett hvor leseren er.',
          'Kvar ende av tidsrommet står i eit time-element med maskinlesbar verdi, og tida vert vist i norsk tid same kvar lesaren er.',
          'Each end of the span sits in a time element with a machine-readable value, and the time is shown in Norwegian time wherever the reader is.',
        ],
        nothingMore,
      ),
      story('portal-events-eventdetails--open'),
      story('portal-events-eventcard--open-multi-day'),
    ),
    ...resizeAndSpacing('portal-events-eventwhen--all-day-over-two-days'),
  ),
  record(
    'FormConfirmation',
    meets(
      '4.1.3',
      sentStatus,
      t(
        'frame/page-feedback/PageFeedback.test.tsx',
        'sends the comment with the answer and shows the thanks with focus on it',
      ),
      story('portal-tips-tipform--receipt'),
    ),
    ...resizeAndSpacing('portal-forms-formconfirmation--default'),
  ),
  record(
    'FormMessages',
    meets(
      '3.3.1',
      formErrors,
      t(
        'events/event-registration/EventRegistration.test.tsx',
        'sends nothing when empty: the summary takes focus, and each field is invalid with its message',
      ),
      story('portal-comments-commentform--validation-errors'),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Feiloppsummeringen tar fokus etter hver innsending med feil, og «Prøv igjen» flytter fokus til send-knappen før skjemaet sendes på nytt, så fokus aldri forsvinner.',
          'Feiloppsummeringa tek fokus etter kvar innsending med feil, og «Prøv igjen» flyttar fokus til send-knappen før skjemaet vert sendt på nytt, så fokus forsvinn aldri.',
          'The error summary takes focus after every submit with errors, and "Try again" moves focus to the submit button before sending again, so focus is never lost.',
        ],
        nothingMore,
      ),
      t(
        'events/event-registration/EventRegistration.test.tsx',
        'sends trimmed values, leaves out empty optional ones, keeps every value on a failed send, and retry works',
      ),
      story('portal-comments-commentform--server-fails'),
    ),
    ...resizeAndSpacing('portal-forms-formmessages--with-errors'),
  ),
  record(
    'Honeypot',
    meets(
      '3.3.8',
      says(
        [
          'Skjemaene stopper spam med et skjult felt som bare roboter fyller ut, ikke med en CAPTCHA eller oppgave du må løse.',
          'Skjemaa stoppar spam med eit gøymt felt som berre robotar fyller ut, ikkje med ein CAPTCHA eller ei oppgåve du må løyse.',
          'The forms stop spam with a hidden field only bots fill in, not with a CAPTCHA or a puzzle you must solve.',
        ],
        [
          'Ikke legg til en CAPTCHA; bruk heller hastighetsbegrensning på serveren.',
          'Ikkje legg til ein CAPTCHA; bruk heller fartsavgrensing på tenaren.',
          'Do not add a CAPTCHA; limit the rate on the server instead.',
        ],
      ),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        'hides the honeypot from people and screen readers, and drops an unsafe privacy link',
      ),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Feltet er skjult for skjermlesere og kan ikke nås med Tab, så det forstyrrer ikke fokusrekkefølgen.',
          'Feltet er gøymt for skjermlesarar og kan ikkje nåast med Tab, så det forstyrrar ikkje fokusrekkjefølgja.',
          'The field is hidden from screen readers and cannot be reached with Tab, so it does not disturb the focus order.',
        ],
        nothingMore,
      ),
      t(
        'comments/comment-form/CommentForm.test.tsx',
        'hides the honeypot from people and screen readers, and drops an unsafe privacy link',
      ),
    ),
  ),
  record(
    'LanguageSwitcher',
    meets(
      '3.1.2',
      says(
        [
          'Hvert språk heter det det heter på seg selv («Nynorsk», «English») og har lang og hreflang, så skjermleseren uttaler det riktig.',
          'Kvart språk heiter det det heiter på seg sjølv («Bokmål», «English») og har lang og hreflang, så skjermlesaren uttaler det rett.',
          'Each language is named in itself ("Bokmål", "Nynorsk") and has lang and hreflang, so the screen reader pronounces it right.',
        ],
        [
          'Gi hver språkversjon sin egen adresse, og sett lang på siden til språket som vises.',
          'Gje kvar språkversjon si eiga adresse, og set lang på sida til språket som vert vist.',
          'Give each language version its own address, and set the page lang to the language shown.',
        ],
      ),
      t(
        'language/language-switcher/LanguageSwitcher.test.tsx',
        'links each other language with lang, hreflang, rel=alternate and a name in that language',
      ),
      story('portal-languageswitcher--links'),
    ),
    meets(
      '2.1.1',
      says(
        [
          'Menyvarianten brukes med tastaturet: Enter åpner på språket du har, piltastene flytter, og Escape lukker og gir fokus tilbake.',
          'Menyvarianten vert brukt med tastaturet: Enter opnar på språket du har, piltastane flyttar, og Escape lukkar og gjev fokus attende.',
          'The menu variant works by keyboard: Enter opens on your current language, the arrow keys move, and Escape closes and returns focus.',
        ],
        nothingMore,
      ),
      t(
        'language/language-switcher/LanguageSwitcher.test.tsx',
        'works by keyboard alone: Enter opens on the current language, arrows move, Escape returns',
      ),
    ),
    meets(
      '3.2.2',
      says(
        [
          'Nedtrekkslisten bytter språk først når du bruker valget, ikke når du blar i listen.',
          'Nedtrekkslista byter språk først når du brukar valet, ikkje når du blar i lista.',
          'The select variant changes language only when you apply the choice, not while you move through the list.',
        ],
        nothingMore,
      ),
      t(
        'language/language-switcher/LanguageSwitcher.test.tsx',
        'changes language only when applied, by keyboard',
      ),
      story('portal-languageswitcher--select'),
    ),
    meets(
      '3.1.1',
      says(
        [
          'Med syncHtmlLang setter komponenten lang på html-elementet når språket byttes.',
          'Med syncHtmlLang set komponenten lang på html-elementet når språket vert bytt.',
          'With syncHtmlLang, the component sets lang on the html element when the language changes.',
        ],
        [
          'Server-rendrede sider må sette lang på html-elementet selv.',
          'Tenar-rendra sider må setje lang på html-elementet sjølv.',
          'Server-rendered pages must set lang on the html element themselves.',
        ],
      ),
      t(
        'language/language-switcher/LanguageSwitcher.test.tsx',
        'sets the page language with syncHtmlLang',
      ),
    ),
    meets('2.4.7', focusRing, story('portal-languageswitcher--menu-open')),
    ...resizeAndSpacing('portal-languageswitcher--menu-open'),
  ),
  record(
    'MachineTranslation',
    meets(
      '3.1.2',
      says(
        [
          'lang er alltid språket som faktisk vises: originalen eller oversettelsen. Oversettelsen er merket som maskinoversatt med ord, og originalen er ett klikk unna.',
          'lang er alltid språket som faktisk vert vist: originalen eller omsetjinga. Omsetjinga er merkt som maskinomsett med ord, og originalen er eitt klikk unna.',
          'lang is always the language actually shown: the original or the translation. A translation is marked as machine-translated in words, and the original is one click away.',
        ],
        [
          'Bruk en oversettelsestjeneste som oppgir språket den svarer på.',
          'Bruk ei omsetjingsteneste som oppgjev språket ho svarar på.',
          'Use a translation service that says which language it answers in.',
        ],
      ),
      story('portal-language-machinetranslation--original'),
      t(
        'language/machine-translation/MachineTranslation.test.tsx',
        'never shows a late result for content that has since changed',
      ),
    ),
    meets(
      '4.1.3',
      politeStatus,
      t(
        'language/machine-translation/MachineTranslation.test.tsx',
        'falls back to the original with a polite notice when translation fails',
      ),
    ),
    meets(
      '2.2.1',
      says(
        [
          'En oversettelse som tar for lang tid, avbrytes og faller tilbake til originalen, så siden aldri henger.',
          'Ei omsetjing som tek for lang tid, vert avbroten og fell attende til originalen, så sida heng aldri.',
          'A translation that takes too long is aborted and falls back to the original, so the page never hangs.',
        ],
        nothingMore,
      ),
      t(
        'language/machine-translation/MachineTranslation.test.tsx',
        'gives up after the timeout and aborts the request',
      ),
    ),
    ...resizeAndSpacing('portal-language-machinetranslation--original'),
  ),
  record(
    'NewsletterSignup',
    meets(
      '3.3.1',
      formErrors,
      t(
        'frame/newsletter-signup/NewsletterSignup.test.tsx',
        'shows the server’s message on the email field and does not show the result',
      ),
      story('portal-frame-newslettersignup--with-errors'),
    ),
    meets('3.3.2', fieldLabel, story('portal-frame-newslettersignup--empty')),
    meets('4.1.3', sentStatus, story('portal-frame-newslettersignup--sent')),
    ...resizeAndSpacing('portal-frame-newslettersignup--with-errors'),
  ),
  record(
    'PageFeedback',
    meets(
      '4.1.3',
      sentStatus,
      t(
        'frame/page-feedback/PageFeedback.test.tsx',
        'sends the comment with the answer and shows the thanks with focus on it',
      ),
    ),
    meets(
      '3.3.7',
      keepsInput,
      t(
        'frame/page-feedback/PageFeedback.test.tsx',
        'keeps the comment and says so when sending fails',
      ),
      t(
        'frame/page-feedback/PageFeedback.test.tsx',
        'retries a failed comment with the text kept, and is busy while it sends',
      ),
    ),
    meets(
      '3.2.6',
      says(
        [
          'Tilbakemeldingen står på samme sted nederst på hver side når du bruker den i rammen rundt sidene.',
          'Tilbakemeldinga står på same stad nedst på kvar side når du brukar ho i ramma rundt sidene.',
          'The feedback sits in the same place at the bottom of every page when you put it in the page frame.',
        ],
        [
          'Legg den på samme sted på alle sider.',
          'Legg han på same stad på alle sider.',
          'Put it in the same place on every page.',
        ],
      ),
      story('portal-frame-pagefeedback--question'),
    ),
    ...resizeAndSpacing('portal-frame-pagefeedback--comment-step'),
  ),
  record(
    'PortalFooter',
    meets(
      '3.2.6',
      says(
        [
          'Kontaktinformasjonen (e-post og telefon som lenker) står i bunnteksten, på samme sted på hver side.',
          'Kontaktinformasjonen (e-post og telefon som lenkjer) står i botnteksten, på same stad på kvar side.',
          'The contact details (email and phone as links) sit in the footer, in the same place on every page.',
        ],
        [
          'Bruk samme bunntekst på alle sider, og hold kontaktinformasjonen oppdatert.',
          'Bruk same botntekst på alle sider, og hald kontaktinformasjonen oppdatert.',
          'Use the same footer on every page, and keep the contact details up to date.',
        ],
      ),
      t('frame/portal-footer/PortalFooter.test.tsx', 'links email and phone with mailto: and tel:'),
      story('portal-frame-portalfooter--default'),
    ),
    meets(
      '1.3.1',
      says(
        [
          'Bunnteksten er et contentinfo-landemerke, og kontakt og lenker står i deler med egne overskrifter.',
          'Botnteksten er eit contentinfo-landemerke, og kontakt og lenkjer står i delar med eigne overskrifter.',
          'The footer is a contentinfo landmark, and contact and links sit in sections with headings of their own.',
        ],
        nothingMore,
      ),
      t('frame/portal-footer/PortalFooter.test.tsx', 'has no axe violations in any language'),
    ),
    ...resizeAndSpacing('portal-frame-portalfooter--default'),
  ),
  record(
    'PortalHeader',
    meets(
      '2.4.1',
      says(
        [
          'Toppen har en hopp-til-innhold-lenke først, som flytter fokus til hovedinnholdet.',
          'Toppen har ei hopp-til-innhald-lenkje først, som flyttar fokus til hovudinnhaldet.',
          'The header starts with a skip link that moves focus to the main content.',
        ],
        [
          'Gi hovedinnholdet id-en skip-lenken peker på.',
          'Gje hovudinnhaldet id-en hopp-lenkja peikar på.',
          'Give the main content the id the skip link points at.',
        ],
      ),
      t(
        'frame/portal-header/PortalHeader.test.tsx',
        'the skip link moves focus to the main content',
      ),
    ),
    meets(
      '3.2.3',
      says(
        [
          'Navigasjonen kommer fra én liste du gir komponenten, så den er lik på alle sider, og siden du er på, er merket med aria-current.',
          'Navigasjonen kjem frå éi liste du gjev komponenten, så han er lik på alle sider, og sida du er på, er merkt med aria-current.',
          'The navigation comes from one list you give the component, so it is the same on every page, and the page you are on is marked with aria-current.',
        ],
        [
          'Gi samme liste til toppen på alle sider.',
          'Gje same liste til toppen på alle sider.',
          'Give the header the same list on every page.',
        ],
      ),
      t(
        'frame/portal-header/PortalHeader.test.tsx',
        'marks the current page with aria-current and leaves out a refused URL',
      ),
    ),
    meets(
      '2.1.2',
      says(
        [
          'Menyknappen åpner og lukker navigasjonen på smale skjermer; Escape lukker den og gir fokus tilbake til knappen.',
          'Menyknappen opnar og lukkar navigasjonen på smale skjermar; Escape lukkar han og gjev fokus attende til knappen.',
          'The menu button opens and closes the navigation on narrow screens; Escape closes it and returns focus to the button.',
        ],
        nothingMore,
      ),
      t(
        'frame/portal-header/PortalHeader.test.tsx',
        'the menu button opens and closes the navigation; Escape closes it and returns focus',
      ),
    ),
    meets(
      '1.4.10',
      reflow,
      story('portal-frame-portalheader--narrow-with-phase-banner'),
      story('portal-frame-portal-frame--narrow-320-keyboard'),
    ),
    ...resizeAndSpacing('portal-frame-portalheader--narrow-with-phase-banner'),
  ),
  record(
    'ProgressTimeline',
    meets(
      '1.3.1',
      says(
        [
          'Stegene er en ordnet liste, hvert dato står i et time-element, og steget saken er på nå, er merket med ord og med aria-current="step".',
          'Stega er ei ordna liste, kvar dato står i eit time-element, og steget saka er på no, er merkt med ord og med aria-current="step".',
          'The steps are an ordered list, each date sits in a time element, and the current step is marked in words and with aria-current="step".',
        ],
        nothingMore,
      ),
      t(
        'status/progress-timeline/ProgressTimeline.test.tsx',
        'makes the last dated step current by default and marks later ones as not reached',
      ),
      t(
        'status/progress-timeline/ProgressTimeline.test.tsx',
        'puts each date in a <time> with a machine-readable value',
      ),
    ),
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'status/progress-timeline/ProgressTimeline.test.tsx',
        'marks free text in another language with lang',
      ),
    ),
    ...resizeAndSpacing('portal-status-progresstimeline--case-stages'),
  ),
  record(
    'PullQuote',
    meets(
      '1.3.1',
      says(
        [
          'Sitatet er et blockquote, og hvem det er fra, står i figurens bildetekst, så de leses sammen.',
          'Sitatet er eit blockquote, og kven det er frå, står i biletteksten til figuren, så dei vert lesne saman.',
          'The quote is a blockquote and its source is the figure’s caption, so they are read together.',
        ],
        [
          'Gjenta sitatet i brødteksten; et uttrukket sitat er pynt for seende.',
          'Gjenta sitatet i brødteksten; eit uttrekt sitat er pynt for seande.',
          'Keep the quote in the body text too; a pull quote is a visual highlight.',
        ],
      ),
      t(
        'articles/articles.test.tsx',
        'puts the quote in a blockquote and names the source in the caption',
      ),
      story('portal-articles-pullquote--default'),
    ),
    ...resizeAndSpacing('portal-articles-pullquote--default'),
  ),
  record(
    'ShareLinks',
    meets(
      '4.1.3',
      says(
        [
          '«Kopier lenken» sier fra i en statusregion når lenken er kopiert. Nekter nettleseren utklippstavlen, vises adressen markert i et skrivebeskyttet felt, så du kan kopiere den selv.',
          '«Kopier lenkja» seier frå i ein statusregion når lenkja er kopiert. Nektar nettlesaren utklippstavla, vert adressa vist markert i eit skriveverna felt, så du kan kopiere henne sjølv.',
          '"Copy link" says so in a status region once the link is copied. If the browser refuses the clipboard, the address is shown selected in a read-only field, so you can copy it yourself.',
        ],
        nothingMore,
      ),
      t(
        'frame/share-links/ShareLinks.test.tsx',
        'shows the address selected in a read-only field when the clipboard is refused',
      ),
      story('portal-frame-sharelinks--clipboard-refused'),
    ),
    meets(
      '2.4.4',
      says(
        [
          'Hver måte å dele på er en synlig lenke med et navn som sier hvor den går; ingen skript fra tredjepart.',
          'Kvar måte å dele på er ei synleg lenkje med eit namn som seier kvar ho går; ingen skript frå tredjepart.',
          'Each way to share is a visible link named for where it goes; no third-party scripts.',
        ],
        nothingMore,
      ),
      story('portal-frame-sharelinks--default'),
    ),
    ...resizeAndSpacing('portal-frame-sharelinks--default'),
  ),
  record(
    'StatusBadge',
    meets(
      '1.4.1',
      says(
        [
          'Statusen står alltid skrevet ut; fargen bare grupperer statusene.',
          'Statusen står alltid skriven ut; fargen berre grupperer statusane.',
          'The status is always written out; the colour only groups statuses.',
        ],
        nothingMore,
      ),
      story('portal-status-statusbadge--idea-statuses'),
      t('status/status-badge/StatusBadge.test.tsx', 'has no axe violations'),
    ),
    meets(
      '1.3.1',
      says(
        [
          'En skjult tekst («Status:» eller «Fase:») står foran, så merket gir mening også når det leses alene.',
          'Ein gøymd tekst («Status:» eller «Fase:») står framfor, så merket gjev meining òg når det vert lese åleine.',
          'Hidden text ("Status:" or "Stage:") comes first, so the badge makes sense when read on its own.',
        ],
        [
          'Slå av prefikset bare der en synlig tekst allerede sier «Status».',
          'Slå av prefikset berre der ein synleg tekst alt seier «Status».',
          'Turn the prefix off only where visible text already says "Status".',
        ],
      ),
      t('status/status-badge/StatusBadge.test.tsx', 'leaves out the spoken prefix when asked'),
    ),
    ...resizeAndSpacing('portal-status-statusbadge--idea-statuses'),
  ),
  record(
    'SubmitFailure',
    meets(
      '3.3.7',
      keepsInput,
      unitTest(
        'packages/portal/src/comments/comment-form/useCommentForm.test.ts',
        'keeps every character when the server fails, and sends them again on retry',
      ),
      story('portal-tips-tipform--send-fails'),
    ),
    meets(
      '4.1.3',
      says(
        [
          'At sendingen feilet, sies i et varsel (rollen alert), så skjermleseren leser det med en gang.',
          'At sendinga feila, vert sagt i eit varsel (rolla alert), så skjermlesaren les det med ein gong.',
          'That sending failed is said in an alert (the alert role), so the screen reader reads it at once.',
        ],
        nothingMore,
      ),
      story('portal-comments-commentform--server-fails'),
    ),
    ...resizeAndSpacing('portal-forms-submitfailure--default'),
  ),
  record(
    'TipForm',
    meets('3.3.1', formErrors, story('portal-tips-tipform--validation-errors')),
    meets(
      '3.3.3',
      says(
        [
          'En fil av feil type eller for mange filer får en melding som sier hva som er tillatt.',
          'Ei fil av feil type eller for mange filer får ei melding som seier kva som er tillate.',
          'A file of the wrong type or too many files gets a message that says what is allowed.',
        ],
        nothingMore,
      ),
      t(
        'tips/tip-form/TipForm.test.tsx',
        'refuses a file of a type it does not take, and too many files, and sends nothing',
      ),
      story('portal-tips-tipform--attachment-too-large'),
    ),
    meets(
      '3.3.2',
      says(
        [
          'Skjemaet forklarer hva det betyr å sende anonymt (du får ikke svar) før du sender, og kvitteringen sier det igjen.',
          'Skjemaet forklarer kva det tyder å sende anonymt (du får ikkje svar) før du sender, og kvitteringa seier det att.',
          'The form explains what sending anonymously means (you get no answer) before you send, and the receipt says it again.',
        ],
        fieldLabel.host,
      ),
      t(
        'tips/tip-form/TipForm.test.tsx',
        'sends anonymously without name or email, says what that means, and the receipt says we cannot reply',
      ),
      story('portal-tips-tipform--anonymous'),
    ),
    meets('3.3.7', keepsInput, story('portal-tips-tipform--send-fails')),
    meets('4.1.3', sentStatus, story('portal-tips-tipform--receipt')),
    ...resizeAndSpacing('portal-tips-tipform--validation-errors'),
  ),
];
