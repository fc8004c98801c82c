import type { ConformanceStatement, TextTriple } from './model.js';

// Statements that many components share, because one mechanism in Samskap delivers them for all
// of them (the focus ring, the theme's colour pairs, the field wiring). A component with its own
// way of meeting a criterion has its own text in its record instead.

export const focusRing: ConformanceStatement = {
  how: {
    nb: 'Når du flytter fokus med tastaturet, får elementet en tydelig fokusring i temaets fokusfarge, med en indre ring som skiller den fra bakgrunnen. I modus for tvungne farger bruker ringen systemets farge.',
    nn: 'Når du flyttar fokus med tastaturet, får elementet ein tydeleg fokusring i fokusfargen til temaet, med ein indre ring som skil han frå bakgrunnen. I modus for tvungne fargar nyttar ringen fargen til systemet.',
    en: "When you move focus with the keyboard, the element gets a clear focus ring in the theme's focus colour, with an inner ring that sets it apart from the background. In forced-colours mode the ring takes the system's colour.",
  },
  host: {
    nb: 'Ikke fjern eller overstyr outline i din egen CSS. Lager du et eget tema, bruk createTheme, som sjekker kontrasten på fokusfargen.',
    nn: 'Ikkje fjern eller overstyr outline i din eigen CSS. Lagar du eit eige tema, bruk createTheme, som sjekkar kontrasten på fokusfargen.',
    en: 'Do not remove or override the outline in your own CSS. If you make your own theme, use createTheme, which checks the contrast of the focus colour.',
  },
};

export const textContrast: ConformanceStatement = {
  how: {
    nb: 'Tekstfargene kommer fra fargepar i temaet som testene sjekker til minst 4,5:1, i lyst og mørkt tema. Storybook-testene kjører også kontrastsjekken til axe på hver historie i Chromium.',
    nn: 'Tekstfargane kjem frå fargepar i temaet som testane sjekkar til minst 4,5:1, i lyst og mørkt tema. Storybook-testane køyrer òg kontrastsjekken til axe på kvar historie i Chromium.',
    en: "Text colours come from theme colour pairs that tests check at 4.5:1 or more, in light and dark. The Storybook tests also run axe's contrast check on every story in Chromium.",
  },
  host: {
    nb: 'Lag egne farger med createTheme, så blir kontrasten sjekket. Tekst du legger oppå egne bilder eller bakgrunner, må du sjekke selv.',
    nn: 'Lag eigne fargar med createTheme, så vert kontrasten sjekka. Tekst du legg oppå eigne bilete eller bakgrunnar, må du sjekke sjølv.',
    en: 'Make your own colours with createTheme so the contrast is checked. Text you place over your own images or backgrounds is yours to check.',
  },
};

export const uiContrast: ConformanceStatement = {
  how: {
    nb: 'Kanter, fokusring og fargene som viser at noe er valgt eller kan brukes, har minst 3:1 mot bakgrunnen. Testene sjekker disse fargeparene i hvert tema.',
    nn: 'Kantar, fokusring og fargane som viser at noko er valt eller kan brukast, har minst 3:1 mot bakgrunnen. Testane sjekkar desse fargepara i kvart tema.',
    en: 'Borders, the focus ring and the colours that show something is chosen or can be used reach 3:1 against the background. Tests check these colour pairs in every theme.',
  },
  host: {
    nb: 'Ikke legg komponenten på en egen bakgrunn som gir kantene for lav kontrast.',
    nn: 'Ikkje legg komponenten på ein eigen bakgrunn som gjev kantane for låg kontrast.',
    en: 'Do not place the component on a background of your own that leaves its borders with too little contrast.',
  },
};

export const reflow: ConformanceStatement = {
  how: {
    nb: 'Størrelsene er i rem, og innholdet brytes om i stedet for å bli bredere, så komponenten kan brukes i 320 px bredde uten at du må rulle sidelengs.',
    nn: 'Storleikane er i rem, og innhaldet bryt om i staden for å verte breiare, så komponenten kan brukast i 320 px breidd utan at du må rulle sidelengs.',
    en: 'Sizes are in rem and the content wraps instead of growing wider, so the component works 320 px wide without scrolling sideways.',
  },
  host: {
    nb: 'Ikke gi det som omgir komponenten fast bredde eller høyde.',
    nn: 'Ikkje gje det som omgjev komponenten fast breidd eller høgd.',
    en: 'Do not give whatever holds the component a fixed width or height.',
  },
};

export const resizeText: ConformanceStatement = {
  how: {
    nb: 'Tekst og avstander er satt i rem, så de følger tekststørrelsen i nettleseren, og ingen boks har fast høyde for teksten sin. Historietestene viser hver historie i 200 % zoom (et vindu på 1280 px lagt ut som 640 × 450 CSS-piksler) og feiler hvis noe da må rulles sidelengs.',
    nn: 'Tekst og avstandar er sette i rem, så dei følgjer tekststorleiken i nettlesaren, og ingen boks har fast høgd for teksten sin. Historietestane viser kvar historie i 200 % zoom (eit vindauge på 1280 px lagt ut som 640 × 450 CSS-pikslar) og feilar om noko då må rullast sidelengs.',
    en: "Text and spacing are set in rem, so they follow the browser's text size, and no box has a fixed height for its text. The story tests show every story at 200 % zoom (a 1280 px window laid out as 640 × 450 CSS px) and fail if anything then has to be scrolled sideways.",
  },
  host: {
    nb: 'Ikke sett tekststørrelser i px eller faste høyder rundt komponenten, og ikke hindre zoom (ingen maximum-scale eller user-scalable=no i viewport-taggen).',
    nn: 'Ikkje set tekststorleikar i px eller faste høgder rundt komponenten, og ikkje hindre zoom (ingen maximum-scale eller user-scalable=no i viewport-taggen).',
    en: 'Do not set font sizes in px or fixed heights around the component, and do not block zoom (no maximum-scale or user-scalable=no in the viewport tag).',
  },
};

export const textSpacing: ConformanceStatement = {
  how: {
    nb: 'Boksene vokser med teksten i stedet for å kutte den. Historietestene legger avstanden WCAG krever (linjehøyde 1,5, avsnittsavstand 2, bokstavavstand 0,12 og ordavstand 0,16) på hver historie og feiler hvis en boks da kutter teksten sin.',
    nn: 'Boksane veks med teksten i staden for å kutte han. Historietestane legg avstanden WCAG krev (linjehøgd 1,5, avsnittsavstand 2, bokstavavstand 0,12 og ordavstand 0,16) på kvar historie og feilar om ein boks då kuttar teksten sin.',
    en: 'Boxes grow with their text instead of cutting it off. The story tests apply the spacing WCAG asks for (line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16) to every story and fail if a box then cuts its text off.',
  },
  host: {
    nb: 'Ikke gi det som omgir komponenten fast høyde eller overflow: hidden, og ikke overstyr linjehøyden med !important.',
    nn: 'Ikkje gje det som omgjev komponenten fast høgd eller overflow: hidden, og ikkje overstyr linjehøgda med !important.',
    en: 'Do not give whatever holds the component a fixed height or overflow: hidden, and do not override its line height with !important.',
  },
};

export const nativeControl: ConformanceStatement = {
  how: {
    nb: 'Komponenten bygger på det innebygde HTML-elementet, så rolle, navn og tilstand kommer fra nettleseren og når skjermleseren. Testene finner den på rolle og navn.',
    nn: 'Komponenten byggjer på det innebygde HTML-elementet, så rolle, namn og tilstand kjem frå nettlesaren og når skjermlesaren. Testane finn han på rolle og namn.',
    en: 'The component is built on the native HTML element, so role, name and state come from the browser and reach the screen reader. The tests find it by role and name.',
  },
  host: {
    nb: 'Gi den et navn som sier hva den gjør, og ikke legg ARIA-roller oppå.',
    nn: 'Gje han eit namn som seier kva han gjer, og ikkje legg ARIA-roller oppå.',
    en: 'Give it a name that says what it does, and do not add ARIA roles on top.',
  },
};

export const keyboard: ConformanceStatement = {
  how: {
    nb: 'Alt kan gjøres med tastaturet alene: Tab flytter dit, Enter eller mellomrom bruker kontrollen. Testen bruker bare tastaturet.',
    nn: 'Alt kan gjerast med tastaturet åleine: Tab flyttar dit, Enter eller mellomrom brukar kontrollen. Testen brukar berre tastaturet.',
    en: 'Everything can be done with the keyboard alone: Tab moves there, Enter or Space uses the control. The test uses the keyboard only.',
  },
  host: {
    nb: 'Ikke legg til handlinger som bare virker med mus eller berøring.',
    nn: 'Ikkje legg til handlingar som berre verkar med mus eller berøring.',
    en: 'Do not add actions that work only with a mouse or touch.',
  },
};

export const fieldLabel: ConformanceStatement = {
  how: {
    nb: 'Feltet har en synlig ledetekst som er koblet til kontrollen, og hjelpeteksten er koblet med aria-describedby. Om feltet er påkrevd eller valgfritt, står det i teksten, ikke bare som en stjerne.',
    nn: 'Feltet har ein synleg leietekst som er kopla til kontrollen, og hjelpeteksten er kopla med aria-describedby. Om feltet er påkravd eller valfritt, står det i teksten, ikkje berre som ei stjerne.',
    en: 'The field has a visible label tied to its control, and its hint is tied with aria-describedby. Whether it is required or optional is said in words, not only with an asterisk.',
  },
  host: {
    nb: 'Skriv en ledetekst som sier hva som skal fylles inn, og forklar formatet i hjelpeteksten når det er et krav.',
    nn: 'Skriv ein leietekst som seier kva som skal fyllast inn, og forklar formatet i hjelpeteksten når det er eit krav.',
    en: 'Write a label that says what to fill in, and explain the format in the hint when there is one.',
  },
};

export const fieldError: ConformanceStatement = {
  how: {
    nb: 'En feil står som tekst ved feltet, med et ikon, ikke bare i rødt, og skjermleseren hører «Feil:» foran. Kontrollen får aria-invalid og er koblet til meldingen, så den blir lest opp sammen med feltet.',
    nn: 'Ein feil står som tekst ved feltet, med eit ikon, ikkje berre i raudt, og skjermlesaren høyrer «Feil:» framfor. Kontrollen får aria-invalid og er kopla til meldinga, så ho vert lesen opp saman med feltet.',
    en: 'An error is shown as text by the field, with an icon, not only in red, and screen readers hear "Error:" before it. The control gets aria-invalid and is tied to the message, so it is read out with the field.',
  },
  host: {
    nb: 'Skriv feilmeldinger som sier hva som er galt og hvordan det rettes, og valider på serveren også.',
    nn: 'Skriv feilmeldingar som seier kva som er gale og korleis det kan rettast, og valider på tenaren òg.',
    en: 'Write error messages that say what is wrong and how to fix it, and validate on the server too.',
  },
};

export const contentLanguage: ConformanceStatement = {
  how: {
    nb: 'Innhold i et annet språk enn siden får lang-attributtet sitt, så skjermleseren uttaler det riktig. Innhold i sidens språk får ikke noe ekstra lang.',
    nn: 'Innhald på eit anna språk enn sida får lang-attributtet sitt, så skjermlesaren uttaler det rett. Innhald på språket til sida får ikkje noko ekstra lang.',
    en: "Content in a language other than the page's gets its lang attribute, so the screen reader pronounces it right. Content in the page's language gets no extra lang.",
  },
  host: {
    nb: 'Oppgi språket på innholdet du sender inn, og sett lang på html-elementet for hele siden.',
    nn: 'Oppgje språket på innhaldet du sender inn, og set lang på html-elementet for heile sida.',
    en: 'Give the language of the content you pass in, and set lang on the html element for the whole page.',
  },
};

export const decorativeHidden: ConformanceStatement = {
  how: {
    nb: 'Grafikk som bare pynter, er skjult for skjermlesere. Grafikk som betyr noe, har en tekst ved siden av eller et tekstalternativ.',
    nn: 'Grafikk som berre pyntar, er gøymd for skjermlesarar. Grafikk som tyder noko, har ein tekst ved sida av eller eit tekstalternativ.',
    en: 'Graphics that only decorate are hidden from screen readers. Graphics that carry meaning have text beside them or a text alternative.',
  },
  host: {
    nb: 'Skriv alternativ tekst til bilder du sender inn, eller merk dem som pynt.',
    nn: 'Skriv alternativ tekst til bilete du sender inn, eller merk dei som pynt.',
    en: 'Write alternative text for images you pass in, or mark them as decorative.',
  },
};

export const politeStatus: ConformanceStatement = {
  how: {
    nb: 'Endringer du ikke har fokus på, leses opp gjennom en høflig statusregion, uten at fokus flyttes.',
    nn: 'Endringar du ikkje har fokus på, vert lesne opp gjennom ein høfleg statusregion, utan at fokus vert flytta.',
    en: 'Changes away from your focus are read out through a polite status region, without moving focus.',
  },
  host: {
    nb: 'Ikke legg inn egne live-regioner som sier det samme en gang til.',
    nn: 'Ikkje legg inn eigne live-regionar som seier det same ein gong til.',
    en: 'Do not add live regions of your own that say the same thing again.',
  },
};

export const targetSize: ConformanceStatement = {
  how: {
    nb: 'Klikkflaten er minst 24 × 24 CSS-piksler (knapper er 44 px høye, den minste 32 px), og det er luft mellom kontrollene.',
    nn: 'Klikkflata er minst 24 × 24 CSS-pikslar (knappar er 44 px høge, den minste 32 px), og det er luft mellom kontrollane.',
    en: 'The target is at least 24 by 24 CSS pixels (buttons are 44 px tall, the smallest 32 px), with space between controls.',
  },
  host: {
    nb: 'Ikke krymp kontrollene med egen CSS, og ikke sett dem tett inntil andre klikkflater.',
    nn: 'Ikkje krymp kontrollane med eigen CSS, og ikkje set dei tett inntil andre klikkflater.',
    en: 'Do not shrink the controls with your own CSS, and do not crowd them against other targets.',
  },
};

export const headingStructure: ConformanceStatement = {
  how: {
    nb: 'Overskriften er et ekte overskriftselement, og du velger nivået, så komponenten passer inn i overskriftsstrukturen på siden din.',
    nn: 'Overskrifta er eit ekte overskriftselement, og du vel nivået, så komponenten passar inn i overskriftsstrukturen på sida di.',
    en: 'Its heading is a real heading element and you choose the level, so the component fits the heading outline of your page.',
  },
  host: {
    nb: 'Velg et overskriftsnivå som passer under overskriften komponenten står under.',
    nn: 'Vel eit overskriftsnivå som passar under overskrifta komponenten står under.',
    en: 'Choose a heading level that fits below the heading the component sits under.',
  },
};

/** The host's part when the component does it all. */
export const nothingMore: TextTriple = [
  'Ingenting utover å bruke komponenten slik den er dokumentert.',
  'Ingenting utover å bruke komponenten slik han er dokumentert.',
  'Nothing beyond using the component as documented.',
];
