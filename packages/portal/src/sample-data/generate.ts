import {
  type InnovationCase,
  innovationStages,
  knownSectors,
  levelsOfGovernment,
} from '../cases/types.js';
import { sampleCases } from './cases.js';

/** A small seeded random number generator (mulberry32), so generated lists are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countries = ['NO', 'SE', 'DK', 'FI', 'IS', 'EE', 'NL', 'DE', 'GB', 'IE', 'FR', 'CA', 'NZ'];
const languages = ['nb', 'nn', 'en'];
const words = {
  nb: [
    'kommune',
    'høyskole',
    'tjeneste',
    'innbyggere',
    'skole',
    'helse',
    'buss',
    'bolig',
    'søknad',
  ],
  nn: [
    'kommune',
    'høgskule',
    'teneste',
    'innbyggjarar',
    'skule',
    'helse',
    'buss',
    'bustad',
    'søknad',
  ],
  en: ['council', 'college', 'service', 'residents', 'school', 'health', 'bus', 'housing', 'form'],
};

/**
 * Makes `count` varied cases from the sample cases, for benchmarks and long-list stories.
 * The same `seed` gives the same list.
 */
export function generateCases(count: number, seed = 1): InnovationCase[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: InnovationCase[] = [];
  for (let i = 0; i < count; i++) {
    const base = sampleCases[i % sampleCases.length] as InnovationCase;
    const language = pick(languages) as keyof typeof words;
    const vocab = words[language];
    const extra = `${pick(vocab)} ${pick(vocab)} ${i}`;
    const n = 1 + Math.floor(rnd() * 3);
    const picked = new Set<string>();
    while (picked.size < n) picked.add(pick(countries));
    out.push({
      ...base,
      id: `${base.id}-${i}`,
      title: `${base.title} (${extra})`,
      summary: `${base.summary} ${pick(vocab)} ${pick(vocab)}.`,
      href: `${base.href}-${i}`,
      countries: [...picked],
      levelOfGovernment: pick(levelsOfGovernment),
      sector: pick(knownSectors),
      yearLaunched: 2005 + Math.floor(rnd() * 22),
      stage: pick(innovationStages),
      tags: [pick(vocab), pick(vocab), ...base.tags.slice(0, 1)],
      language,
    });
  }
  return out;
}
