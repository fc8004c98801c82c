/**
 * The WCAG 2.2 success criteria at levels A and AA, and 4.1.1 Parsing, which WCAG 2.2 removed
 * but the Norwegian regulations (forskrift om universell utforming av IKT-løsninger) still name,
 * because they point to WCAG 2.1. Since 1 February 2023 the regulations require 47 of the 50
 * WCAG 2.1 A and AA criteria: all of them except 1.2.3, 1.2.4 and 1.2.5. The six criteria new
 * in WCAG 2.2 are listed too (Samskap aims at 2.2 AA), marked as not required in Norway yet.
 *
 * The titles are our own short renderings in bokmål, nynorsk and English, for people reading
 * an accessibility statement; the number is what an auditor matches on.
 */

/** A text in each of Samskap's languages. */
export interface ConformanceText {
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

export type WcagLevel = 'A' | 'AA';

export interface WcagCriterion {
  /** The success criterion's number, e.g. `1.4.3`. */
  readonly id: string;
  readonly level: WcagLevel;
  readonly title: ConformanceText;
  /** Whether the Norwegian regulations require it of public bodies' websites and apps. */
  readonly norway: boolean;
  /** The WCAG version that added it. */
  readonly since: '2.0' | '2.1' | '2.2';
  /** WCAG 2.2 removed 4.1.1 Parsing; the regulations, which cite 2.1, still list it. */
  readonly removedIn22?: true;
}

const c = <const I extends string>(
  id: I,
  level: WcagLevel,
  since: WcagCriterion['since'],
  nb: string,
  nn: string,
  en: string,
  extra: { norway?: boolean; removedIn22?: true } = {},
) =>
  ({
    id,
    level,
    since,
    title: { nb, nn, en },
    norway: extra.norway ?? since !== '2.2',
    ...(extra.removedIn22 ? { removedIn22: true as const } : {}),
  }) satisfies WcagCriterion;

/** Every criterion a conformance record may name, in WCAG order. */
export const wcagCriteria = [
  c('1.1.1', 'A', '2.0', 'Ikke-tekstlig innhold', 'Ikkje-tekstleg innhald', 'Non-text content'),
  c(
    '1.2.1',
    'A',
    '2.0',
    'Bare lyd og bare video (forhåndsinnspilt)',
    'Berre lyd og berre video (førehandsinnspelt)',
    'Audio-only and video-only (prerecorded)',
  ),
  c(
    '1.2.2',
    'A',
    '2.0',
    'Teksting (forhåndsinnspilt)',
    'Teksting (førehandsinnspelt)',
    'Captions (prerecorded)',
  ),
  c(
    '1.2.3',
    'A',
    '2.0',
    'Synstolking eller mediealternativ (forhåndsinnspilt)',
    'Synstolking eller mediealternativ (førehandsinnspelt)',
    'Audio description or media alternative (prerecorded)',
    { norway: false },
  ),
  c('1.2.4', 'AA', '2.0', 'Teksting (direkte)', 'Teksting (direkte)', 'Captions (live)', {
    norway: false,
  }),
  c(
    '1.2.5',
    'AA',
    '2.0',
    'Synstolking (forhåndsinnspilt)',
    'Synstolking (førehandsinnspelt)',
    'Audio description (prerecorded)',
    { norway: false },
  ),
  c(
    '1.3.1',
    'A',
    '2.0',
    'Informasjon og relasjoner',
    'Informasjon og relasjonar',
    'Info and relationships',
  ),
  c(
    '1.3.2',
    'A',
    '2.0',
    'Meningsfylt rekkefølge',
    'Meiningsfull rekkjefølgje',
    'Meaningful sequence',
  ),
  c(
    '1.3.3',
    'A',
    '2.0',
    'Sensoriske egenskaper',
    'Sensoriske eigenskapar',
    'Sensory characteristics',
  ),
  c('1.3.4', 'AA', '2.1', 'Visningsretning', 'Visingsretning', 'Orientation'),
  c(
    '1.3.5',
    'AA',
    '2.1',
    'Identifiser formål med inndata',
    'Identifiser føremålet med inndata',
    'Identify input purpose',
  ),
  c('1.4.1', 'A', '2.0', 'Bruk av farge', 'Bruk av farge', 'Use of color'),
  c('1.4.2', 'A', '2.0', 'Styring av lyd', 'Styring av lyd', 'Audio control'),
  c('1.4.3', 'AA', '2.0', 'Kontrast (minimum)', 'Kontrast (minimum)', 'Contrast (minimum)'),
  c('1.4.4', 'AA', '2.0', 'Endring av tekststørrelse', 'Endring av tekststorleik', 'Resize text'),
  c('1.4.5', 'AA', '2.0', 'Bilder av tekst', 'Bilete av tekst', 'Images of text'),
  c('1.4.10', 'AA', '2.1', 'Dynamisk tilpasning', 'Dynamisk tilpassing', 'Reflow'),
  c(
    '1.4.11',
    'AA',
    '2.1',
    'Kontrast for ikke-tekstlig innhold',
    'Kontrast for ikkje-tekstleg innhald',
    'Non-text contrast',
  ),
  c('1.4.12', 'AA', '2.1', 'Tekstavstand', 'Tekstavstand', 'Text spacing'),
  c(
    '1.4.13',
    'AA',
    '2.1',
    'Innhold ved pekerfokus eller tastaturfokus',
    'Innhald ved peikarfokus eller tastaturfokus',
    'Content on hover or focus',
  ),
  c('2.1.1', 'A', '2.0', 'Tastatur', 'Tastatur', 'Keyboard'),
  c('2.1.2', 'A', '2.0', 'Ingen tastaturfelle', 'Inga tastaturfelle', 'No keyboard trap'),
  c(
    '2.1.4',
    'A',
    '2.1',
    'Hurtigtaster med ett tegn',
    'Snøggtastar med eitt teikn',
    'Character key shortcuts',
  ),
  c(
    '2.2.1',
    'A',
    '2.0',
    'Justerbar tidsbegrensning',
    'Justerbar tidsavgrensing',
    'Timing adjustable',
  ),
  c('2.2.2', 'A', '2.0', 'Pause, stopp, skjul', 'Pause, stopp, skjul', 'Pause, stop, hide'),
  c(
    '2.3.1',
    'A',
    '2.0',
    'Ikke mer enn tre glimt',
    'Ikkje meir enn tre glimt',
    'Three flashes or below threshold',
  ),
  c('2.4.1', 'A', '2.0', 'Hoppe over blokker', 'Hoppe over blokker', 'Bypass blocks'),
  c('2.4.2', 'A', '2.0', 'Sidetitler', 'Sidetitlar', 'Page titled'),
  c('2.4.3', 'A', '2.0', 'Fokusrekkefølge', 'Fokusrekkjefølgje', 'Focus order'),
  c(
    '2.4.4',
    'A',
    '2.0',
    'Formål med lenker (i kontekst)',
    'Føremålet med lenkjer (i samanhengen)',
    'Link purpose (in context)',
  ),
  c('2.4.5', 'AA', '2.0', 'Flere måter', 'Fleire måtar', 'Multiple ways'),
  c(
    '2.4.6',
    'AA',
    '2.0',
    'Overskrifter og ledetekster',
    'Overskrifter og leietekstar',
    'Headings and labels',
  ),
  c('2.4.7', 'AA', '2.0', 'Synlig fokus', 'Synleg fokus', 'Focus visible'),
  c(
    '2.4.11',
    'AA',
    '2.2',
    'Fokus ikke skjult (minimum)',
    'Fokus ikkje skjult (minimum)',
    'Focus not obscured (minimum)',
  ),
  c('2.5.1', 'A', '2.1', 'Pekerbevegelser', 'Peikarrørsler', 'Pointer gestures'),
  c('2.5.2', 'A', '2.1', 'Avbryte pekerhandling', 'Avbryte peikarhandling', 'Pointer cancellation'),
  c('2.5.3', 'A', '2.1', 'Ledetekst i navn', 'Leietekst i namn', 'Label in name'),
  c('2.5.4', 'A', '2.1', 'Bevegelsesaktivering', 'Rørsleaktivering', 'Motion actuation'),
  c('2.5.7', 'AA', '2.2', 'Drabevegelser', 'Dragerørsler', 'Dragging movements'),
  c(
    '2.5.8',
    'AA',
    '2.2',
    'Størrelse på klikkflater (minimum)',
    'Storleik på klikkflater (minimum)',
    'Target size (minimum)',
  ),
  c('3.1.1', 'A', '2.0', 'Språk på siden', 'Språk på sida', 'Language of page'),
  c(
    '3.1.2',
    'AA',
    '2.0',
    'Språk på deler av innholdet',
    'Språk på delar av innhaldet',
    'Language of parts',
  ),
  c('3.2.1', 'A', '2.0', 'Fokus', 'Fokus', 'On focus'),
  c('3.2.2', 'A', '2.0', 'Inndata', 'Inndata', 'On input'),
  c(
    '3.2.3',
    'AA',
    '2.0',
    'Konsekvent navigering',
    'Konsekvent navigering',
    'Consistent navigation',
  ),
  c(
    '3.2.4',
    'AA',
    '2.0',
    'Konsekvent identifikasjon',
    'Konsekvent identifikasjon',
    'Consistent identification',
  ),
  c('3.2.6', 'A', '2.2', 'Konsekvent hjelp', 'Konsekvent hjelp', 'Consistent help'),
  c(
    '3.3.1',
    'A',
    '2.0',
    'Identifikasjon av feil',
    'Identifikasjon av feil',
    'Error identification',
  ),
  c(
    '3.3.2',
    'A',
    '2.0',
    'Ledetekster eller instruksjoner',
    'Leietekstar eller instruksjonar',
    'Labels or instructions',
  ),
  c('3.3.3', 'AA', '2.0', 'Forslag ved feil', 'Forslag ved feil', 'Error suggestion'),
  c(
    '3.3.4',
    'AA',
    '2.0',
    'Forhindring av feil (juridiske, økonomiske og data)',
    'Hindring av feil (juridiske, økonomiske og data)',
    'Error prevention (legal, financial, data)',
  ),
  c(
    '3.3.7',
    'A',
    '2.2',
    'Unødvendig gjentatt inntasting',
    'Unødvendig gjenteken inntasting',
    'Redundant entry',
  ),
  c(
    '3.3.8',
    'AA',
    '2.2',
    'Tilgjengelig autentisering (minimum)',
    'Tilgjengeleg autentisering (minimum)',
    'Accessible authentication (minimum)',
  ),
  c('4.1.1', 'A', '2.0', 'Parsing (oppdeling)', 'Parsing (oppdeling)', 'Parsing', {
    removedIn22: true,
  }),
  c('4.1.2', 'A', '2.0', 'Navn, rolle, verdi', 'Namn, rolle, verdi', 'Name, role, value'),
  c('4.1.3', 'AA', '2.1', 'Statusbeskjeder', 'Statusmeldingar', 'Status messages'),
] as const;

/** The number of a criterion in {@link wcagCriteria}; a record can name no other. */
export type CriterionId = (typeof wcagCriteria)[number]['id'];

/** The criteria the Norwegian regulations require (47 of them). */
export const norwegianCriteria: readonly WcagCriterion[] = wcagCriteria.filter((k) => k.norway);
