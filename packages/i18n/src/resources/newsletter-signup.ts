import { defineStrings } from './define.js';

export const newsletterSignup = defineStrings({
  nb: {
    heading: 'Få nyhetsbrevet vårt',
    intro: 'Vi sender deg en e-post når vi har nytt å fortelle.',
    email: 'E-postadresse',
    topics: 'Hva vil du høre om?',
    topicsDescription: 'Velg alle som passer. Velger du ingen, får du alt.',
    consent: 'Ja, jeg vil få nyhetsbrevet på e-post',
    consentDescription:
      'Vi lagrer e-postadressen din og emnene du velger, bare for å sende deg nyhetsbrevet. Du kan melde deg av når du vil, med lenken nederst i hver e-post.',
    submit: 'Meld meg på',
    honeypot: 'Ikke fyll ut dette feltet',
    errors: {
      emailRequired: 'Skriv e-postadressen din',
      emailInvalid: 'Skriv e-postadressen i riktig format, som navn@eksempel.no',
      consentRequired: 'Kryss av hvis du vil få nyhetsbrevet',
    },
    failedTitle: 'Vi fikk ikke meldt deg på',
    failedBody: 'Det du skrev, står fortsatt i skjemaet. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    trapped: 'Vi fikk ikke meldt deg på. Prøv igjen senere, eller ta kontakt med oss.',
    sentHeading: 'Sjekk innboksen din',
    sent: 'Vi har sendt en e-post til {{email}}.',
    sentConfirm:
      'Klikk på lenken i e-posten for å bekrefte. Du får ikke nyhetsbrevet før du har bekreftet.',
  },
  nn: {
    heading: 'Få nyheitsbrevet vårt',
    intro: 'Vi sender deg ein e-post når vi har noko nytt å fortelje.',
    email: 'E-postadresse',
    topics: 'Kva vil du høyre om?',
    topicsDescription: 'Vel alle som passar. Vel du ingen, får du alt.',
    consent: 'Ja, eg vil få nyheitsbrevet på e-post',
    consentDescription:
      'Vi lagrar e-postadressa di og emna du vel, berre for å sende deg nyheitsbrevet. Du kan melde deg av når du vil, med lenka nedst i kvar e-post.',
    submit: 'Meld meg på',
    honeypot: 'Ikkje fyll ut dette feltet',
    errors: {
      emailRequired: 'Skriv e-postadressa di',
      emailInvalid: 'Skriv e-postadressa i rett format, som namn@døme.no',
      consentRequired: 'Kryss av viss du vil få nyheitsbrevet',
    },
    failedTitle: 'Vi fekk ikkje meldt deg på',
    failedBody: 'Det du skreiv, står framleis i skjemaet. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    trapped: 'Vi fekk ikkje meldt deg på. Prøv igjen seinare, eller ta kontakt med oss.',
    sentHeading: 'Sjå i innboksen din',
    sent: 'Vi har sendt ein e-post til {{email}}.',
    sentConfirm:
      'Klikk på lenka i e-posten for å stadfeste. Du får ikkje nyheitsbrevet før du har stadfesta.',
  },
  en: {
    heading: 'Get our newsletter',
    intro: 'We email you when we have news to share.',
    email: 'Email address',
    topics: 'What would you like to hear about?',
    topicsDescription: 'Choose all that apply. If you choose none, you get everything.',
    consent: 'Yes, I want to get the newsletter by email',
    consentDescription:
      'We store your email address and the topics you choose, only to send you the newsletter. You can unsubscribe at any time with the link at the bottom of every email.',
    submit: 'Sign me up',
    honeypot: 'Leave this field empty',
    errors: {
      emailRequired: 'Enter your email address',
      emailInvalid: 'Enter an email address in the correct format, like name@example.com',
      consentRequired: 'Tick the box if you want to get the newsletter',
    },
    failedTitle: 'We could not sign you up',
    failedBody: 'What you entered is still in the form. Try again in a moment.',
    retry: 'Try again',
    trapped: 'We could not sign you up. Try again later, or contact us.',
    sentHeading: 'Check your inbox',
    sent: 'We have sent an email to {{email}}.',
    sentConfirm:
      'Select the link in the email to confirm. You will not get the newsletter until you do.',
  },
});
