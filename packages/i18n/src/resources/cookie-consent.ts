import { defineStrings } from './define.js';

// Accept and reject name the same thing, so that neither reads as the "right" answer.
export const cookieConsent = defineStrings({
  nb: {
    heading: 'Informasjonskapsler',
    necessary: 'Vi bruker noen nødvendige informasjonskapsler for at nettstedet skal virke.',
    optional:
      'Vi vil også gjerne bruke informasjonskapsler til analyse, for å forstå hvordan du bruker nettstedet og gjøre det bedre. Det gjør vi bare hvis du sier ja.',
    purposes: 'Disse valgfrie informasjonskapslene brukes til:',
    accept: 'Godta analysekapsler',
    reject: 'Avvis analysekapsler',
    later: 'Bestem senere',
    readMore: 'Les mer om informasjonskapsler',
    accepted: 'Du har godtatt analysekapsler.',
    rejected: 'Du har avvist analysekapsler.',
    changeLater:
      'Du kan endre valget ditt når som helst under innstillinger for informasjonskapsler nederst på siden.',
    hide: 'Skjul meldingen',
  },
  nn: {
    heading: 'Informasjonskapslar',
    necessary: 'Vi bruker nokre nødvendige informasjonskapslar for at nettstaden skal verke.',
    optional:
      'Vi vil òg gjerne bruke informasjonskapslar til analyse, for å forstå korleis du bruker nettstaden og gjere han betre. Det gjer vi berre om du seier ja.',
    purposes: 'Desse valfrie informasjonskapslane vert brukte til:',
    accept: 'Godta analysekapslar',
    reject: 'Avvis analysekapslar',
    later: 'Bestem seinare',
    readMore: 'Les meir om informasjonskapslar',
    accepted: 'Du har godteke analysekapslar.',
    rejected: 'Du har avvist analysekapslar.',
    changeLater:
      'Du kan endre valet ditt når som helst under innstillingar for informasjonskapslar nedst på sida.',
    hide: 'Gøym meldinga',
  },
  en: {
    heading: 'Cookies',
    necessary: 'We use some essential cookies to make this website work.',
    optional:
      'We would also like to use analytics cookies to understand how you use the website and make it better. We only do this if you say yes.',
    purposes: 'These optional cookies are used for:',
    accept: 'Accept analytics cookies',
    reject: 'Reject analytics cookies',
    later: 'Decide later',
    readMore: 'Read more about cookies',
    accepted: 'You have accepted analytics cookies.',
    rejected: 'You have rejected analytics cookies.',
    changeLater:
      'You can change your choice at any time under cookie settings at the bottom of the page.',
    hide: 'Hide this message',
  },
});
