#!/usr/bin/env node
// Fails when a portal pattern re-implements a primitive instead of using @samskap/react: a raw
// <select>, <textarea> or <input>, a role="alert" box, a styled h1-h6 or a heading tag map. A
// fix to a primitive then reaches every pattern, and a newcomer sees one way to build them.
//
//   node scripts/check-portal-primitives.mjs [dir ...]   (default: packages/portal/src)
//
// Stories and tests are skipped: they may set up raw markup on purpose. Files still waiting to
// be rebuilt are listed in `pending` below with the reason; the list only shrinks. A hidden
// input counts too: form data for a no-script post goes through `HiddenField`.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const defaultDirs = ['packages/portal/src'];

// Relative to the repository root: files still waiting to be rebuilt, each with its reason.
// Each entry is a debt, not a permission; the list only shrinks.
const pending = new Map([]);

const rules = [
  {
    name: 'raw <select>, <textarea> or <input>: use Select, Textarea, TextField, Checkbox, Radio, HiddenField',
    pattern: /<(?:select|textarea|input)\b/g,
  },
  {
    name: 'styled form control: use the primitive',
    pattern: /\bstyled\.(select|textarea|input)\b/g,
  },
  {
    name: 'role="alert" box: use Alert or ValidationMessage',
    pattern: /\brole\s*[=:]\s*\{?\s*['"]alert['"]/g,
  },
  { name: 'styled heading: use Heading', pattern: /\bstyled\.h[1-6]\b/g },
  { name: 'heading tag map: use Heading with level', pattern: /['"`]h[1-6]['"`]|`h\$\{/g },
];

const skip = /\.(test|stories)\.tsx?$|story-helpers\.tsx?$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name) && !skip.test(name)) yield path;
  }
}

// Comments say why; they may name the very things this check forbids.
const withoutComments = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, (c) => ' '.repeat(c.length));

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : defaultDirs;
const problems = [];
for (const dir of dirs) {
  for (const path of files(resolve(root, dir))) {
    const rel = relative(root, path);
    if (pending.has(rel)) continue;
    const text = withoutComments(readFileSync(path, 'utf8'));
    for (const rule of rules) {
      for (const match of text.matchAll(rule.pattern)) {
        const before = text.slice(0, match.index);
        const line = before.split('\n').length;
        const column = match.index - before.lastIndexOf('\n');
        problems.push(`${rel}:${line}:${column}  ${match[0].trim()}  (${rule.name})`);
      }
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} place(s) in the portal re-implement a primitive from @samskap/react.`,
  );
  process.exit(1);
}
console.log(
  'check-portal-primitives: every control, alert and heading in the portal is a primitive',
);
