import type { SamskapLocale } from '@samskap/i18n';

// The portal's own words: what an agency writes for its site, as opposed to the components'
// built-in strings, which come from @samskap/i18n. Bokmål, nynorsk and English, each by hand.

export interface PortalCopy {
  siteName: string;
  tagline: string;
  nav: { home: string; cases: string; articles: string; events: string; tips: string };
  home: {
    title: string;
    intro: string;
    featured: string;
    allCases: string;
    events: string;
    allEvents: string;
    articles: string;
    allArticles: string;
    /** Shown after a sign-up without scripts that the server could not take. */
  };
  cases: { title: string; intro: string };
  articles: { title: string; intro: string };
  events: { title: string; intro: string };
  tips: { title: string; intro: string };
  cookies: { purposes: string[] };
  casePage: {
    breadcrumbsHome: string;
    commentsSent: string;
  };
  theme: {
    legend: string;
    apply: string;
    default: string;
    agency: string;
    dark: string;
  };
  footer: { about: string };
  accessibility: { title: string; body: string[] };
  privacy: { title: string; body: string[] };
  notFound: { title: string; body: string; back: string };
  errors: {
    titlePrefix: string;
    rateLimited: string;
    unknownParent: string;
    registrationClosed: string;
    tooManyForms: string;
  };
}

export const copy: Record<SamskapLocale, PortalCopy> = {
  nb: {
    siteName: 'Innovasjonsportalen',
    tagline: 'Nye løsninger fra offentlig sektor. Si hva du mener.',
    nav: {
      home: 'Forside',
      cases: 'Alle prosjektene',
      articles: 'Artikler',
      events: 'Arrangementer',
      tips: 'Tips oss',
    },
    home: {
      title: 'Innovasjonsportalen',
      intro:
        'Her finner du innovasjonsprosjekter fra offentlig sektor, og du kan si din mening om dem.',
      featured: 'Utvalgte prosjekter',
      allCases: 'Se alle prosjektene',
      events: 'Kommende arrangementer',
      allEvents: 'Se alle arrangementene',
      articles: 'Siste artikler',
      allArticles: 'Se alle artiklene',
    },
    cases: {
      title: 'Alle prosjektene',
      intro: 'Søk i prosjektene, eller snevre inn listen med filtrene.',
    },
    articles: {
      title: 'Artikler',
      intro:
        'Intervjuer, erfaringer og metoder fra dem som lager nye tjenester i offentlig sektor.',
    },
    events: {
      title: 'Arrangementer',
      intro:
        'Konferanser, frokostmøter og webinarer. Meld deg på her, og legg arrangementet i kalenderen din.',
    },
    tips: {
      title: 'Si fra til oss',
      intro:
        'Har du en idé, eller ser du noe som ikke fungerer? Fortell oss om det. Du kan være anonym.',
    },
    cookies: {
      purposes: [
        'Statistikk over hvilke sider som blir brukt (ikke i bruk i denne demonstrasjonen)',
      ],
    },
    casePage: {
      breadcrumbsHome: 'Forside',
      commentsSent: 'Takk! Kommentaren din vises når den er godkjent.',
    },
    theme: {
      legend: 'Utseende',
      apply: 'Bruk utseendet',
      default: 'Standard (følger innstillingen din)',
      agency: 'Kommunens farger',
      dark: 'Mørkt',
    },
    footer: {
      about: 'En demonstrasjon av designsystemet Samskap. Prosjektene er oppdiktet.',
    },
    accessibility: {
      title: 'Tilgjengelighetserklæring',
      body: [
        'Vi vil at alle skal kunne bruke Innovasjonsportalen, også med skjermleser, bare tastatur, forstørring eller uten JavaScript.',
        'Nettstedet skal oppfylle kravene i WCAG 2.2 på nivå AA. Vi tester hver side automatisk med axe på bokmål, nynorsk og engelsk, i lyst og mørkt utseende, og vi går gjennom skjemaene med bare tastatur.',
        'Finner du noe som ikke virker for deg, vil vi gjerne høre om det. Vi svarer innen ti virkedager.',
      ],
    },
    privacy: {
      title: 'Personvern',
      body: [
        'Når du skriver en kommentar, lagrer vi navnet, e-postadressen og teksten din. Navnet og teksten vises når kommentaren er godkjent. E-postadressen vises aldri.',
        'Vi setter én informasjonskapsel som kjenner igjen nettleseren din, slik at du ser din egen kommentar mens den venter på godkjenning, én som husker utseendet du har valgt, og én som husker svaret ditt om informasjonskapsler.',
        'Når du melder deg på et arrangement, lagrer vi navnet, e-postadressen og det du skriver om mat og tilrettelegging, og sletter det etter arrangementet. Et tips lagrer vi med vedleggene. Sender du det anonymt, lagrer vi ikke navn, e-postadresse eller noe som kjenner igjen nettleseren din.',
        'Utkastet til en kommentar lagres bare i nettleseren din. Du kan be oss slette alt vi har om deg.',
      ],
    },
    notFound: {
      title: 'Fant ikke siden',
      body: 'Adressen kan være feil, eller siden kan være flyttet.',
      back: 'Gå til forsiden',
    },
    errors: {
      titlePrefix: 'Feil:',
      rateLimited: 'Du har sendt mange kommentarer på kort tid. Vent et minutt og prøv igjen.',
      unknownParent: 'Kommentaren du svarer på, finnes ikke lenger.',
      registrationClosed: 'Påmeldingen til dette arrangementet er stengt.',
      tooManyForms: 'Du har sendt mange skjemaer på kort tid. Vent et minutt og prøv igjen.',
    },
  },
  nn: {
    siteName: 'Innovasjonsportalen',
    tagline: 'Nye løysingar frå offentleg sektor. Sei kva du meiner.',
    nav: {
      home: 'Framside',
      cases: 'Alle prosjekta',
      articles: 'Artiklar',
      events: 'Arrangement',
      tips: 'Tips oss',
    },
    home: {
      title: 'Innovasjonsportalen',
      intro:
        'Her finn du innovasjonsprosjekt frå offentleg sektor, og du kan seie kva du meiner om dei.',
      featured: 'Utvalde prosjekt',
      allCases: 'Sjå alle prosjekta',
      events: 'Kommande arrangement',
      allEvents: 'Sjå alle arrangementa',
      articles: 'Siste artiklar',
      allArticles: 'Sjå alle artiklane',
    },
    cases: {
      title: 'Alle prosjekta',
      intro: 'Søk i prosjekta, eller avgrens lista med filtra.',
    },
    articles: {
      title: 'Artiklar',
      intro: 'Intervju, erfaringar og metodar frå dei som lagar nye tenester i offentleg sektor.',
    },
    events: {
      title: 'Arrangement',
      intro:
        'Konferansar, frukostmøte og webinar. Meld deg på her, og legg arrangementet i kalenderen din.',
    },
    tips: {
      title: 'Sei frå til oss',
      intro:
        'Har du ein idé, eller ser du noko som ikkje fungerer? Fortel oss om det. Du kan vere anonym.',
    },
    cookies: {
      purposes: [
        'Statistikk over kva sider som vert brukte (ikkje i bruk i denne demonstrasjonen)',
      ],
    },
    casePage: {
      breadcrumbsHome: 'Framside',
      commentsSent: 'Takk! Kommentaren din vert vist når han er godkjend.',
    },
    theme: {
      legend: 'Utsjånad',
      apply: 'Bruk utsjånaden',
      default: 'Standard (følgjer innstillinga di)',
      agency: 'Fargane til kommunen',
      dark: 'Mørk',
    },
    footer: {
      about: 'Ei demonstrasjon av designsystemet Samskap. Prosjekta er dikta opp.',
    },
    accessibility: {
      title: 'Tilgjengeerklæring',
      body: [
        'Vi vil at alle skal kunne bruke Innovasjonsportalen, også med skjermlesar, berre tastatur, forstørring eller utan JavaScript.',
        'Nettstaden skal oppfylle krava i WCAG 2.2 på nivå AA. Vi testar kvar side automatisk med axe på bokmål, nynorsk og engelsk, i lys og mørk utsjånad, og vi går gjennom skjemaa med berre tastatur.',
        'Finn du noko som ikkje verkar for deg, vil vi gjerne høyre om det. Vi svarar innan ti arbeidsdagar.',
      ],
    },
    privacy: {
      title: 'Personvern',
      body: [
        'Når du skriv ein kommentar, lagrar vi namnet, e-postadressa og teksten din. Namnet og teksten vert viste når kommentaren er godkjend. E-postadressa vert aldri vist.',
        'Vi set ein informasjonskapsel som kjenner att nettlesaren din, slik at du ser din eigen kommentar medan han ventar på godkjenning, ein som hugsar utsjånaden du har valt, og ein som hugsar svaret ditt om informasjonskapslar.',
        'Når du melder deg på eit arrangement, lagrar vi namnet, e-postadressa og det du skriv om mat og tilrettelegging, og slettar det etter arrangementet. Eit tips lagrar vi med vedlegga. Sender du det anonymt, lagrar vi ikkje namn, e-postadresse eller noko som kjenner att nettlesaren din.',
        'Utkastet til ein kommentar vert berre lagra i nettlesaren din. Du kan be oss slette alt vi har om deg.',
      ],
    },
    notFound: {
      title: 'Fann ikkje sida',
      body: 'Adressa kan vere feil, eller sida kan vere flytta.',
      back: 'Gå til framsida',
    },
    errors: {
      titlePrefix: 'Feil:',
      rateLimited: 'Du har sendt mange kommentarar på kort tid. Vent eit minutt og prøv igjen.',
      unknownParent: 'Kommentaren du svarar på, finst ikkje lenger.',
      registrationClosed: 'Påmeldinga til dette arrangementet er stengd.',
      tooManyForms: 'Du har sendt mange skjema på kort tid. Vent eit minutt og prøv igjen.',
    },
  },
  en: {
    siteName: 'The innovation portal',
    tagline: 'New solutions from the public sector. Tell us what you think.',
    nav: {
      home: 'Home',
      cases: 'All projects',
      articles: 'Articles',
      events: 'Events',
      tips: 'Tell us',
    },
    home: {
      title: 'The innovation portal',
      intro:
        'Find innovation projects from the public sector here, and tell us what you think of them.',
      featured: 'Featured projects',
      allCases: 'See all projects',
      events: 'Upcoming events',
      allEvents: 'See all events',
      articles: 'Latest articles',
      allArticles: 'See all articles',
    },
    cases: {
      title: 'All projects',
      intro: 'Search the projects, or narrow the list down with the filters.',
    },
    articles: {
      title: 'Articles',
      intro:
        'Interviews, lessons learned and methods from the people who build new public services.',
    },
    events: {
      title: 'Events',
      intro:
        'Conferences, breakfast meetings and webinars. Register here, and add the event to your calendar.',
    },
    tips: {
      title: 'Tell us',
      intro:
        'Do you have an idea, or have you seen something that does not work? Tell us about it. You can stay anonymous.',
    },
    cookies: {
      purposes: ['Statistics on which pages are used (not in use in this demonstration)'],
    },
    casePage: {
      breadcrumbsHome: 'Home',
      commentsSent: 'Thank you! Your comment will appear once it has been approved.',
    },
    theme: {
      legend: 'Appearance',
      apply: 'Use this appearance',
      default: 'Standard (follows your setting)',
      agency: "The municipality's colours",
      dark: 'Dark',
    },
    footer: {
      about: 'A demonstration of the Samskap design system. The projects are made up.',
    },
    accessibility: {
      title: 'Accessibility statement',
      body: [
        'We want everyone to be able to use the innovation portal, including with a screen reader, a keyboard alone, magnification or without JavaScript.',
        'The site aims to meet WCAG 2.2 level AA. Every page is tested automatically with axe in Norwegian Bokmål, Norwegian Nynorsk and English, in light and dark appearance, and we go through the forms using only a keyboard.',
        'If something does not work for you, please tell us. We reply within ten working days.',
      ],
    },
    privacy: {
      title: 'Privacy',
      body: [
        'When you write a comment, we store your name, your email address and your text. Your name and text are shown once the comment is approved. Your email address is never shown.',
        'We set one cookie that recognises your browser, so that you can see your own comment while it waits for approval, one that remembers the appearance you chose, and one that remembers your answer about cookies.',
        'When you register for an event, we store your name, your email address and what you tell us about food and access needs, and delete them after the event. A tip is stored with its attachments. If you send it anonymously, we store no name, no email address and nothing that recognises your browser.',
        'The draft of a comment is only kept in your browser. You can ask us to delete everything we hold about you.',
      ],
    },
    notFound: {
      title: 'Page not found',
      body: 'The address may be wrong, or the page may have moved.',
      back: 'Go to the home page',
    },
    errors: {
      titlePrefix: 'Error:',
      rateLimited: 'You have sent a lot of comments in a short time. Wait a minute and try again.',
      unknownParent: 'The comment you are replying to no longer exists.',
      registrationClosed: 'Registration for this event has closed.',
      tooManyForms: 'You have sent a lot of forms in a short time. Wait a minute and try again.',
    },
  },
};
