// Checks that hold strings to the writing guide (docs/writing.md). Pure functions over one
// string at a time, so the test can run them over every area in resources, and a new area is
// covered the day it is registered. They run on Samskap's own strings, never on user input.

import { type NotNynorsk, notNynorsk } from './not-nynorsk.js';
import {
  type Term,
  terminology,
  terminologyExceptions,
  type WritingLocale,
} from './terminology.js';

/** One thing a string does against the guide, said so that a writer knows what to change. */
export interface WritingProblem {
  locale: WritingLocale;
  key: string;
  text: string;
  message: string;
}

/**
 * A whole word or phrase in any case; `#` stands for a number or a `{{placeholder}}`.
 * Letters, digits and hyphens join words: "post" is not found in "e-post" or "postadresse".
 */
export function phrasePattern(phrase: string): RegExp {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split('#').map(literal).join('(?:\\{\\{0*\\}\\}|\\d+)'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'iu');
}

const patterns = new Map<string, RegExp>();

/**
 * The first place a phrase stands in a text, as the text has it. Placeholders are masked first
 * (same length, no letters) so that a placeholder's name is never read as a word.
 */
function find(phrase: string, text: string): string | undefined {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    pattern = phrasePattern(phrase);
    patterns.set(phrase, pattern);
  }
  const masked = text.replace(/\{\{[^}]*\}\}/g, (m) => `{{${'0'.repeat(m.length - 4)}}}`);
  const match = pattern.exec(masked);
  return match ? text.slice(match.index, match.index + match[0].length) : undefined;
}

const quote = (s: string) => `"${s}"`;

/** Words for an idea that the terminology table says this language does not use. */
export function checkTerminology(
  locale: WritingLocale,
  key: string,
  text: string,
  terms: readonly Term[] = terminology,
): WritingProblem[] {
  const problems: WritingProblem[] = [];
  for (const term of terms) {
    for (const avoid of term[locale].avoid ?? []) {
      const found = find(avoid, text);
      if (!found) continue;
      const excepted = terminologyExceptions.some(
        (e) => e.locale === locale && e.key === key && e.term === term.id,
      );
      if (excepted) continue;
      problems.push({
        locale,
        key,
        text,
        message:
          `${quote(found)} is a second word for the idea "${term.id}" (${term.idea}). ` +
          `Write ${quote(term[locale].use)}, the one word ${locale} uses for it ` +
          '(terminology table in docs/writing.md, packages/i18n/src/writing/terminology.ts).',
      });
    }
  }
  return problems;
}

/** Forms that are not nynorsk, or not the nynorsk Samskap writes. */
export function checkNynorsk(
  key: string,
  text: string,
  forms: readonly NotNynorsk[] = notNynorsk,
): WritingProblem[] {
  const problems: WritingProblem[] = [];
  for (const entry of forms) {
    const found = find(entry.form, text);
    if (!found) continue;
    problems.push({
      locale: 'nn',
      key,
      text,
      message:
        `${quote(found)} does not belong in Samskap's nynorsk: ${entry.why ?? 'it is bokmål'}. ` +
        `Write ${quote(entry.write)} (packages/i18n/src/writing/not-nynorsk.ts).`,
    });
  }
  return problems;
}

interface PunctuationRule {
  locales: readonly WritingLocale[];
  pattern: RegExp;
  message: string;
  /** The string with the fault mended, where that is mechanical. */
  fix?: (text: string) => string;
}

const punctuationRules: readonly PunctuationRule[] = [
  {
    locales: ['en'],
    pattern: /\s(?:…|\.\.\.)/u,
    message: 'English puts no space before an ellipsis (the space is a Norwegian convention)',
    fix: (t) => t.replace(/\s+(…|\.\.\.)/gu, '$1'),
  },
  {
    locales: ['en'],
    pattern: /\s[?!:;]/u,
    message: 'English puts no space before "?", "!", ":" or ";"',
    fix: (t) => t.replace(/\s+([?!:;])/gu, '$1'),
  },
  {
    locales: ['en'],
    pattern: /[«»„‚]/u,
    message: 'English quotes with “ ” (and ‘ ’ inside them), not « » or „ “',
  },
  {
    locales: ['en'],
    pattern: /\d[\s\u00a0]%/u,
    message: 'English writes a percentage without a space: "50%"',
    fix: (t) => t.replace(/(\d)[\s\u00a0]%/gu, '$1%'),
  },
  {
    locales: ['nb', 'nn'],
    pattern: /["“”]/u,
    message: 'Norwegian quotes with « » (and ‘ ’ inside them), not " or “ ”',
  },
  {
    locales: ['nb', 'nn', 'en'],
    pattern: /\.\.\./u,
    message: 'Write the ellipsis as one character, "…", not three full stops',
    fix: (t) => t.replace(/\.\.\./g, '…'),
  },
  {
    locales: ['nb', 'nn', 'en'],
    pattern: /^\s|\s$|[^\S\n]{2,}/u,
    message: 'No space at the start or end of a string, and never two in a row',
    fix: (t) => t.trim().replace(/[^\S\n]{2,}/gu, ' '),
  },
];

/** Punctuation habits that belong to another language, and stray spaces. */
export function checkPunctuation(
  locale: WritingLocale,
  key: string,
  text: string,
): WritingProblem[] {
  const problems: WritingProblem[] = [];
  for (const rule of punctuationRules) {
    if (!rule.locales.includes(locale) || !rule.pattern.test(text)) continue;
    const fixed = rule.fix?.(text);
    problems.push({
      locale,
      key,
      text,
      message: fixed ? `${rule.message}. Write ${quote(fixed)}.` : `${rule.message}.`,
    });
  }
  return problems;
}

/** Every check for one string in one locale. */
export function checkString(locale: WritingLocale, key: string, text: string): WritingProblem[] {
  return [
    ...checkTerminology(locale, key, text),
    ...(locale === 'nn' ? checkNynorsk(key, text) : []),
    ...checkPunctuation(locale, key, text),
  ];
}

/** A problem as one line of a test failure: where, what it says, and what to do. */
export function formatProblem(p: WritingProblem): string {
  return `${p.locale}:${p.key} = ${quote(p.text)}\n    ${p.message}`;
}
