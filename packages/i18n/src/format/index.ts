import { primaryLanguage } from '../language/languageTag.js';
import { fallbackChainFor, getLocaleInfo, getLocalesVersion, type LocaleCode } from '../locales.js';
import { nnRegions, nnRelativeTime, nnWeekdays } from './nynorsk.js';

/** A point in time: a `Date`, milliseconds since the epoch, or an ISO 8601 string. */
export type DateInput = Date | number | string;

export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface RelativeTimeOptions {
  /** The moment to compare with. @default Date.now() */
  now?: DateInput;
  /** `auto` gives "i går" and "nå"; `always` gives "for 1 døgn siden". @default 'auto' */
  numeric?: 'auto' | 'always';
  /** @default 'long' */
  style?: 'long' | 'short' | 'narrow';
  /** Force a unit instead of picking the largest one that fits. */
  unit?: RelativeTimeUnit;
}

interface LocalesOf {
  supportedLocalesOf(locales: string | string[]): string[];
}

/**
 * The BCP 47 tags to hand to an Intl constructor for a locale: its own tag, then its fallback
 * chain's tags, keeping only those the engine has data for. `nynorsk` is true when the first
 * usable language along the chain is nynorsk but the engine has no nynorsk data, so bokmål
 * stands in and the formatter patches the words that differ.
 */
// Building Intl objects and asking which tags an engine supports costs about a millisecond a
// call; a thread of 1,000 comments formats 2,000 times. Both are cached, keyed by the locale
// registry's version so that a newly registered locale is seen.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  const full = `${getLocalesVersion()}|${key}`;
  if (cache.has(full)) return cache.get(full) as T;
  if (cache.size > 1000) cache.clear();
  const value = make();
  cache.set(full, value);
  return value;
}

function intl<T>(kind: string, tags: string[], options: object | undefined, make: () => T): T {
  return cached(`${kind}|${tags.join(',')}|${JSON.stringify(options ?? {})}`, make);
}

const ctorNames = new Map<LocalesOf, string>([
  [Intl.DateTimeFormat, 'dtf'],
  [Intl.RelativeTimeFormat, 'rtf'],
  [Intl.NumberFormat, 'nf'],
  [Intl.ListFormat, 'lf'],
  [Intl.DisplayNames, 'dn'],
]);

function tagsFor(locale: string, ctor: LocalesOf): { tags: string[]; nynorsk: boolean } {
  return cached(`tags|${ctorNames.get(ctor) ?? 'x'}|${locale}`, () => computeTagsFor(locale, ctor));
}

function computeTagsFor(locale: string, ctor: LocalesOf): { tags: string[]; nynorsk: boolean } {
  const candidates = [locale, ...fallbackChainFor(locale)].map((c) => getLocaleInfo(c).tag);
  const tags: string[] = [];
  let nynorsk: boolean | undefined;
  for (const tag of candidates) {
    let supported = false;
    try {
      supported = ctor.supportedLocalesOf(tag).length > 0;
    } catch {
      // A malformed tag from a registered locale: skip it rather than fail a render.
    }
    if (supported && !tags.includes(tag)) tags.push(tag);
    if (nynorsk === undefined && (supported || isNynorskTag(tag))) nynorsk = !supported;
  }
  if (tags.length === 0) tags.push('en-GB');
  return { tags, nynorsk: nynorsk === true };
}

function isNynorskTag(tag: string): boolean {
  return primaryLanguage(tag) === 'nn';
}

function toDate(value: DateInput): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function formatDateValue(
  value: DateInput,
  locale: LocaleCode,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = toDate(value);
  if (!date) return '';
  const { tags, nynorsk } = tagsFor(locale, Intl.DateTimeFormat);
  const format = intl('dtf', tags, options, () => new Intl.DateTimeFormat(tags, options));
  if (!nynorsk) return format.format(date);
  // Bokmål stands in for nynorsk here; only weekday names differ between the two.
  return format
    .formatToParts(date)
    .map((p) => (p.type === 'weekday' ? (nnWeekdays[p.value.toLowerCase()] ?? p.value) : p.value))
    .join('');
}

/**
 * A date in the locale's own words: "29. november 2026" (nb, nn), "29 November 2026" (en).
 * Returns an empty string for an invalid date rather than throwing in the middle of a render.
 */
export function formatDate(
  value: DateInput,
  locale: LocaleCode,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return formatDateValue(value, locale, options);
}

/** A date and time: "29. november 2026 kl. 14:05" (nb, nn), "29 November 2026 at 14:05" (en). */
export function formatDateTime(
  value: DateInput,
  locale: LocaleCode,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' },
): string {
  return formatDateValue(value, locale, options);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const unitMs: Record<RelativeTimeUnit, number> = {
  second: SECOND,
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
  week: 7 * DAY,
  month: 30.436875 * DAY,
  year: 365.2425 * DAY,
};

/** The largest unit that reads naturally: 50 minutes stays minutes, 23 hours stays hours. */
function pickUnit(ms: number): RelativeTimeUnit {
  const abs = Math.abs(ms);
  if (abs < 45 * SECOND) return 'second';
  if (abs < 45 * MINUTE) return 'minute';
  if (abs < 22 * HOUR) return 'hour';
  if (abs < 6.5 * DAY) return 'day';
  if (abs < 26 * DAY) return 'week';
  if (abs < 320 * DAY) return 'month';
  return 'year';
}

/**
 * How long ago or until: "for 3 timer siden" (nb), "for 3 timar sidan" (nn), "3 hours ago"
 * (en), "i går", "om 2 uker". Seconds under 45 read as "nå" / "no" / "now". The short style
 * abbreviates the unit in every language: "for 3 t siden", "for 3 t sidan", "3 hr ago".
 */
export function formatRelativeTime(
  value: DateInput,
  locale: LocaleCode,
  options: RelativeTimeOptions = {},
): string {
  const date = toDate(value);
  const now = toDate(options.now ?? Date.now());
  if (!date || !now) return '';
  const ms = date.getTime() - now.getTime();
  const unit = options.unit ?? pickUnit(ms);
  let amount = Math.round(ms / unitMs[unit]);
  if (unit === 'second' && !options.unit && options.numeric !== 'always') amount = 0;
  if (Object.is(amount, -0)) amount = 0;
  const numeric = options.numeric ?? 'auto';
  const style = options.style ?? 'long';
  const { tags, nynorsk } = tagsFor(locale, Intl.RelativeTimeFormat);
  // Nynorsk always takes Samskap's own words, engine data or not: engines that have nynorsk
  // data disagree with each other and with CLDR's own bokmål slips ("i forgårs" in the short
  // style), and a page rendered on a server must say what the browser says when it hydrates.
  if (nynorsk || isNynorskTag(tags[0] ?? '')) {
    return nnRelativeTime(amount, unit, numeric, (n) => formatNumber(n, locale), style);
  }
  const rtfOptions = { numeric, style } as const;
  return intl('rtf', tags, rtfOptions, () => new Intl.RelativeTimeFormat(tags, rtfOptions)).format(
    amount,
    unit,
  );
}

/** A number with the locale's separators: "1 234,5" (nb, nn), "1,234.5" (en). */
export function formatNumber(
  value: number | bigint,
  locale: LocaleCode,
  options?: Intl.NumberFormatOptions,
): string {
  const { tags } = tagsFor(locale, Intl.NumberFormat);
  return intl('nf', tags, options, () => new Intl.NumberFormat(tags, options)).format(value);
}

/** A list joined the locale's way: "a, b og c" (nb, nn), "a, b and c" (en). */
export function formatList(
  items: Iterable<string>,
  locale: LocaleCode,
  options?: Intl.ListFormatOptions,
): string {
  const { tags } = tagsFor(locale, Intl.ListFormat);
  // Nynorsk joins lists with the same words as bokmål ("og", "eller"). Some Chromium builds say
  // they support `nn` for lists but have no data for it and answer in English ("a, b, or c"), so
  // bokmål goes first for nynorsk rather than trusting the engine's claim.
  const listTags = isNynorskTag(tags[0] ?? '') ? ['nb', ...tags] : tags;
  return intl('lf', listTags, options, () => new Intl.ListFormat(listTags, options)).format([
    ...items,
  ]);
}

/**
 * A country's or region's name from its ISO 3166 code, in the locale: `displayCountry('NO',
 * 'nn')` gives "Noreg". An unknown or malformed code comes back unchanged.
 */
export function displayCountry(code: string, locale: LocaleCode): string {
  const region = String(code).trim().toUpperCase();
  if (!/^(?:[A-Z]{2}|\d{3})$/.test(region)) return code;
  // Each card names its country: the name is kept per locale and region.
  return cached(`country|${locale}|${region}`, () => countryName(region, locale)) ?? code;
}

function countryName(region: string, locale: LocaleCode): string | undefined {
  const { tags, nynorsk } = tagsFor(locale, Intl.DisplayNames);
  // Nynorsk takes Samskap's own names where they differ from bokmål, and bokmål's elsewhere,
  // engine data or not: engines that claim nynorsk do not all have its names (as with lists),
  // and a name must not change with the browser that renders it.
  const nn = nynorsk || isNynorskTag(tags[0] ?? '');
  if (nn && nnRegions[region]) return nnRegions[region];
  const dnTags = nn ? ['nb', ...tags] : tags;
  try {
    const dnOptions = { type: 'region', fallback: 'code' } as const;
    return intl('dn', dnTags, dnOptions, () => new Intl.DisplayNames(dnTags, dnOptions)).of(region);
  } catch {
    return undefined;
  }
}

/** The formatters with the locale filled in, as `useSamskapLocale()` gives them. */
export interface SamskapFormatters {
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string;
  formatRelativeTime(value: DateInput, options?: RelativeTimeOptions): string;
  formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string;
  formatList(items: Iterable<string>, options?: Intl.ListFormatOptions): string;
  displayCountry(code: string): string;
}

/** Binds every formatter to one locale (for a server render or a non-React caller). */
export function createFormatters(locale: LocaleCode): SamskapFormatters {
  return {
    formatDate: (value, options) => formatDate(value, locale, options),
    formatDateTime: (value, options) => formatDateTime(value, locale, options),
    formatRelativeTime: (value, options) => formatRelativeTime(value, locale, options),
    formatNumber: (value, options) => formatNumber(value, locale, options),
    formatList: (items, options) => formatList(items, locale, options),
    displayCountry: (code) => displayCountry(code, locale),
  };
}
