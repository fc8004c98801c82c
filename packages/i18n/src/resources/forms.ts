import { defineStrings } from './define.js';

// What every form says about a send, in general words. Each portal form passes its own words
// over these; a host's own form on `useForm` gets these unless it does the same.
export const forms = defineStrings({
  nb: {
    trapped:
      'Skjemaet ble ikke sendt. Det du skrev, står fortsatt i skjemaet. Prøv igjen senere, eller ta kontakt med oss.',
    failedTitle: 'Skjemaet ble ikke sendt',
    failedBody: 'Det du skrev, står fortsatt i skjemaet. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    draftRestored: 'Vi fant et utkast du ikke har sendt, og har fylt det inn.',
    discardDraft: 'Slett utkastet',
    draftDiscarded: 'Utkastet er slettet.',
    consent: 'Ja, dere kan lagre det jeg sender inn',
    consentDescription: 'Vi bruker det bare til det skjemaet er for.',
    honeypot: 'Ikke fyll ut dette feltet',
    submit: 'Send',
  },
  nn: {
    trapped:
      'Skjemaet vart ikkje sendt. Det du skreiv, står framleis i skjemaet. Prøv igjen seinare, eller ta kontakt med oss.',
    failedTitle: 'Skjemaet vart ikkje sendt',
    failedBody: 'Det du skreiv, står framleis i skjemaet. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    draftRestored: 'Vi fann eit utkast du ikkje har sendt, og har fylt det inn.',
    discardDraft: 'Slett utkastet',
    draftDiscarded: 'Utkastet er sletta.',
    consent: 'Ja, de kan lagre det eg sender inn',
    consentDescription: 'Vi bruker det berre til det skjemaet er for.',
    honeypot: 'Ikkje fyll ut dette feltet',
    submit: 'Send',
  },
  en: {
    trapped:
      'The form was not sent. What you entered is still in the form. Try again later, or contact us.',
    failedTitle: 'The form was not sent',
    failedBody: 'What you entered is still in the form. Try again in a moment.',
    retry: 'Try again',
    draftRestored: 'We found a draft you had not sent and filled it in.',
    discardDraft: 'Delete draft',
    draftDiscarded: 'The draft has been deleted.',
    consent: 'Yes, you may store what I send',
    consentDescription: 'We use it only for what this form is for.',
    honeypot: 'Leave this field empty',
    submit: 'Send',
  },
});
