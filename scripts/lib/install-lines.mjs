// A doc's install line must name every package its examples import, or a reader on pnpm's strict
// layout copies an example that cannot resolve its imports.

const block = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
const importFrom = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"./][^'"]*)['"]/gm;

/** The package a bare specifier names: `@samskap/portal/sample-data` -> `@samskap/portal`. */
export function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The packages a doc's `pnpm add` lines name, and the ones its code examples import. */
export function docPackages(markdown) {
  const installed = new Set();
  const imported = new Set();
  for (const [, info, code] of markdown.matchAll(block)) {
    const lang = info.trim().split(/\s+/)[0];
    if (lang === 'sh' || lang === 'bash') {
      for (const line of code.split('\n')) {
        const m = /^\s*pnpm add\s+(.*)$/.exec(line);
        if (m)
          for (const p of m[1].split(/\s+/))
            if (p && !p.startsWith('-')) installed.add(p.replace(/(.)@.*$/, '$1'));
      }
    } else if (/^(tsx?|jsx?|mjs)$/.test(lang)) {
      for (const [, spec] of code.matchAll(importFrom)) {
        if (!spec.startsWith('node:')) imported.add(packageOf(spec));
      }
    }
  }
  return { installed, imported };
}

/** Imports that the doc's install line leaves out (empty when there is no problem). */
export function missingFromInstallLine(markdown) {
  const { installed, imported } = docPackages(markdown);
  if (imported.size === 0) return [];
  return [...imported].filter((p) => !installed.has(p));
}
