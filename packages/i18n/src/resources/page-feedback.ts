import { defineStrings } from './define.js';

export const pageFeedback = defineStrings({
  nb: {
    question: 'Var denne siden nyttig?',
    yes: 'Ja',
    no: 'Nei',
    thanks: 'Takk for svaret ditt!',
    moreYes: 'Vil du fortelle oss mer?',
    moreNo: 'Hva kan vi gjøre bedre?',
    privacy:
      'Ikke skriv personopplysninger, som navn, telefonnummer eller fødselsnummer. Vi kan ikke svare på det du skriver her.',
    send: 'Send',
    sent: 'Takk! Vi har fått kommentaren din.',
    failed: 'Vi fikk ikke sendt svaret. Prøv igjen.',
    failedBody: 'Kommentaren din står fortsatt i feltet.',
    retry: 'Prøv igjen',
  },
  nn: {
    question: 'Var denne sida nyttig?',
    yes: 'Ja',
    no: 'Nei',
    thanks: 'Takk for svaret ditt!',
    moreYes: 'Vil du fortelje oss meir?',
    moreNo: 'Kva kan vi gjere betre?',
    privacy:
      'Ikkje skriv personopplysningar, som namn, telefonnummer eller fødselsnummer. Vi kan ikkje svare på det du skriv her.',
    send: 'Send',
    sent: 'Takk! Vi har fått kommentaren din.',
    failed: 'Vi fekk ikkje sendt svaret. Prøv igjen.',
    failedBody: 'Kommentaren din står framleis i feltet.',
    retry: 'Prøv igjen',
  },
  en: {
    question: 'Was this page useful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback!',
    moreYes: 'Would you like to tell us more?',
    moreNo: 'What could we do better?',
    privacy:
      'Do not include personal details, such as your name, phone number or national identity number. We cannot reply to what you write here.',
    send: 'Send',
    sent: 'Thank you! We have received your comment.',
    failed: 'We could not send your feedback. Please try again.',
    failedBody: 'Your comment is still in the box.',
    retry: 'Try again',
  },
});
