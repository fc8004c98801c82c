import { availableLocales, defaultLocale, type LocaleCode } from './locales.js';

// Old and alternative codes readers' browsers and servers send for the languages we know.
// `no` is the macrolanguage most browsers send for Norwegian; its written standard is bokmål.
const aliases: Record<string, string> = {
  no: 'nb',
  nob: 'nb',
  nno: 'nn',
  nor: 'nb',
  sme: 'se',
  eng: 'en',
};

// When a reader asks for one written form of Norwegian that is not offered, the other is a far
// better answer than the default's language or English.
const norwegian = ['nb', 'nn'];

interface Weighted {
  tag: string;
  q: number;
  index: number;
}

function parse(requested: unknown): Weighted[] {
  let items: unknown[];
  if (typeof requested === 'string') items = requested.split(',');
  else if (Array.isArray(requested)) items = requested;
  else if (requested && typeof requested === 'object' && Symbol.iterator in requested) {
    items = [...(requested as Iterable<unknown>)];
  } else return [];
  const out: Weighted[] = [];
  items.slice(0, 64).forEach((item, index) => {
    if (typeof item !== 'string') return;
    const [rawTag = '', ...params] = item.split(';');
    const tag = rawTag.trim().replace(/_/g, '-').toLowerCase();
    if (!/^(?:[a-z]{1,8}(?:-[a-z0-9]{1,8})*|\*)$/.test(tag)) return;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=(.*)$/i.exec(param);
      if (m) q = /^\s*[0-9.]+\s*$/.test(m[1] ?? '') ? Number(m[1]) : Number.NaN;
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    out.push({ tag, q, index });
  });
  // Stable: equal weights keep the reader's order.
  return out.sort((a, b) => b.q - a.q || a.index - b.index);
}

/**
 * Picks the best locale for a reader from what their browser or server says they read.
 *
 * `requested` is `navigator.languages`, an `Accept-Language` header (`"nn-NO,nn;q=0.9,en;q=0.5"`),
 * or one tag. `supported` defaults to the shipped locales plus every registered one.
 *
 * `no`, `nb-NO`, `no-NO` give `nb`; `nn-NO` gives `nn`; `en-US` gives `en`; `se` gives `se` when
 * it is supported and the default otherwise. Anything unknown or malformed gives the default
 * (`nb` when supported, else the first supported locale). It never throws.
 */
export function negotiateLocale(
  requested: string | readonly string[] | null | undefined,
  supported: readonly string[] = availableLocales(),
): LocaleCode {
  const offered = Array.isArray(supported)
    ? supported.filter((s): s is string => typeof s === 'string' && s !== '')
    : [];
  const fallback = offered.includes(defaultLocale) ? defaultLocale : (offered[0] ?? defaultLocale);
  const lower = offered.map((s) => s.toLowerCase());
  const find = (code: string): string | undefined => {
    const i = lower.indexOf(code);
    return i === -1 ? undefined : offered[i];
  };
  let norwegianFallback: string | undefined;
  for (const { tag } of parse(requested)) {
    if (tag === '*') continue;
    const exact = find(tag);
    if (exact) return exact;
    const primary = tag.split('-')[0] ?? '';
    const base = Object.hasOwn(aliases, primary) ? (aliases[primary] as string) : primary;
    const match = find(base);
    if (match) return match;
    if (norwegian.includes(base) && !norwegianFallback) {
      norwegianFallback = norwegian.map(find).find((c) => c !== undefined);
    }
  }
  return norwegianFallback ?? fallback;
}
