// Checks the conformance records against the code: every public component has one, and every
// story, test and criterion a record names exists. Used by each package's conformance test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { ComponentConformance } from '../packages/react/src/conformance/index.ts';
import { wcagCriteria } from '../packages/react/src/conformance/index.ts';

export const repoRoot = resolve(import.meta.dirname, '..');

/**
 * The components among a module's exports: a PascalCase name (so not `MAX_CASE_PAGE`) bound to
 * a function or to what forwardRef and memo return.
 */
export function publicComponents(exports: Record<string, unknown>): string[] {
  return Object.entries(exports)
    .filter(
      ([name, value]) =>
        /^[A-Z][a-z]/.test(name) &&
        (typeof value === 'function' ||
          (typeof value === 'object' && value !== null && '$$typeof' in value)),
    )
    .map(([name]) => name)
    .sort();
}

function sourceFiles(pattern: RegExp): string[] {
  const out: string[] = [];
  for (const pkg of ['tokens', 'i18n', 'react', 'portal']) {
    const dir = join('packages', pkg, 'src');
    for (const file of readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })) {
      if (pattern.test(file)) out.push(join(dir, file).split('\\').join('/'));
    }
  }
  return out;
}

/**
 * Every story id in the packages, made as Storybook makes it when it indexes a stories file:
 * Storybook's own CSF parser reads the title and the story exports and builds the id from them.
 */
export function storyIds(): Set<string> {
  return new Set(storyIndex().keys());
}

/** Every story id with its tags (the meta's and the story's), as Storybook indexes them. */
function storyIndex(): Map<string, readonly string[]> {
  const ids = new Map<string, readonly string[]>();
  for (const file of sourceFiles(/\.stories\.tsx?$/)) {
    const csf = loadCsf(readFileSync(join(repoRoot, file), 'utf8'), {
      fileName: file,
      makeTitle: (title?: string) => title ?? file,
    }).parse();
    for (const entry of csf.indexInputs) if (entry.__id) ids.set(entry.__id, entry.tags ?? []);
  }
  return ids;
}

/**
 * The story checks that some story test pair runs, read from the `checks` of `storyMatrix` in
 * vitest.config.ts: a record may cite a check only if the story run makes it.
 */
export function storyChecksRun(): Set<string> {
  const config = readFileSync(join(repoRoot, 'vitest.config.ts'), 'utf8');
  const matrix = /const storyMatrix = \[([\s\S]*?)\n\];/.exec(config)?.[1] ?? '';
  const names = [...matrix.matchAll(/checks: \[([^\]]*)\]/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((n) => n[1] ?? ''),
  );
  return new Set(names);
}

const testCall =
  /\b(?:it|test)(?:\.(?:only|skip|todo|concurrent|fails))?\s*\(\s*(['"])((?:\\.|(?!\1)[^\\\n])*)\1/g;

/** The names of the tests in a file, as written in `it('…')` or `test('…')`. */
export function testNames(file: string): Set<string> {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  return new Set([...text.matchAll(testCall)].map((m) => (m[2] ?? '').replace(/\\(.)/g, '$1')));
}

/** The test files of the packages, from the repository root. */
export function testFiles(): Set<string> {
  return new Set(sourceFiles(/\.test\.tsx?$/));
}

export interface Known {
  components: readonly string[];
  stories: ReadonlySet<string>;
  /** Stories the story tests run (not tagged `!test`), so the story checks measure them. */
  testedStories: ReadonlySet<string>;
  /** The story checks some story test pair runs. */
  checks: ReadonlySet<string>;
  tests: ReadonlySet<string>;
  namesIn: (file: string) => ReadonlySet<string>;
}

/** What is wrong with a package's records, one line each; empty when nothing is. */
export function conformanceProblems(
  records: readonly ComponentConformance[],
  known: Known,
): string[] {
  const problems: string[] = [];
  const criteria = new Set<string>(wcagCriteria.map((c) => c.id));
  const byName = new Map(records.map((r) => [r.component, r]));
  for (const name of known.components) {
    if (!byName.has(name)) problems.push(`${name}: no conformance record`);
  }
  for (const record of records) {
    const where = record.component;
    if (!known.components.includes(where)) problems.push(`${where}: not a public component`);
    if (record.criteria.length === 0) problems.push(`${where}: names no criterion`);
    const seen = new Set<string>();
    for (const entry of record.criteria) {
      const at = `${where} ${entry.criterion}`;
      if (!criteria.has(entry.criterion)) problems.push(`${at}: not in the criteria table`);
      if (seen.has(entry.criterion)) problems.push(`${at}: named twice`);
      seen.add(entry.criterion);
      for (const lang of ['nb', 'nn', 'en'] as const) {
        if (!entry.how[lang]?.trim()) problems.push(`${at}: no "how" in ${lang}`);
        if (!entry.host[lang]?.trim()) problems.push(`${at}: no "host" in ${lang}`);
      }
      if (entry.evidence.length === 0) problems.push(`${at}: no story or test shows it`);
      for (const evidence of entry.evidence) {
        if ('story' in evidence) {
          if (!known.stories.has(evidence.story)) {
            problems.push(`${at}: no story with id ${evidence.story}`);
          } else if (evidence.check !== undefined && !known.testedStories.has(evidence.story)) {
            problems.push(`${at}: ${evidence.story} is not run by the story tests`);
          }
          if (evidence.check !== undefined && !known.checks.has(evidence.check)) {
            problems.push(`${at}: no story test pair runs the ${evidence.check} check`);
          }
        } else if (!known.tests.has(evidence.file)) {
          problems.push(`${at}: no test file ${evidence.file}`);
        } else if (!known.namesIn(evidence.file).has(evidence.test)) {
          problems.push(`${at}: no test named "${evidence.test}" in ${evidence.file}`);
        }
      }
    }
  }
  return problems;
}

/** The stories, test files and test names of the repository, read once. */
export function knownEvidence(components: readonly string[]): Known {
  const cache = new Map<string, Set<string>>();
  const index = storyIndex();
  return {
    components,
    stories: new Set(index.keys()),
    testedStories: new Set(
      [...index].filter(([, tags]) => !tags.includes('!test')).map(([id]) => id),
    ),
    checks: storyChecksRun(),
    tests: testFiles(),
    namesIn: (file) => {
      const names = cache.get(file) ?? testNames(file);
      cache.set(file, names);
      return names;
    },
  };
}
