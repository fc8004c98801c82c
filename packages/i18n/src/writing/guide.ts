// The writing guide's tables, made from the same data the tests check strings against.
// docs/writing.md holds their output between markers; writing.test.ts fails when it is out of
// date and says how to write it again.

import { notNynorsk } from './not-nynorsk.js';
import { terminology } from './terminology.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const not = (words: readonly string[] | undefined) =>
  words?.length ? `<br>not: ${words.map(cell).join(', ')}` : '';

/** The terminology table as Markdown. */
export function terminologyMarkdown(): string {
  const rows = terminology.map(
    (t) =>
      `| **${cell(t.id)}**: ${cell(t.idea)}${t.note ? `<br>${cell(t.note)}` : ''} | ` +
      (['nb', 'nn', 'en'] as const).map((l) => `${cell(t[l].use)}${not(t[l].avoid)}`).join(' | ') +
      ' |',
  );
  return ['| Idea | Bokmål | Nynorsk | English |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The forms a nynorsk string must not hold, as Markdown. */
export function notNynorskMarkdown(): string {
  const rows = notNynorsk.map(
    (n) => `| ${cell(n.form)} | ${cell(n.write)} | ${n.why ? cell(n.why) : 'bokmål'} |`,
  );
  return ['| Not | Write | Why |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The marked blocks of docs/writing.md and what each must hold. */
export const guideBlocks = {
  terminology: terminologyMarkdown,
  'not-nynorsk': notNynorskMarkdown,
} as const;

/**
 * Markdown with its table rows' padding taken out, so that a formatter that aligns the columns
 * (biome does) does not make the guide look out of date.
 */
export function withoutTablePadding(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      return `| ${cells.map((c) => (/^:?-+:?$/.test(c) ? '---' : c)).join(' | ')} |`;
    })
    .join('\n');
}

/** Puts each block's current text between its markers in a guide's Markdown. */
export function updateGuide(markdown: string): string {
  let out = markdown;
  for (const [name, make] of Object.entries(guideBlocks)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) continue;
    out = `${out.slice(0, from + start.length)}\n${make()}\n${out.slice(to)}`;
  }
  return out;
}
