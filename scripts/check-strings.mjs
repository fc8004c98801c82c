#!/usr/bin/env node
// Fails when component source holds a user-visible string literal: JSX text, or a literal in an
// attribute a reader sees or hears (aria-label, title, alt, placeholder, ...). Every such string
// belongs in @samskap/i18n, in nb, nn and en, so that no reader meets a hard-coded language.
//
//   node scripts/check-strings.mjs [dir ...]   (default: packages/react/src packages/portal/src)
//
// Stories and tests are skipped: they hold sample content on purpose. A line that must keep a
// literal (a symbol, a brand name) can carry `// check-strings-ignore` on it or the line above,
// or `{/* check-strings-ignore */}` in JSX.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const defaultDirs = ['packages/react/src', 'packages/portal/src'];

/** Attributes whose value is read or shown to the reader. */
const visibleAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

const hasLetter = (s) => /\p{L}/u.test(s);

/** The string literals an expression can evaluate to, as far as can be seen without running it. */
function literalsIn(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node] : [];
    case 'TemplateLiteral':
      return node.quasis
        .filter((q) => hasLetter(q.value.cooked ?? q.value.raw))
        .map((q) => ({
          ...q,
          value: q.value.cooked ?? q.value.raw,
        }));
    case 'ConditionalExpression':
      return [...literalsIn(node.consequent), ...literalsIn(node.alternate)];
    case 'LogicalExpression':
      return [...literalsIn(node.left), ...literalsIn(node.right)];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return literalsIn(node.expression);
    default:
      return [];
  }
}

function lineOf(code, offset) {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (code.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}

/** Returns the violations in one file's source. */
export function checkSource(code, filename = 'file.tsx') {
  const result = parseSync(filename, code);
  if (result.errors?.length) {
    return [{ filename, line: 1, col: 1, message: `could not parse: ${result.errors[0].message}` }];
  }
  const lines = code.split('\n');
  const ignored = (line) =>
    /check-strings-ignore/.test(lines[line - 1] ?? '') ||
    /check-strings-ignore/.test(lines[line - 2] ?? '');
  const found = [];
  const report = (node, message) => {
    const { line, col } = lineOf(code, node.start);
    if (!ignored(line)) found.push({ filename, line, col, message });
  };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'JSXText' && hasLetter(node.value)) {
      report(node, `JSX text "${node.value.trim()}"`);
    }
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      // A child like {'Send'} or {open ? 'Lukk' : 'Opne'}.
      for (const child of node.children) {
        if (child.type !== 'JSXExpressionContainer') continue;
        for (const lit of literalsIn(child.expression)) {
          if (hasLetter(lit.value)) report(lit, `JSX text {"${lit.value}"}`);
        }
      }
    }
    if (node.type === 'JSXAttribute' && node.name?.type === 'JSXIdentifier') {
      const name = node.name.name;
      if (visibleAttributes.has(name) && node.value) {
        const value = node.value;
        const literals =
          value.type === 'JSXExpressionContainer'
            ? literalsIn(value.expression)
            : literalsIn(value);
        for (const lit of literals) {
          if (hasLetter(lit.value)) report(lit, `${name}="${lit.value}"`);
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(child)) for (const c of child) visit(c);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(result.program);
  return found.sort((a, b) => a.line - b.line || a.col - b.col);
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'node_modules' && entry !== 'dist') yield* sourceFiles(path);
    } else if (/\.[jt]sx$/.test(entry) && !/\.(stories|test)\.[jt]sx$/.test(entry)) {
      yield path;
    }
  }
}

/** Checks every component file under the given directories. */
export function checkDirs(dirs) {
  const found = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(resolve(root, dir))) {
      found.push(...checkSource(readFileSync(file, 'utf8'), relative(root, file)));
    }
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  const found = checkDirs(dirs.length ? dirs : defaultDirs);
  for (const f of found) {
    console.error(`${f.filename}:${f.line}:${f.col}  ${f.message}`);
  }
  if (found.length) {
    console.error(
      `\n${found.length} user-visible string literal(s) in component source. Put each in a` +
        ' @samskap/i18n area file (nb, nn, en) and read it with t(), overridable by a labels prop.',
    );
    process.exit(1);
  }
  console.log('check-strings: no user-visible string literals in component source.');
}
