import { warnOnce } from '@samskap/react';
import {
  type CaseImage,
  type InnovationCase,
  type InnovationStage,
  innovationStages,
  type KnownSector,
  knownSectors,
  type LevelOfGovernment,
  levelsOfGovernment,
} from './types.js';

/**
 * The limits Samskap applies to case data and case filters. They are exported so that a host's
 * server can apply the same ones to what it reads from a URL or a CMS.
 */
export const caseLimits = Object.freeze({
  /**
   * The earliest launch year that counts. A year outside `yearMin`..`yearMax` (a typo such as
   * `20199`, a timestamp in the wrong field) is ignored: it is not shown, not filtered on, and
   * not offered in the year filter, which therefore never lists more than 201 years.
   */
  yearMin: 1900,
  /** The latest launch year that counts. */
  yearMax: 2100,
  /** Values per list filter (countries, levels, sectors, stages, tags) read from a URL. */
  filterValues: 50,
  /** Characters of the free-text query kept; the rest is dropped. */
  queryLength: 200,
  /** Words of the free-text query searched for; each word is one pass over a case's text. */
  queryTerms: 10,
});

/** A whole year within `caseLimits`. */
export function isCaseYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= caseLimits.yearMin &&
    value <= caseLimits.yearMax
  );
}

// Lookups by a value from data go through Sets, never through an object's keys, so `constructor`
// or `__proto__` cannot reach Object.prototype.
const stageSet: ReadonlySet<string> = new Set(innovationStages);
const levelSet: ReadonlySet<string> = new Set(levelsOfGovernment);
const sectorSet: ReadonlySet<string> = new Set(knownSectors);

/** Whether a value from data is one of the six stages. */
export function isInnovationStage(value: unknown): value is InnovationStage {
  return typeof value === 'string' && stageSet.has(value);
}

/** Whether a value from data is one of the levels of government. */
export function isLevelOfGovernment(value: unknown): value is LevelOfGovernment {
  return typeof value === 'string' && levelSet.has(value);
}

/** Whether a value from data is a sector Samskap has translated names for. */
export function isKnownSector(value: unknown): value is KnownSector {
  return typeof value === 'string' && sectorSet.has(value);
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
const optionalText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

function year(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v;
  return isCaseYear(n) ? n : undefined;
}

function image(v: unknown): CaseImage | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { src, alt } = v as Record<string, unknown>;
  if (typeof src !== 'string' || src.trim() === '') return undefined;
  // A missing alt text makes the image decorative rather than announcing its file name.
  return { src, alt: typeof alt === 'string' ? alt : '' };
}

/** Whether a record already has the shape `normalizeCase` would give it. */
function isWellFormed(c: Record<string, unknown>): boolean {
  const listOk = (v: unknown) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
  return (
    typeof c.id === 'string' &&
    c.id !== '' &&
    typeof c.title === 'string' &&
    typeof c.summary === 'string' &&
    typeof c.href === 'string' &&
    typeof c.organisation === 'string' &&
    listOk(c.countries) &&
    listOk(c.tags) &&
    (c.stage === undefined || isInnovationStage(c.stage)) &&
    (c.levelOfGovernment === undefined || isLevelOfGovernment(c.levelOfGovernment)) &&
    (c.sector === undefined || optionalText(c.sector) !== undefined) &&
    (c.yearLaunched === undefined || isCaseYear(c.yearLaunched)) &&
    typeof c.language === 'string' &&
    (c.image === undefined ||
      (typeof c.image === 'object' &&
        c.image !== null &&
        typeof (c.image as CaseImage).src === 'string' &&
        typeof (c.image as CaseImage).alt === 'string')) &&
    (c.availableLocales === undefined || listOk(c.availableLocales)) &&
    (c.updatedAt === undefined || typeof c.updatedAt === 'string')
  );
}

// Cases are plain objects a list keeps between renders; each is checked once.
const normalized = new WeakMap<object, InnovationCase>();

/**
 * A case record from a CMS or an API in the shape the components rely on, or `undefined` for
 * something that is not a record at all (`null`, a string). A well-formed record comes back as
 * the same object. In a malformed one, text fields that are not text become empty (a number
 * becomes its digits), lists that are not lists become empty and lose their non-text entries,
 * and an unknown stage, level of government or implausible year (see `caseLimits`) is left out.
 * It warns once per case in development, and never throws.
 *
 * `CaseCard`, `CaseList` and `filterCases` call it on every case they get.
 */
export function normalizeCase(value: unknown): InnovationCase | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const cached = normalized.get(value);
  if (cached) return cached;
  const c = value as Record<string, unknown>;
  if (isWellFormed(c)) {
    normalized.set(value, value as InnovationCase);
    return value as InnovationCase;
  }
  const out: InnovationCase = {
    id: text(c.id),
    title: text(c.title),
    summary: text(c.summary),
    href: typeof c.href === 'string' ? c.href : '',
    organisation: text(c.organisation),
    countries: strings(c.countries),
    tags: strings(c.tags),
    language: typeof c.language === 'string' ? c.language.trim() : '',
  };
  const img = image(c.image);
  if (img) out.image = img;
  if (isLevelOfGovernment(c.levelOfGovernment)) out.levelOfGovernment = c.levelOfGovernment;
  if (isInnovationStage(c.stage)) out.stage = c.stage;
  const sector = optionalText(c.sector);
  if (sector !== undefined) out.sector = sector;
  const launched = year(c.yearLaunched);
  if (launched !== undefined) out.yearLaunched = launched;
  if (Array.isArray(c.availableLocales)) out.availableLocales = strings(c.availableLocales);
  if (typeof c.updatedAt === 'string') out.updatedAt = c.updatedAt;
  warnOnce(
    `case-shape:${out.id}`,
    `Samskap: the case ${JSON.stringify(out.id)} is malformed (a missing or wrongly typed field, an unknown stage or level, or a year outside ${caseLimits.yearMin}-${caseLimits.yearMax}); it is shown with those fields left out.`,
  );
  normalized.set(value, out);
  normalized.set(out, out);
  return out;
}

/**
 * Every usable case of a list, through `normalizeCase`: what is not a record is dropped, a
 * case without an id gets one from its position, and a repeated id keeps its first case (as
 * `buildCommentTree` does with comments), so a list never has two items with one key.
 * Returns the same array when nothing had to change.
 */
export function normalizeCases(values: unknown): InnovationCase[] {
  if (!Array.isArray(values)) {
    if (values !== undefined && values !== null) {
      warnOnce('cases-not-array', 'Samskap: the cases given are not an array; none is shown.');
    }
    return [];
  }
  let out: InnovationCase[] | undefined;
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    let c = normalizeCase(values[i]);
    if (c && c.id === '') c = { ...c, id: `#${i}` };
    const keep = c !== undefined && !seen.has(c.id);
    if (c && keep) seen.add(c.id);
    if (!keep) {
      warnOnce(
        `case-dropped:${c?.id ?? typeof values[i]}`,
        c
          ? `Samskap: the id ${JSON.stringify(c.id)} is used by more than one case; only the first is shown.`
          : `Samskap: a case in the list is ${values[i] === null ? 'null' : `a ${typeof values[i]}`}, not a record; it is left out.`,
      );
    }
    if (out === undefined && (c !== values[i] || !keep)) out = values.slice(0, i);
    if (out !== undefined && c && keep) out.push(c);
  }
  return out ?? (values as InnovationCase[]);
}
