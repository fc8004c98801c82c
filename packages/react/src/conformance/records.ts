import { resizeAndSpacing } from './checks.js';
import {
  type ComponentConformance,
  type ConformanceEvidence,
  type CriterionConformance,
  meets,
  says,
  story,
  unitTest,
} from './model.js';
import {
  contentLanguage,
  fieldError,
  fieldLabel,
  focusRing,
  headingStructure,
  keyboard,
  nativeControl,
  nothingMore,
  reflow,
  targetSize,
  textContrast,
  uiContrast,
} from './statements.js';

const t = (path: string, name: string) => unitTest(`packages/react/src/${path}`, name);
const axe = (path: string) => t(path, 'has no axe violations in any language');
const textPairs = unitTest(
  'packages/tokens/src/check.test.ts',
  'finds nothing in the default theme, light and dark',
);
const uiPairs = unitTest(
  'packages/tokens/src/check.test.ts',
  'covers text on surfaces, on-base on every base state, borders and focus',
);
const contrastStory = story('foundations-tokens--contrast');

const record = (component: string, ...criteria: CriterionConformance[]): ComponentConformance => ({
  component,
  package: '@samskap/react',
  criteria,
});

/** Contrast of text and of controls, shown by the token tests and a story of the component. */
const contrast = (...evidence: ConformanceEvidence[]) => [
  meets('1.4.3', textContrast, textPairs, contrastStory, ...evidence),
];
const controlContrast = (...evidence: ConformanceEvidence[]) => [
  meets('1.4.3', textContrast, textPairs, contrastStory, ...evidence),
  meets('1.4.11', uiContrast, uiPairs, ...evidence),
];

/** The conformance records of every public component of @samskap/react. */
export const reactConformance: readonly ComponentConformance[] = [
  record(
    'Alert',
    meets(
      '4.1.3',
      says(
        [
          'Et varsel som kommer etter en handling, ligger i en live-region (status, eller alert for feil), så skjermleseren leser det uten at fokus flyttes. Et varsel som står der fra start, kan slå av live-regionen med live="off".',
          'Eit varsel som kjem etter ei handling, ligg i ein live-region (status, eller alert for feil), så skjermlesaren les det utan at fokus vert flytta. Eit varsel som står der frå start, kan slå av live-regionen med live="off".',
          'An alert that follows an action sits in a live region (status, or alert for errors), so the screen reader reads it without moving focus. An alert that is there from the start can turn the live region off with live="off".',
        ],
        [
          'Bruk live="off" på varsler som står på siden fra den lastes, så de ikke leses opp to ganger.',
          'Bruk live="off" på varsel som står på sida frå ho vert lasta, så dei ikkje vert lesne opp to gonger.',
          'Use live="off" on alerts that are on the page when it loads, so they are not read out twice.',
        ],
      ),
      t('alert/Alert.test.tsx', 'live="off" has no live role; labels and ref pass through'),
      story('primitives-alert--after-an-action'),
    ),
    meets(
      '1.4.1',
      says(
        [
          'Typen varsel (info, suksess, advarsel, feil) vises med ikon og leses som en skjult tekst foran overskriften, ikke bare med farge.',
          'Typen varsel (info, suksess, åtvaring, feil) vert vist med ikon og lesen som ein gøymd tekst framfor overskrifta, ikkje berre med farge.',
          'The kind of alert (info, success, warning, danger) is shown with an icon and read as hidden text before its heading, not by colour alone.',
        ],
        nothingMore,
      ),
      t('alert/Alert.test.tsx', 'reads the kind as part of its heading'),
      story('primitives-alert--danger'),
    ),
    ...contrast(story('primitives-alert--warning')),
    ...resizeAndSpacing('primitives-alert--long-text-in-narrow-container'),
  ),
  record(
    'Avatar',
    meets(
      '1.1.1',
      says(
        [
          'Bildet eller initialene har personens navn som tekstalternativ. Står navnet allerede ved siden av, kan avataren merkes som pynt og skjules for skjermlesere.',
          'Biletet eller initialane har namnet til personen som tekstalternativ. Står namnet alt ved sida av, kan avataren merkast som pynt og gøymast for skjermlesarar.',
          "The picture or the initials have the person's name as their text alternative. When the name is already beside it, the avatar can be marked decorative and hidden from screen readers.",
        ],
        [
          'Bruk decorative når navnet står rett ved avataren.',
          'Bruk decorative når namnet står rett ved avataren.',
          'Use decorative when the name is right beside the avatar.',
        ],
      ),
      t(
        'avatar/Avatar.test.tsx',
        'decorative is hidden from screen readers; props and ref pass through',
      ),
      story('primitives-avatar--decorative'),
    ),
    ...contrast(story('primitives-avatar--colours')),
    ...resizeAndSpacing('primitives-avatar--long-name-in-narrow-container'),
  ),
  record(
    'Badge',
    meets(
      '1.4.1',
      says(
        [
          'Merket sier det med tekst; fargen er bare en ekstra hjelp.',
          'Merket seier det med tekst; fargen er berre ei ekstra hjelp.',
          'The badge says it in words; its colour is only an extra help.',
        ],
        [
          'Skriv en tekst som sier det fargen antyder, ikke bruk tomme merker.',
          'Skriv ein tekst som seier det fargen antydar, ikkje bruk tomme merke.',
          'Write text that says what the colour hints at; do not use empty badges.',
        ],
      ),
      story('primitives-badge--default'),
      axe('badge/Badge.test.tsx'),
    ),
    ...contrast(story('primitives-badge--strong')),
    meets('1.4.10', reflow, story('primitives-badge--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-badge--long-text-in-narrow-container'),
  ),
  record(
    'Breadcrumbs',
    meets(
      '1.3.1',
      says(
        [
          'Brødsmulestien er en navigasjon med eget navn og en ordnet liste, og den siste lenken er merket med aria-current="page".',
          'Brødsmulestien er ein navigasjon med eige namn og ei ordna liste, og den siste lenkja er merkt med aria-current="page".',
          'The breadcrumbs are a navigation landmark with its own name and an ordered list, and the last link is marked aria-current="page".',
        ],
        [
          'La stien vise den faktiske plasseringen av siden.',
          'La stien vise den faktiske plasseringa av sida.',
          "Let the trail show the page's real place in the site.",
        ],
      ),
      axe('breadcrumbs/Breadcrumbs.test.tsx'),
      story('primitives-breadcrumbs--deep'),
    ),
    meets(
      '2.4.5',
      says(
        [
          'Stien gir en annen vei til sidene over den aktuelle siden, i tillegg til menyen.',
          'Stien gjev ein annan veg til sidene over den aktuelle sida, i tillegg til menyen.',
          'The trail gives another way to the pages above the current one, besides the menu.',
        ],
        [
          'Tilby også søk eller en oversikt over sidene.',
          'Tilby òg søk eller ei oversikt over sidene.',
          'Offer search or a site overview as well.',
        ],
      ),
      story('primitives-breadcrumbs--default'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t('breadcrumbs/Breadcrumbs.test.tsx', 'its links are reached in order by keyboard'),
    ),
    meets('1.4.10', reflow, story('primitives-breadcrumbs--narrow')),
    ...resizeAndSpacing('primitives-breadcrumbs--long-text-in-narrow-container'),
  ),
  record(
    'Button',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'button/Button.test.tsx',
        'is a button named by its text that runs onClick from mouse and keyboard',
      ),
      t('button/Button.test.tsx', 'an icon-only button is named by its aria-label'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'button/Button.test.tsx',
        'is a button named by its text that runs onClick from mouse and keyboard',
      ),
    ),
    meets('2.4.7', focusRing, story('primitives-button--primary')),
    meets('2.5.8', targetSize, story('primitives-button--sizes')),
    meets(
      '4.1.3',
      says(
        [
          'Når knappen er opptatt, beholder den navnet sitt og får aria-busy, og en skjult tekst sier at noe lastes.',
          'Når knappen er oppteken, held han på namnet sitt og får aria-busy, og ein gøymd tekst seier at noko vert lasta.',
          'While busy, the button keeps its name and gets aria-busy, and hidden text says something is loading.',
        ],
        [
          'Si fra om resultatet når handlingen er ferdig, for eksempel med et Alert.',
          'Sei frå om resultatet når handlinga er ferdig, til dømes med eit Alert.',
          'Say what happened when the action is done, for example with an Alert.',
        ],
      ),
      story('primitives-button--loading'),
      t('button/Button.test.tsx', 'lets labels override the built-in loading text'),
    ),
    ...controlContrast(story('primitives-button--secondary')),
    meets('1.4.10', reflow, story('primitives-button--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-button--long-text-in-narrow-container'),
  ),
  record(
    'Card',
    meets(
      '2.1.1',
      says(
        [
          'Kortet har én lenke (i overskriften) som gjør hele kortet klikkbart, uten at interaktive elementer ligger inni hverandre. Andre knapper i kortet nås i rekkefølge med Tab.',
          'Kortet har éi lenkje (i overskrifta) som gjer heile kortet klikkbart, utan at interaktive element ligg inni kvarandre. Andre knappar i kortet vert nådde i rekkjefølgje med Tab.',
          'The card has one link (in its heading) that makes the whole card clickable, without nesting interactive elements. Other buttons in the card are reached in order with Tab.',
        ],
        [
          'Legg bare én CardLink i hvert kort.',
          'Legg berre éi CardLink i kvart kort.',
          'Put only one CardLink in each card.',
        ],
      ),
      t('card/Card.test.tsx', 'nests no interactive element inside another'),
      t(
        'card/Card.test.tsx',
        'the link and then the other button are reached in order by keyboard',
      ),
      story('primitives-card--with-other-controls'),
    ),
    ...contrast(story('primitives-card--tinted')),
    meets('1.4.10', reflow, story('primitives-card--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-card--long-text-in-narrow-container'),
  ),
  record(
    'CardLink',
    meets(
      '2.4.4',
      says(
        [
          'Lenken står i kortets overskrift, så navnet er overskriften, og den sier hva kortet handler om.',
          'Lenkja står i overskrifta til kortet, så namnet er overskrifta, og ho seier kva kortet handlar om.',
          'The link sits in the card heading, so its name is the heading, which says what the card is about.',
        ],
        [
          'Skriv overskrifter som skiller kortene fra hverandre.',
          'Skriv overskrifter som skil korta frå kvarandre.',
          'Write headings that tell the cards apart.',
        ],
      ),
      axe('card/Card.test.tsx'),
      story('primitives-card--default'),
    ),
    meets('2.4.7', focusRing, story('primitives-card--default')),
    ...resizeAndSpacing('primitives-cardlink--in-a-card'),
  ),
  record(
    'Checkbox',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'checkbox/Checkbox.test.tsx',
        'is a checkbox named by its label that toggles with Space and a click on the label',
      ),
    ),
    meets('3.3.2', fieldLabel, story('forms-checkbox--with-description')),
    meets('3.3.1', fieldError, story('forms-checkbox--required-with-error')),
    meets('2.4.7', focusRing, story('forms-checkbox--default')),
    ...controlContrast(story('forms-checkbox--checked')),
    ...resizeAndSpacing('forms-checkbox--long-label-in-narrow-container'),
  ),
  record(
    'CheckboxGroup',
    meets(
      '1.3.1',
      says(
        [
          'Boksene står i et fieldset med legend, så spørsmålet leses sammen med hvert valg.',
          'Boksane står i eit fieldset med legend, så spørsmålet vert lese saman med kvart val.',
          'The boxes sit in a fieldset with a legend, so the question is read with each choice.',
        ],
        [
          'Skriv legend som et spørsmål eller en kort ledetekst.',
          'Skriv legend som eit spørsmål eller ein kort leietekst.',
          'Write the legend as a question or a short label.',
        ],
      ),
      axe('checkbox-group/CheckboxGroup.test.tsx'),
      story('forms-checkboxgroup--default'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'checkbox-group/CheckboxGroup.test.tsx',
        'reports every checked value in the order of the boxes, from the keyboard',
      ),
    ),
    meets('3.3.1', fieldError, story('forms-checkboxgroup--with-error')),
    meets('3.3.2', fieldLabel, story('forms-checkboxgroup--required')),
    ...resizeAndSpacing('forms-checkboxgroup--long-legend-in-narrow-container'),
  ),
  record(
    'Details',
    meets(
      '4.1.2',
      says(
        [
          'Bygger på de innebygde elementene details og summary, så nettleseren gir rolle, åpen/lukket-tilstand og tastaturstøtte, og søk på siden finner lukket innhold.',
          'Byggjer på dei innebygde elementa details og summary, så nettlesaren gjev rolle, open/lukka-tilstand og tastaturstøtte, og søk på sida finn lukka innhald.',
          'Built on the native details and summary elements, so the browser gives role, open or closed state and keyboard support, and find-in-page finds closed content.',
        ],
        [
          'Skriv en summary som sier hva som skjuler seg bak.',
          'Skriv ein summary som seier kva som ligg bak.',
          'Write a summary that says what is inside.',
        ],
      ),
      t('details/Details.test.tsx', 'passes open and onToggle through'),
      story('primitives-details--open'),
    ),
    meets('2.4.7', focusRing, story('primitives-details--closed')),
    meets('1.4.10', reflow, story('primitives-details--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-details--long-text-in-narrow-container'),
  ),
  record(
    'Dialog',
    meets(
      '2.1.2',
      says(
        [
          'Dialogen lukkes med Escape eller nettleserens lukkeforespørsel, og fokus går tilbake til knappen som åpnet den.',
          'Dialogen vert lukka med Escape eller lukkeførespurnaden i nettlesaren, og fokus går attende til knappen som opna han.',
          "The dialog closes with Escape or the browser's close request, and focus goes back to the button that opened it.",
        ],
        [
          'Gi dialogen en tittel, og la alltid en måte å lukke den på være med.',
          'Gje dialogen ein tittel, og la alltid ein måte å lukke han på vere med.',
          'Give the dialog a title, and always keep a way to close it.',
        ],
      ),
      t('dialog/Dialog.test.tsx', 'closes on Escape and gives focus back to the opener'),
      t(
        'dialog/Dialog.test.tsx',
        "asks to close on the browser's cancel event (a close request other than Escape)",
      ),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Dialogen er modal (det innebygde dialog-elementet), så fokus blir i dialogen mens den er åpen, og returnerer etterpå, også når en handling lukker den.',
          'Dialogen er modal (det innebygde dialog-elementet), så fokus vert verande i dialogen medan han er open, og kjem attende etterpå, òg når ei handling lukkar han.',
          'The dialog is modal (the native dialog element), so focus stays in it while it is open and returns afterwards, also when an action closes it.',
        ],
        nothingMore,
      ),
      t('dialog/Dialog.test.tsx', 'returns focus when closed by an action in the footer'),
      t(
        'dialog/Dialog.test.tsx',
        'focuses the dialog itself when the browser does not move focus in',
      ),
    ),
    meets(
      '4.1.3',
      says(
        [
          'Beskjeder som sendes mens dialogen er åpen, leses fra en live-region inne i dialogen, der skjermleseren fortsatt lytter.',
          'Meldingar som vert sende medan dialogen er open, vert lesne frå ein live-region inne i dialogen, der skjermlesaren framleis lyttar.',
          'Announcements made while the dialog is open are read from a live region inside it, where screen readers still listen.',
        ],
        nothingMore,
      ),
      t(
        'dialog/Dialog.test.tsx',
        'reads announcements made while it is open from a live region inside it',
      ),
    ),
    meets('1.4.10', reflow, story('primitives-dialog--small')),
    ...resizeAndSpacing('primitives-dialog--long-content'),
  ),
  record(
    'Divider',
    meets(
      '1.3.1',
      says(
        [
          'En skillelinje mellom deler er et hr-element (en separator). En linje som bare er pynt, skjules for skjermlesere med decorative.',
          'Ei skiljeline mellom delar er eit hr-element (ein separator). Ei line som berre er pynt, vert gøymd for skjermlesarar med decorative.',
          'A line between sections is an hr element (a separator). A line that only decorates is hidden from screen readers with decorative.',
        ],
        [
          'Bruk overskrifter for å dele opp innhold; en linje alene er ikke nok.',
          'Bruk overskrifter for å dele opp innhald; ei line åleine er ikkje nok.',
          'Use headings to divide content; a line alone is not enough.',
        ],
      ),
      t('divider/Divider.test.tsx', 'decorative is hidden from screen readers'),
      story('primitives-divider--decorative'),
    ),
  ),
  record(
    'ErrorSummary',
    meets(
      '3.3.1',
      says(
        [
          'Når et skjema ikke går gjennom, samler oppsummeringen alle feilene øverst, tar fokus, og hver feil er en lenke som flytter fokus til feltet.',
          'Når eit skjema ikkje går gjennom, samlar oppsummeringa alle feila øvst, tek fokus, og kvar feil er ei lenkje som flyttar fokus til feltet.',
          'When a form does not go through, the summary gathers every error at the top, takes focus, and each error is a link that moves focus to its field.',
        ],
        [
          'Gi oppsummeringen de samme feilene som feltene viser, med tekst som sier hvordan de rettes.',
          'Gje oppsummeringa dei same feila som felta viser, med tekst som seier korleis dei kan rettast.',
          'Give the summary the same errors the fields show, worded to say how to fix them.',
        ],
      ),
      t(
        'error-summary/ErrorSummary.test.tsx',
        'renders nothing without errors, and takes focus when errors arrive',
      ),
      t(
        'error-summary/ErrorSummary.test.tsx',
        'each link moves focus to its field, by keyboard and by mouse',
      ),
      story('patterns-failed-submit--failed-submit'),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Fokus flyttes til oppsummeringen når feilene kommer, og derfra til feltet du velger, så du slipper å lete.',
          'Fokus vert flytta til oppsummeringa når feila kjem, og derifrå til feltet du vel, så du slepp å leite.',
          'Focus moves to the summary when the errors arrive, and from there to the field you pick, so you need not search.',
        ],
        nothingMore,
      ),
      t(
        'error-summary/ErrorSummary.test.tsx',
        'each link moves focus to its field, by keyboard and by mouse',
      ),
    ),
    meets(
      '2.4.6',
      headingStructure,
      t(
        'error-summary/ErrorSummary.test.tsx',
        'does not take focus with autoFocus off, and takes heading and level overrides',
      ),
      story('forms-errorsummary--heading-level-3'),
    ),
    ...resizeAndSpacing('forms-errorsummary--long-text-in-narrow-container'),
  ),
  record(
    'Field',
    meets(
      '3.3.2',
      fieldLabel,
      story('forms-field--with-description'),
      story('forms-field--required'),
    ),
    meets(
      '1.3.1',
      says(
        [
          'Ledeteksten er et label-element koblet til kontrollen, så et klikk på den gir fokus til kontrollen, og hjelpetekst og feil er koblet med aria-describedby.',
          'Leieteksten er eit label-element kopla til kontrollen, så eit klikk på han gjev fokus til kontrollen, og hjelpetekst og feil er kopla med aria-describedby.',
          'The label is a label element tied to the control, so a click on it focuses the control, and hint and error are tied with aria-describedby.',
        ],
        [
          'Bruker du din egen kontroll i Field, spre useFieldControl-egenskapene på den.',
          'Brukar du din eigen kontroll i Field, spreie useFieldControl-eigenskapane på han.',
          'If you put your own control in a Field, spread the useFieldControl props on it.',
        ],
      ),
      t(
        'field/Field.test.tsx',
        'a click on the label focuses the control, and a disabled field disables it',
      ),
    ),
    meets('3.3.1', fieldError, story('forms-field--with-error')),
    ...resizeAndSpacing('forms-field--long-label-in-narrow-container'),
  ),
  record(
    'Fieldset',
    meets(
      '1.3.1',
      says(
        [
          'Feltene står i et fieldset med legend, så skjermleseren leser overskriften for gruppen med hvert felt.',
          'Felta står i eit fieldset med legend, så skjermlesaren les overskrifta for gruppa med kvart felt.',
          "The fields sit in a fieldset with a legend, so the screen reader reads the group's heading with each field.",
        ],
        [
          'Grupper bare felt som hører sammen, som en adresse.',
          'Grupper berre felt som høyrer saman, som ei adresse.',
          'Group only fields that belong together, such as an address.',
        ],
      ),
      axe('fieldset/Fieldset.test.tsx'),
      story('forms-fieldset--with-description'),
    ),
    meets(
      '2.4.3',
      says(
        [
          'Tab går gjennom feltene i den rekkefølgen de står.',
          'Tab går gjennom felta i den rekkjefølgja dei står.',
          'Tab goes through the fields in the order they are shown.',
        ],
        nothingMore,
      ),
      t(
        'fieldset/Fieldset.test.tsx',
        'moves focus through its fields in order, and disables them all',
      ),
    ),
    meets('3.3.1', fieldError, story('forms-fieldset--with-error')),
    ...resizeAndSpacing('forms-fieldset--long-legend-in-narrow-container'),
  ),
  record(
    'FileUpload',
    meets(
      '2.1.1',
      says(
        [
          'Filvelgeren og fjern-knappene brukes med tastaturet. Når du fjerner en fil, går fokus til neste fil, og etter den siste tilbake til velgeren.',
          'Filveljaren og fjern-knappane vert brukte med tastaturet. Når du fjernar ei fil, går fokus til neste fil, og etter den siste attende til veljaren.',
          'The file chooser and the remove buttons work with the keyboard. When you remove a file, focus goes to the next one, and after the last back to the chooser.',
        ],
        [
          'Ikke gjør dra og slipp til den eneste måten å legge ved filer på.',
          'Ikkje gjer dra og slepp til den einaste måten å leggje ved filer på.',
          'Do not make drag and drop the only way to attach files.',
        ],
      ),
      t(
        'file-upload/FileUpload.test.tsx',
        'by keyboard: removing a file moves focus to the next one, and the last back to the chooser',
      ),
    ),
    meets(
      '3.3.3',
      says(
        [
          'Feilmeldingen sier hva som er galt: for mange filer, en fil som er for stor, eller feil filtype, med grensen som gjelder.',
          'Feilmeldinga seier kva som er gale: for mange filer, ei fil som er for stor, eller feil filtype, med grensa som gjeld.',
          'The error says what is wrong: too many files, a file that is too large, or the wrong type, with the limit that applies.',
        ],
        [
          'Sett grensene (antall, størrelse, typer) på serveren også.',
          'Set grensene (tal, storleik, typar) på tenaren òg.',
          'Apply the limits (count, size, types) on the server too.',
        ],
      ),
      t(
        'file-upload/FileUpload.test.tsx',
        'says when there are too many, one is too large, or one is of the wrong type',
      ),
    ),
    meets(
      '3.3.1',
      fieldError,
      t(
        'file-upload/FileUpload.test.tsx',
        'links its error to the chooser and has no axe violations with files and an error',
      ),
      story('forms-fileupload--with-error'),
    ),
    meets(
      '2.5.7',
      says(
        [
          'Filer velges med en vanlig knapp; det er ikke nødvendig å dra noe.',
          'Filer vert valde med ein vanleg knapp; det er ikkje naudsynt å dra noko.',
          'Files are chosen with an ordinary button; nothing has to be dragged.',
        ],
        nothingMore,
      ),
      story('forms-fileupload--empty'),
    ),
    ...resizeAndSpacing('forms-fileupload--with-files'),
  ),
  record(
    'Heading',
    meets(
      '1.3.1',
      says(
        [
          'Nivået (h1–h6) og størrelsen velges hver for seg, så strukturen blir riktig selv når utseendet er et annet.',
          'Nivået (h1–h6) og storleiken vert valde kvar for seg, så strukturen vert rett sjølv når utsjånaden er ein annan.',
          'Level (h1 to h6) and size are chosen separately, so the structure stays right even when the look differs.',
        ],
        [
          'Velg nivå etter strukturen på siden, ikke etter størrelse, og hopp ikke over nivåer.',
          'Vel nivå etter strukturen på sida, ikkje etter storleik, og hopp ikkje over nivå.',
          'Choose the level by the structure of the page, not by size, and do not skip levels.',
        ],
      ),
      t('heading/Heading.test.tsx', 'keeps the semantic level when the visual size differs'),
      story('primitives-heading--sizes-on-one-level'),
    ),
    meets('2.4.6', headingStructure, story('primitives-heading--levels')),
    meets('1.4.10', reflow, story('primitives-heading--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-heading--long-text-in-narrow-container'),
  ),
  record(
    'HiddenField',
    meets(
      '2.4.3',
      says(
        [
          'Verdien sendes med skjemaet uten å vises, og feltet kan ikke nås med Tab eller av skjermlesere, så det forstyrrer ikke rekkefølgen.',
          'Verdien vert send med skjemaet utan å visast, og feltet kan ikkje nåast med Tab eller av skjermlesarar, så det forstyrrar ikkje rekkjefølgja.',
          'The value is posted with the form without being shown, and the field cannot be reached with Tab or by screen readers, so it does not disturb the order.',
        ],
        [
          'Bruk det bare for verdier personen ikke skal se eller endre.',
          'Bruk det berre for verdiar personen ikkje skal sjå eller endre.',
          'Use it only for values the person should not see or change.',
        ],
      ),
      t(
        'hidden-field/HiddenField.test.tsx',
        'posts its name and value with the form, and shows nothing a person can reach',
      ),
    ),
  ),
  record(
    'Icon',
    meets(
      '1.1.1',
      says(
        [
          'Ikonet er alltid pynt (aria-hidden); meningen står i teksten ved siden av eller i navnet på knappen.',
          'Ikonet er alltid pynt (aria-hidden); meininga står i teksten ved sida av eller i namnet på knappen.',
          "The icon is always decorative (aria-hidden); its meaning is in the text beside it or in the button's name.",
        ],
        [
          'Bruk aldri et ikon alene uten en tekst eller et navn som sier det samme.',
          'Bruk aldri eit ikon åleine utan ein tekst eller eit namn som seier det same.',
          'Never use an icon alone without text or a name that says the same.',
        ],
      ),
      t('icon/Icon.test.tsx', 'passes size and data attributes through to the svg'),
      story('primitives-icon--all-icons'),
    ),
  ),
  record(
    'Link',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'link/Link.test.tsx',
        'is a link named by its text, reachable and followed from the keyboard',
      ),
    ),
    meets(
      '2.4.4',
      says(
        [
          'En lenke som åpner ny fane, sier det i navnet sitt (og med et ikon), så du vet hva som skjer før du følger den.',
          'Ei lenkje som opnar ny fane, seier det i namnet sitt (og med eit ikon), så du veit kva som skjer før du følgjer henne.',
          'A link that opens a new tab says so in its name (and with an icon), so you know what happens before you follow it.',
        ],
        [
          'Skriv lenketekster som sier hvor lenken går, også tatt ut av sammenhengen («Les om barnehager», ikke «Les mer»).',
          'Skriv lenkjetekstar som seier kvar lenkja går, òg teken ut av samanhengen («Les om barnehagar», ikkje «Les meir»).',
          'Write link text that says where the link goes, even out of context ("Read about kindergartens", not "Read more").',
        ],
      ),
      t('link/Link.test.tsx', 'lets labels override the new-tab text'),
      story('primitives-link--new-tab'),
    ),
    meets(
      '1.4.1',
      says(
        [
          'Lenker i løpende tekst er understreket, ikke bare farget.',
          'Lenkjer i løpande tekst er understreka, ikkje berre farga.',
          'Links in running text are underlined, not only coloured.',
        ],
        [
          'Ikke fjern understrekingen i din egen CSS.',
          'Ikkje fjern understrekinga i din eigen CSS.',
          'Do not remove the underline in your own CSS.',
        ],
      ),
      story('primitives-link--in-running-text'),
    ),
    meets('2.4.7', focusRing, story('primitives-link--default')),
    ...contrast(story('primitives-link--neutral')),
    ...resizeAndSpacing('primitives-link--long-text-in-narrow-container'),
  ),
  record(
    'List',
    meets(
      '1.3.1',
      says(
        [
          'Lista er en ekte ul eller ol, så skjermleseren sier hvor mange punkter det er og hvor du er.',
          'Lista er ei ekte ul eller ol, så skjermlesaren seier kor mange punkt det er og kvar du er.',
          'The list is a real ul or ol, so the screen reader says how many items there are and where you are.',
        ],
        [
          'Bruk ordered når rekkefølgen betyr noe.',
          'Bruk ordered når rekkjefølgja tyder noko.',
          'Use ordered when the order matters.',
        ],
      ),
      t('list/List.test.tsx', 'is a bulleted list of its items'),
      t('list/List.test.tsx', 'ordered is a numbered list with a start, forwarding its ref'),
      t('list/List.test.tsx', 'plain is still a list of its items, without markers or indent'),
    ),
    meets('1.4.10', reflow, story('primitives-list--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-list--long-text-in-narrow-container'),
  ),
  record(
    'Pagination',
    meets(
      '1.3.1',
      says(
        [
          'Sidevelgeren er en navigasjon med eget navn, og siden du er på, er merket med aria-current="page". Første og siste side har ingen forrige- eller neste-lenke.',
          'Sideveljaren er ein navigasjon med eige namn, og sida du er på, er merkt med aria-current="page". Første og siste side har inga førre- eller neste-lenkje.',
          'The pagination is a navigation landmark with its own name, and the page you are on is marked aria-current="page". The first and last pages have no previous or next link.',
        ],
        nothingMore,
      ),
      t(
        'pagination/Pagination.test.tsx',
        'leaves out previous on the first page and next on the last, with links',
      ),
      story('primitives-pagination--links'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'pagination/Pagination.test.tsx',
        'without hrefFor, is buttons driven by the keyboard that keep focus at the ends',
      ),
    ),
    meets('2.4.7', focusRing, story('primitives-pagination--buttons')),
    meets('2.5.8', targetSize, story('primitives-pagination--links')),
    ...resizeAndSpacing('primitives-pagination--links'),
  ),
  record(
    'Paragraph',
    meets(
      '3.1.2',
      contentLanguage,
      t(
        'paragraph/Paragraph.test.tsx',
        'is a paragraph that passes size, variant, lang and its ref',
      ),
      story('primitives-paragraph--other-language'),
    ),
    ...contrast(story('primitives-paragraph--subtle')),
    ...resizeAndSpacing('primitives-paragraph--long-text-in-narrow-container'),
  ),
  record(
    'Radio',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'radio-group/RadioGroup.test.tsx',
        'moves and chooses with arrow keys, and reports the value',
      ),
    ),
    meets('2.4.7', focusRing, story('forms-radiogroup--default')),
    ...controlContrast(story('forms-radiogroup--preselected')),
    ...resizeAndSpacing('forms-radio--with-description'),
  ),
  record(
    'RadioGroup',
    meets(
      '1.3.1',
      says(
        [
          'Valgene står i et fieldset med legend, og piltastene flytter mellom dem slik de gjør i alle radioknapper.',
          'Vala står i eit fieldset med legend, og piltastane flyttar mellom dei slik dei gjer i alle radioknappar.',
          'The options sit in a fieldset with a legend, and the arrow keys move between them as they do in any radio group.',
        ],
        [
          'Skriv legend som et spørsmål.',
          'Skriv legend som eit spørsmål.',
          'Write the legend as a question.',
        ],
      ),
      t(
        'radio-group/RadioGroup.test.tsx',
        'is a plain group with no requirement when not required',
      ),
      story('forms-radiogroup--with-description'),
    ),
    meets(
      '2.1.1',
      keyboard,
      t(
        'radio-group/RadioGroup.test.tsx',
        'moves and chooses with arrow keys, and reports the value',
      ),
    ),
    meets('3.3.1', fieldError, story('forms-radiogroup--with-error')),
    meets('3.3.2', fieldLabel, story('forms-radiogroup--required')),
    ...resizeAndSpacing('forms-radiogroup--long-legend-in-narrow-container'),
  ),
  record(
    'RequirementMarker',
    meets(
      '3.3.2',
      says(
        [
          'Sier med ord om et felt må fylles ut eller er valgfritt, på språket til siden.',
          'Seier med ord om eit felt må fyllast ut eller er valfritt, på språket til sida.',
          "Says in words whether a field must be filled in or is optional, in the page's language.",
        ],
        [
          'Merk enten de påkrevde eller de valgfrie feltene, samme måte i hele skjemaet.',
          'Merk anten dei påkravde eller dei valfrie felta, på same måte i heile skjemaet.',
          'Mark either the required or the optional fields, the same way throughout the form.',
        ],
      ),
      story('forms-field--required'),
      story('forms-field--optional'),
    ),
    ...resizeAndSpacing('forms-requirementmarker--required'),
  ),
  record(
    'SamskapProvider',
    meets(
      '3.1.1',
      says(
        [
          'Leverandøren bestemmer språket på alle innebygde tekster i komponentene, og følger språket i appens egen i18next-instans hvis du gir den en.',
          'Leverandøren avgjer språket på alle innebygde tekstar i komponentane, og følgjer språket i i18next-instansen til appen om du gjev han ein.',
          "The provider decides the language of every built-in text in the components, and follows your app's own i18next language if you give it one.",
        ],
        [
          'Sett lang på html-elementet til samme språk som du gir leverandøren.',
          'Set lang på html-elementet til same språk som du gjev leverandøren.',
          'Set lang on the html element to the same language you give the provider.',
        ],
      ),
      unitTest(
        'packages/react/src/provider/SamskapProvider.test.tsx',
        "follows a host instance's language without touching the global singleton",
      ),
      story('foundations-formatting--in-each-language'),
    ),
    meets(
      '1.4.3',
      says(
        [
          'Temaet leverandøren legger på, gir fargepar som testene sjekker til 4,5:1 for tekst og 3:1 for kanter og fokus, i lyst og mørkt.',
          'Temaet leverandøren legg på, gjev fargepar som testane sjekkar til 4,5:1 for tekst og 3:1 for kantar og fokus, i lyst og mørkt.',
          'The theme the provider applies gives colour pairs that tests check at 4.5:1 for text and 3:1 for borders and focus, in light and dark.',
        ],
        textContrast.host,
      ),
      unitTest(
        'packages/tokens/src/create.test.ts',
        'meets every contrast pair in light and dark for 250 random brand colours',
      ),
      story('theming-themes--agency-themes'),
    ),
  ),
  record(
    'SearchField',
    meets(
      '1.3.1',
      says(
        [
          'Søket er et skjema med role="search", så det er et landemerke, og feltet har en ledetekst, også når den er skjult.',
          'Søket er eit skjema med role="search", så det er eit landemerke, og feltet har ein leietekst, òg når han er gøymd.',
          'The search is a form with role="search", so it is a landmark, and its field has a label even when that is hidden.',
        ],
        [
          'Skjul ledeteksten bare når søkeknappen og plasseringen gjør formålet tydelig.',
          'Gøym leieteksten berre når søkjeknappen og plasseringa gjer føremålet tydeleg.',
          'Hide the label only when the search button and placement make its purpose plain.',
        ],
      ),
      axe('search-field/SearchField.test.tsx'),
      story('primitives-searchfield--hidden-label'),
    ),
    meets(
      '2.1.1',
      says(
        [
          'Escape tømmer feltet, som i et vanlig søkefelt, og tøm-knappen og søkeknappen nås med Tab.',
          'Escape tømer feltet, som i eit vanleg søkjefelt, og tøm-knappen og søkjeknappen vert nådde med Tab.',
          'Escape clears the field, as in a native search field, and the clear and search buttons are reached with Tab.',
        ],
        nothingMore,
      ),
      t('search-field/SearchField.test.tsx', 'Escape clears the text'),
    ),
    meets('2.4.7', focusRing, story('primitives-searchfield--default')),
    meets(
      '2.4.5',
      says(
        [
          'Et søk gir en annen vei til innholdet enn menyen.',
          'Eit søk gjev ein annan veg til innhaldet enn menyen.',
          'A search gives another way to the content than the menu.',
        ],
        [
          'Koble søkefeltet til et søk som dekker hele nettstedet.',
          'Kople søkjefeltet til eit søk som dekkjer heile nettstaden.',
          'Connect the field to a search that covers the whole site.',
        ],
      ),
      story('primitives-searchfield--with-value'),
    ),
    ...resizeAndSpacing('primitives-searchfield--narrow-container'),
  ),
  record(
    'Select',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'select/Select.test.tsx',
        'is a combobox named by its label, chosen from by keyboard, with its ref',
      ),
    ),
    meets('3.3.2', fieldLabel, story('forms-select--with-description')),
    meets('3.3.1', fieldError, story('forms-select--with-error')),
    meets('2.4.7', focusRing, story('forms-select--default')),
    ...controlContrast(story('forms-select--default')),
    ...resizeAndSpacing('forms-select--long-label-in-narrow-container'),
  ),
  record(
    'Skeleton',
    meets(
      '1.1.1',
      says(
        [
          'Plassholderne er skjult for skjermlesere, så de ikke leser opp tomme bokser. Området som laster, sier det én gang.',
          'Plasshaldarane er gøymde for skjermlesarar, så dei ikkje les opp tomme boksar. Området som lastar, seier det éin gong.',
          'The placeholders are hidden from screen readers, so empty boxes are not read out. The loading region says so once.',
        ],
        [
          'Sett aria-busy på området som laster, og si fra når innholdet er klart.',
          'Set aria-busy på området som lastar, og sei frå når innhaldet er klart.',
          'Set aria-busy on the loading region, and say when the content is ready.',
        ],
      ),
      t('skeleton/Skeleton.test.tsx', 'is hidden from assistive technology and sized by its props'),
      story('primitives-skeleton--loading-card'),
    ),
    meets(
      '2.2.2',
      says(
        [
          'Pulseringen stopper når brukeren har bedt om redusert bevegelse (prefers-reduced-motion).',
          'Pulseringa stoppar når brukaren har bede om redusert rørsle (prefers-reduced-motion).',
          'The pulsing stops when the person has asked for reduced motion (prefers-reduced-motion).',
        ],
        [
          'Bytt skjelettet ut med innholdet så snart det er klart.',
          'Byt ut skjelettet med innhaldet så snart det er klart.',
          'Replace the skeleton with the content as soon as it is ready.',
        ],
      ),
      story('primitives-skeleton--text'),
    ),
  ),
  record(
    'SkipLink',
    meets(
      '2.4.1',
      says(
        [
          'Første lenke på siden, synlig når den får fokus, hopper over toppen og menyene og flytter fokus til hovedinnholdet (ikke bare rulling).',
          'Første lenkja på sida, synleg når ho får fokus, hoppar over toppen og menyane og flyttar fokus til hovudinnhaldet (ikkje berre rulling).',
          'The first link on the page, visible when focused, skips the header and menus and moves focus to the main content (not just scrolling).',
        ],
        [
          'Plasser den først i body, og gi hovedinnholdet id="main" (eller det du setter i href).',
          'Plasser han først i body, og gje hovudinnhaldet id="main" (eller det du set i href).',
          'Put it first in the body, and give the main content id="main" (or whatever you set in href).',
        ],
      ),
      t(
        'skip-link/SkipLink.test.tsx',
        'skips to another target, with its own text, and forwards its ref',
      ),
      story('primitives-skiplink--default'),
    ),
    meets('2.4.7', focusRing, story('primitives-skiplink--default')),
  ),
  record(
    'Spinner',
    meets(
      '1.1.1',
      says(
        [
          'Typen krever at spinneren enten har et navn eller er skjult fordi teksten ved siden av sier det samme.',
          'Typen krev at spinnaren anten har eit namn eller er gøymd fordi teksten ved sida av seier det same.',
          'Its type demands that the spinner either has a name or is hidden because text beside it says the same.',
        ],
        [
          'Si fra med en statusbeskjed når det som lastet, er ferdig.',
          'Sei frå med ei statusmelding når det som lasta, er ferdig.',
          'Say with a status message when whatever was loading has finished.',
        ],
      ),
      t('spinner/Spinner.test.tsx', 'the type demands a label or aria-hidden'),
      t('spinner/Spinner.test.tsx', 'hidden, it is not in the accessibility tree'),
      story('primitives-spinner--with-text'),
    ),
    ...resizeAndSpacing('primitives-spinner--with-text'),
  ),
  record(
    'Tag',
    meets(
      '4.1.2',
      says(
        [
          'En merkelapp som kan fjernes, har en knapp med navn etter merkelappen («Fjern Barnehage»), så det er klart hva som fjernes.',
          'Ein merkelapp som kan fjernast, har ein knapp med namn etter merkelappen («Fjern Barnehage»), så det er klart kva som vert fjerna.',
          'A removable tag has a button named after the tag ("Remove Kindergarten"), so it is clear what is removed.',
        ],
        nothingMore,
      ),
      t('tag/Tag.test.tsx', 'shows its text and has no button unless removable'),
      story('primitives-tag--removable'),
    ),
    meets('2.4.7', focusRing, story('primitives-tag--filter-list')),
    meets('1.4.10', reflow, story('primitives-tag--long-text-in-narrow-container')),
    ...resizeAndSpacing('primitives-tag--long-text-in-narrow-container'),
  ),
  record(
    'Textarea',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'textarea/Textarea.test.tsx',
        'is a multi-line textbox named by its label, with its ref and native props',
      ),
    ),
    meets(
      '4.1.3',
      says(
        [
          'Telleren for tegn igjen leses opp én gang, høflig, når du tar en pause i skrivingen, ikke for hvert tastetrykk.',
          'Teljaren for teikn att vert lesen opp éin gong, høfleg, når du tek ein pause i skrivinga, ikkje for kvart tastetrykk.',
          'The characters-left counter is read out once, politely, when you pause typing, not on every keystroke.',
        ],
        nothingMore,
      ),
      t(
        'textarea/Textarea.test.tsx',
        'announces the count once, politely, after the person pauses',
      ),
    ),
    meets('3.3.2', fieldLabel, story('forms-textarea--with-description')),
    meets(
      '3.3.1',
      fieldError,
      t('textarea/Textarea.test.tsx', 'shows an error given to it and links it'),
      story('forms-textarea--with-error'),
    ),
    meets('2.4.7', focusRing, story('forms-textarea--default')),
    ...controlContrast(story('forms-textarea--default')),
    ...resizeAndSpacing('forms-textarea--long-label-in-narrow-container'),
  ),
  record(
    'TextField',
    meets(
      '4.1.2',
      nativeControl,
      t(
        'text-field/TextField.test.tsx',
        'is a textbox named by its label that takes typing and passes native props',
      ),
    ),
    meets(
      '1.3.5',
      says(
        [
          'Feltet sender autocomplete og type videre til input-elementet, så nettleseren kan fylle inn navn, e-post og telefon.',
          'Feltet sender autocomplete og type vidare til input-elementet, så nettlesaren kan fylle inn namn, e-post og telefon.',
          'The field passes autocomplete and type on to the input element, so the browser can fill in name, email and phone.',
        ],
        [
          'Sett autocomplete (name, email, tel …) på felt som spør om brukeren selv.',
          'Set autocomplete (name, email, tel …) på felt som spør om brukaren sjølv.',
          'Set autocomplete (name, email, tel…) on fields that ask about the person.',
        ],
      ),
      t(
        'text-field/TextField.test.tsx',
        'is a textbox named by its label that takes typing and passes native props',
      ),
    ),
    meets('3.3.2', fieldLabel, story('forms-textfield--with-description')),
    meets('3.3.1', fieldError, story('forms-textfield--with-error')),
    meets('2.4.7', focusRing, story('forms-textfield--default')),
    ...controlContrast(story('forms-textfield--default')),
    ...resizeAndSpacing('forms-textfield--long-label-in-narrow-container'),
  ),
  record(
    'ToggleButton',
    meets(
      '4.1.2',
      says(
        [
          'En knapp med aria-pressed, så skjermleseren sier om den er trykket inn. Navnet endres ikke når tilstanden endres.',
          'Ein knapp med aria-pressed, så skjermlesaren seier om han er trykt inn. Namnet endrar seg ikkje når tilstanden endrar seg.',
          'A button with aria-pressed, so the screen reader says whether it is pressed. Its name does not change with its state.',
        ],
        nothingMore,
      ),
      t(
        'toggle-button/ToggleButton.test.tsx',
        'is a button that says whether it is pressed, and toggles by mouse and keyboard',
      ),
    ),
    meets(
      '1.4.1',
      says(
        [
          'Trykket inn vises med et hakemerke i tillegg til fargen.',
          'Trykt inn vert vist med eit hakemerke i tillegg til fargen.',
          'Pressed is shown with a check mark as well as colour.',
        ],
        nothingMore,
      ),
      t(
        'toggle-button/ToggleButton.test.tsx',
        'shows the pressed state with a check mark as well as colour, and keeps its name',
      ),
      story('primitives-togglebutton--pressed'),
    ),
    meets('2.4.7', focusRing, story('primitives-togglebutton--off')),
    meets('2.5.8', targetSize, story('primitives-togglebutton--votes')),
    ...resizeAndSpacing('primitives-togglebutton--votes'),
  ),
  record(
    'ToggleGroup',
    meets(
      '1.3.1',
      says(
        [
          'Knappene står i en gruppe med navn, og nøyaktig én er trykket inn.',
          'Knappane står i ei gruppe med namn, og nøyaktig éin er trykt inn.',
          'The buttons sit in a named group, and exactly one is pressed.',
        ],
        [
          'Gi gruppen et navn som sier hva valget gjelder.',
          'Gje gruppa eit namn som seier kva valet gjeld.',
          'Give the group a name that says what the choice is about.',
        ],
      ),
      t(
        'toggle-button/ToggleButton.test.tsx',
        'is a named group in which exactly one button is pressed',
      ),
      story('primitives-togglebutton--group'),
    ),
    ...resizeAndSpacing('primitives-togglegroup--default'),
  ),
  record(
    'ValidationMessage',
    meets(
      '3.3.1',
      fieldError,
      t(
        'validation-message/ValidationMessage.test.tsx',
        'takes a prefix override and passes native props',
      ),
      story('forms-validationmessage--default'),
    ),
    meets(
      '1.4.1',
      says(
        [
          'Feilen vises med ikon og tekst, ikke bare med rød farge.',
          'Feilen vert vist med ikon og tekst, ikkje berre med raud farge.',
          'The error is shown with an icon and text, not only in red.',
        ],
        nothingMore,
      ),
      story('forms-validationmessage--default'),
    ),
    meets('1.4.10', reflow, story('forms-validationmessage--long-text-in-narrow-container')),
    ...resizeAndSpacing('forms-validationmessage--long-text-in-narrow-container'),
  ),
  record(
    'VisuallyHidden',
    meets(
      '1.3.1',
      says(
        [
          'Tekst som bare er for skjermlesere, skjules visuelt uten å bli borte fra tilgjengelighetstreet, så sammenhengen blir den samme for alle.',
          'Tekst som berre er for skjermlesarar, vert gøymd visuelt utan å forsvinne frå tilgjengetreet, så samanhengen vert den same for alle.',
          'Text meant only for screen readers is hidden visually without leaving the accessibility tree, so everyone gets the same context.',
        ],
        [
          'Bruk den sparsomt: det seende brukere ser, bør også stå i teksten.',
          'Bruk han sparsamt: det seande brukarar ser, bør òg stå i teksten.',
          'Use it sparingly: what sighted people see should be in the text too.',
        ],
      ),
      t(
        'validation-message/ValidationMessage.test.tsx',
        'takes a prefix override and passes native props',
      ),
    ),
  ),
];
