import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../locales.js';
import { type StringTree, stringLeaves } from '../resources/define.js';
import { resources } from '../resources/index.js';
import {
  checkNynorsk,
  checkPunctuation,
  type checkString,
  checkTerminology,
  formatProblem,
  phrasePattern,
} from './checks.js';
import { updateGuide, withoutTablePadding } from './guide.js';
import { notNynorsk } from './not-nynorsk.js';
import { terminology } from './terminology.js';

/** The problems over every string in every locale, one readable line each. */
function problemsIn(check: typeof checkString): string[] {
  return supportedLocales.flatMap((locale) =>
    [...stringLeaves(resources[locale] as unknown as StringTree)].flatMap(([key, text]) =>
      check(locale, key, text).map(formatProblem),
    ),
  );
}

// These run over every area registered in resources/index.ts, so a new area is held to the
// guide from its first commit. A failure names the key, the word, and what to write instead.
describe('every built-in string', () => {
  it('uses the one word the terminology table gives for each idea', () => {
    expect(problemsIn((l, k, t) => checkTerminology(l, k, t))).toEqual([]);
  });

  it('in nynorsk holds no bokmål and no form Samskap does not write', () => {
    expect(problemsIn((l, k, t) => (l === 'nn' ? checkNynorsk(k, t) : []))).toEqual([]);
  });

  it('has the punctuation of its own language and no stray spaces', () => {
    expect(problemsIn(checkPunctuation)).toEqual([]);
  });
});

describe('the checks', () => {
  it('catch a second word for "send" in English and in bokmål, naming the word and the term', () => {
    const [problem] = checkTerminology('en', 'comments.form.submit', 'Submit comment');
    expect(problem?.message).toMatch(
      /^"Submit" is a second word for the idea "send" .*Write "send, sent"/,
    );
    expect(checkTerminology('en', 'x', 'Your reply was posted.')).toHaveLength(1);
    expect(checkTerminology('nb', 'x', 'Kommentaren ble postet')).toHaveLength(1);
    expect(checkTerminology('en', 'x', 'Send comment')).toEqual([]);
  });

  it('catch "Forkast" and "obligatorisk" and leave "e-post" and "Postadresse" alone', () => {
    expect(checkTerminology('nb', 'x', 'Forkast utkastet')[0]?.message).toMatch(/"delete"/);
    expect(checkTerminology('nn', 'x', 'Feltet er obligatorisk')[0]?.message).toMatch(
      /"required".*"må fyllast ut"/,
    );
    expect(checkTerminology('en', 'x', 'Email address')).toEqual([]);
    expect(checkTerminology('nb', 'x', 'Postadresse og e-post')).toEqual([]);
  });

  it('catch nynorsk "att" written as "igjen" only where it means remaining', () => {
    expect(checkTerminology('nn', 'x', 'Du har {{count}} teikn igjen')).toHaveLength(1);
    expect(checkTerminology('nn', 'x', 'Vis fleire ({{remaining}} igjen)')).toHaveLength(1);
    expect(checkTerminology('nn', 'x', 'Prøv igjen')).toEqual([]);
    expect(checkTerminology('en', 'x', 'Show more ({{remaining}} left)')[0]?.message).toMatch(
      /^"\{\{remaining\}\} left" is a second word for the idea "remaining"/,
    );
    // A placeholder's name is not a word of the string.
    expect(checkTerminology('en', 'x', 'Reply from {{input}}')).toEqual([]);
  });

  it('catch "filtra", "opp til" and bokmål in nynorsk, saying what to write', () => {
    expect(checkNynorsk('x', 'Ingen saker passar til filtra')[0]?.message).toMatch(
      /^"filtra" does not belong in Samskap's nynorsk: the 2012 norm .*Write "filtera/,
    );
    expect(checkNynorsk('x', 'Du kan skrive opp til {{count}} teikn')[0]?.message).toMatch(
      /Write "opptil"/,
    );
    expect(checkNynorsk('x', 'Du har ikke valgt noen kommentarer').map((p) => p.message)).toEqual([
      expect.stringMatching(/^"ikke" does not belong .*it is bokmål. Write "ikkje"/),
      expect.stringMatching(/^"noen" does not belong/),
      expect.stringMatching(/^"valgt" does not belong/),
      expect.stringMatching(/^"kommentarer" does not belong/),
    ]);
    expect(checkNynorsk('x', 'Kommentaren blir vist')[0]?.message).toMatch(/verte.*"vert"/);
    expect(checkNynorsk('x', 'Du har ikkje valt nokon kommentarar')).toEqual([]);
    expect(checkNynorsk('x', 'Fjern alle filter, bruk filtera')).toEqual([]);
  });

  it('catch Norwegian punctuation in English and mend it where it can', () => {
    expect(checkPunctuation('en', 'x', 'Loading …').map((p) => p.message)).toEqual([
      'English puts no space before an ellipsis (the space is a Norwegian convention). Write "Loading…".',
    ]);
    expect(checkPunctuation('en', 'x', 'Are you sure ?')[0]?.message).toMatch(
      /Write "Are you sure\?"/,
    );
    expect(checkPunctuation('en', 'x', 'Search : {{query}}')).toHaveLength(1);
    expect(checkPunctuation('en', 'x', 'Read «the rules»')).toHaveLength(1);
    expect(checkPunctuation('en', 'x', '50 % done')).toHaveLength(1);
    expect(checkPunctuation('en', 'x', 'Loading...')[0]?.message).toMatch(/Write "Loading…"/);
    expect(checkPunctuation('en', 'x', 'Loading… Search: {{query}}? “Yes”')).toEqual([]);
    // The same space is right in Norwegian.
    expect(checkPunctuation('nb', 'x', 'Laster inn …')).toEqual([]);
    expect(checkPunctuation('nb', 'x', 'Les "reglene"')).toHaveLength(1);
    expect(checkPunctuation('nn', 'x', ' Lastar  inn')).toHaveLength(1);
  });

  it('match whole words and phrases only, with # for a number', () => {
    expect(phrasePattern('post').test('Post comment')).toBe(true);
    expect(phrasePattern('post').test('e-post')).toBe(false);
    expect(phrasePattern('post').test('postcode')).toBe(false);
    expect(phrasePattern('opp til').test('Du kan skrive opp  til 10')).toBe(true);
    expect(phrasePattern('# left').test('12 left')).toBe(true);
    expect(phrasePattern('# left').test('Turn left')).toBe(false);
  });
});

describe('the terminology table', () => {
  it('gives every idea a word in bokmål, nynorsk and English', () => {
    for (const term of terminology) {
      for (const l of ['nb', 'nn', 'en'] as const) expect(term[l].use.trim(), term.id).not.toBe('');
    }
  });

  it('never lists a word it uses among the words it avoids', () => {
    for (const term of terminology) {
      for (const l of ['nb', 'nn', 'en'] as const) {
        expect(checkTerminology(l, 'use', term[l].use, [term]), `${l}: ${term.id}`).toEqual([]);
      }
    }
  });

  it('lists each avoided word under one idea only, so a failure names one term', () => {
    for (const l of ['nb', 'nn', 'en'] as const) {
      const all = terminology.flatMap((t) => (t[l].avoid ?? []).map((a) => a.toLowerCase()));
      expect(
        all.filter((a, i) => all.indexOf(a) !== i),
        l,
      ).toEqual([]);
    }
  });

  it('lists each form that is not nynorsk once', () => {
    const forms = notNynorsk.map((n) => n.form.toLowerCase());
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
});

describe('docs/writing.md', () => {
  const path = resolve(import.meta.dirname, '../../../../docs/writing.md');

  it('shows the terminology and nynorsk tables as the data has them', () => {
    if (process.env.UPDATE_WRITING_GUIDE) {
      writeFileSync(path, updateGuide(readFileSync(path, 'utf8')));
    }
    const guide = withoutTablePadding(readFileSync(path, 'utf8'));
    const updated = withoutTablePadding(updateGuide(guide));
    expect(
      guide === updated,
      'docs/writing.md is out of date. Run: UPDATE_WRITING_GUIDE=1 pnpm vitest run --project unit-i18n writing && pnpm format',
    ).toBe(true);
    expect(guide).toContain('<!-- terminology:start -->');
    expect(guide).toContain('<!-- not-nynorsk:start -->');
  });
});
