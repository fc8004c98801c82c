import { defineStrings } from './define.js';

/** Strings of TipForm ("Tips oss"). */
export const tips = defineStrings({
  nb: {
    form: {
      heading: 'Tips oss',
      intro: 'Har du en idé eller har du sett noe vi bør vite om? Fortell oss om det her.',
      message: 'Hva vil du fortelle oss?',
      messageDescription: 'Skriv så konkret du kan: hva, hvor og når.',
      contact: 'Hvordan kan vi kontakte deg?',
      contactDescription: 'Vi bruker det bare hvis vi har spørsmål om tipset.',
      anonymous: 'Send tipset anonymt',
      anonymousDescription:
        'Vi får ikke vite hvem du er, og vi kan ikke svare deg eller spørre om mer. Ikke skriv noe i tipset som viser hvem du er.',
      name: 'Navn',
      email: 'E-post',
      attachments: 'Vedlegg',
      attachmentsDescription_one: '{{types}}. Høyst {{count}} fil på {{size}}.',
      attachmentsDescription_other: '{{types}}. Høyst {{count}} filer på {{size}} hver.',
      privacy: 'Vi behandler tipset og det du forteller om deg selv etter personopplysningsloven.',
      privacyLink: 'Les hvordan vi behandler personopplysninger',
      submit: 'Send tipset',
      honeypot: 'Ikke fyll ut dette feltet',
      errors: {
        messageRequired: 'Skriv hva du vil fortelle oss',
        messageTooLong: 'Tipset kan ha høyst {{max}} tegn. Nå har det {{length}}.',
        emailInvalid: 'Skriv e-postadressen i riktig format, som navn@eksempel.no',
        tooMany_one: 'Du kan legge ved høyst {{count}} fil. Fjern en fil.',
        tooMany_other: 'Du kan legge ved høyst {{count}} filer. Fjern en eller flere filer.',
        tooLarge: '{{name}} er større enn {{size}}. Velg en mindre fil.',
        wrongType: '{{name}} er av en type vi ikke tar imot. Velg en fil av typen {{types}}.',
      },
      failedTitle: 'Tipset ble ikke sendt',
      failedBody:
        'Vi fikk ikke kontakt med tjenesten. Teksten og vedleggene dine er ikke borte, de står fortsatt i skjemaet. Prøv igjen om litt.',
      retry: 'Prøv igjen',
      trapped:
        'Tipset ble ikke sendt. Teksten din står fortsatt i skjemaet. Prøv igjen senere, eller ta kontakt med oss hvis det skjer igjen.',
      receiptHeading: 'Takk for tipset!',
      receipt:
        'Referansenummeret ditt er {{reference}}. Oppgi det hvis du kontakter oss om tipset.',
      receiptAnonymous: 'Vi har fått tipset. Siden du sendte anonymt, kan vi ikke svare deg.',
      draftRestored:
        'Vi fant et utkast du ikke har sendt, og har fylt det inn. Vedlegg blir ikke lagret i utkast.',
      discardDraft: 'Slett utkastet',
      draftDiscarded: 'Utkastet er slettet.',
    },
  },
  nn: {
    form: {
      heading: 'Tips oss',
      intro: 'Har du ein idé, eller har du sett noko vi bør vite om? Fortel oss om det her.',
      message: 'Kva vil du fortelje oss?',
      messageDescription: 'Skriv så konkret du kan: kva, kvar og når.',
      contact: 'Korleis kan vi kontakte deg?',
      contactDescription: 'Vi brukar det berre om vi har spørsmål om tipset.',
      anonymous: 'Send tipset anonymt',
      anonymousDescription:
        'Vi får ikkje vite kven du er, og vi kan ikkje svare deg eller spørje om meir. Ikkje skriv noko i tipset som viser kven du er.',
      name: 'Namn',
      email: 'E-post',
      attachments: 'Vedlegg',
      attachmentsDescription_one: '{{types}}. Høgst {{count}} fil på {{size}}.',
      attachmentsDescription_other: '{{types}}. Høgst {{count}} filer på {{size}} kvar.',
      privacy: 'Vi behandlar tipset og det du fortel om deg sjølv etter personopplysningslova.',
      privacyLink: 'Les korleis vi behandlar personopplysningar',
      submit: 'Send tipset',
      honeypot: 'Ikkje fyll ut dette feltet',
      errors: {
        messageRequired: 'Skriv kva du vil fortelje oss',
        messageTooLong: 'Tipset kan ha høgst {{max}} teikn. No har det {{length}}.',
        emailInvalid: 'Skriv e-postadressa i rett format, som namn@døme.no',
        tooMany_one: 'Du kan leggje ved høgst {{count}} fil. Fjern ei fil.',
        tooMany_other: 'Du kan leggje ved høgst {{count}} filer. Fjern ei eller fleire filer.',
        tooLarge: '{{name}} er større enn {{size}}. Vel ei mindre fil.',
        wrongType: '{{name}} er av ein type vi ikkje tek imot. Vel ei fil av typen {{types}}.',
      },
      failedTitle: 'Tipset vart ikkje sendt',
      failedBody:
        'Vi fekk ikkje kontakt med tenesta. Teksten og vedlegga dine er ikkje borte, dei står framleis i skjemaet. Prøv igjen om litt.',
      retry: 'Prøv igjen',
      trapped:
        'Tipset vart ikkje sendt. Teksten din står framleis i skjemaet. Prøv igjen seinare, eller ta kontakt med oss om det skjer igjen.',
      receiptHeading: 'Takk for tipset!',
      receipt: 'Referansenummeret ditt er {{reference}}. Oppgi det om du kontaktar oss om tipset.',
      receiptAnonymous: 'Vi har fått tipset. Sidan du sende anonymt, kan vi ikkje svare deg.',
      draftRestored:
        'Vi fann eit utkast du ikkje har sendt, og har fylt det inn. Vedlegg vert ikkje lagra i utkast.',
      discardDraft: 'Slett utkastet',
      draftDiscarded: 'Utkastet er sletta.',
    },
  },
  en: {
    form: {
      heading: 'Send us a tip',
      intro: 'Do you have an idea, or have you seen something we should know about? Tell us here.',
      message: 'What would you like to tell us?',
      messageDescription: 'Be as specific as you can: what, where and when.',
      contact: 'How can we contact you?',
      contactDescription: 'We only use this if we have questions about your tip.',
      anonymous: 'Send the tip anonymously',
      anonymousDescription:
        'We will not know who you are, and we cannot reply or ask you anything more. Do not write anything in the tip that shows who you are.',
      name: 'Name',
      email: 'Email',
      attachments: 'Attachments',
      attachmentsDescription_one: '{{types}}. At most {{count}} file of {{size}}.',
      attachmentsDescription_other: '{{types}}. At most {{count}} files of {{size}} each.',
      privacy: 'We handle your tip and what you tell us about yourself under data protection law.',
      privacyLink: 'Read how we handle personal data',
      submit: 'Send tip',
      honeypot: 'Leave this field empty',
      errors: {
        messageRequired: 'Enter what you would like to tell us',
        messageTooLong: 'Your tip can be at most {{max}} characters. It has {{length}} now.',
        emailInvalid: 'Enter an email address in the correct format, like name@example.com',
        tooMany_one: 'You can attach at most {{count}} file. Remove a file.',
        tooMany_other: 'You can attach at most {{count}} files. Remove one or more files.',
        tooLarge: '{{name}} is larger than {{size}}. Choose a smaller file.',
        wrongType: '{{name}} is a type of file we cannot accept. Choose a {{types}} file.',
      },
      failedTitle: 'Your tip was not sent',
      failedBody:
        'We could not reach the service. Your text and attachments are not lost, they are still in the form. Try again in a moment.',
      retry: 'Try again',
      trapped:
        'Your tip was not sent. Your text is still in the form. Try again later, or contact us if it happens again.',
      receiptHeading: 'Thank you for your tip!',
      receipt: 'Your reference number is {{reference}}. Quote it if you contact us about the tip.',
      receiptAnonymous:
        'We have received your tip. As you sent it anonymously, we cannot reply to you.',
      draftRestored:
        'We found a draft you had not sent and filled it in. Attachments are not kept in drafts.',
      discardDraft: 'Delete draft',
      draftDiscarded: 'The draft has been deleted.',
    },
  },
});
