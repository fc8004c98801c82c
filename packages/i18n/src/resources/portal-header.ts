import { defineStrings } from './define.js';

// The phase names stay short: they sit in a tag before the sentence.
export const portalHeader = defineStrings({
  nb: {
    home: '{{siteName}}, forsiden',
    navigation: 'Hovedmeny',
    menu: 'Meny',
    phase: {
      alpha: 'Alfa',
      beta: 'Beta',
      pilot: 'Pilot',
    },
    phaseText: 'Dette er en ny tjeneste, og vi forbedrer den hele tiden.',
    phaseFeedback: 'Si hva du synes',
    phaseLabel: 'Om tjenesten',
  },
  nn: {
    home: '{{siteName}}, framsida',
    navigation: 'Hovudmeny',
    menu: 'Meny',
    phase: {
      alpha: 'Alfa',
      beta: 'Beta',
      pilot: 'Pilot',
    },
    phaseText: 'Dette er ei ny teneste, og vi gjer henne betre heile tida.',
    phaseFeedback: 'Sei kva du meiner',
    phaseLabel: 'Om tenesta',
  },
  en: {
    home: '{{siteName}}, home page',
    navigation: 'Main menu',
    menu: 'Menu',
    phase: {
      alpha: 'Alpha',
      beta: 'Beta',
      pilot: 'Pilot',
    },
    phaseText: 'This is a new service, and we are improving it all the time.',
    phaseFeedback: 'Tell us what you think',
    phaseLabel: 'About this service',
  },
});
