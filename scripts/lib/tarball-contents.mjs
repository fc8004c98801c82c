// What a package's tarball must and must not hold: a README for its page in the registry, and
// nothing a user cannot import. Every shipped file must be reachable from what package.json
// exports (its entries, `bin`, and the files their imports lead to), so a type file of a story
// helper or a fixture, whose code is not shipped, fails the check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

/** The files of a packed tarball, path (without `package/`) to text. */
export function readTarball(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-tarball-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => p && !p.endsWith('/'));
    return Object.fromEntries(
      list.map((p) => [p.replace(/^package\//, ''), readFileSync(join(dir, p), 'utf8')]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const always = /^(readme\.md|license(\.md)?|changelog\.md|package\.json)$/i;
const specifier =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\/\/\/\s*<reference\s+path=)['"](\.{1,2}\/[^'"]+)['"]/g;

function exportTargets(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) exportTargets(v, out);
  return out;
}

function patternToRegExp(target) {
  const clean = target.replace(/^\.\//, '');
  return new RegExp(
    `^${clean
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
}

const storyLike =
  /(\.(stories|test|spec)\.|(^|\/)(story-helpers|fixtures)(\.|\/)|(^|\/)(guides|__tests__)\/)/;
const importsStorybook =
  /\bfrom\s*['"](?:storybook|@storybook\/)|\bimport\s*\(\s*['"](?:storybook|@storybook\/)/;

/** Problems with one tarball's files (path to text); empty when it is fine. */
export function tarballProblems(files) {
  const problems = [];
  const paths = Object.keys(files);
  if (!paths.some((f) => /^readme\.md$/i.test(f))) problems.push('no README.md');
  const pkg = JSON.parse(files['package.json'] ?? '{}');
  const roots = [...exportTargets(pkg.exports), ...exportTargets(pkg.bin)].map(patternToRegExp);
  const seen = new Set(paths.filter((p) => always.test(p) || roots.some((r) => r.test(p))));
  const queue = [...seen];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!/\.(m?js|d\.ts|d\.mts)$/.test(file)) continue;
    for (const [, spec] of files[file].matchAll(specifier)) {
      const resolved = posix.normalize(posix.join(posix.dirname(file), spec));
      const candidates = [resolved, resolved.replace(/\.js$/, '.d.ts'), `${resolved}.d.ts`];
      for (const c of candidates) {
        if (c in files && !seen.has(c)) {
          seen.add(c);
          queue.push(c);
        }
      }
    }
  }
  for (const p of paths) {
    if (seen.has(p) || p.endsWith('.map')) continue;
    problems.push(`${p} is shipped but nothing the package exports leads to it`);
  }
  // Even when an export leads to it (a re-export by mistake), a story, a test, a guide, a
  // fixture or anything that imports Storybook has no place in what users install.
  for (const p of seen) {
    if (storyLike.test(p)) problems.push(`${p} is a story, test, guide or fixture`);
    else if (/\.(m?js|d\.m?ts)$/.test(p) && importsStorybook.test(files[p] ?? '')) {
      problems.push(`${p} imports Storybook`);
    }
  }
  return problems;
}
