// Reading a recipe's markdown (its install line and the code blocks that are files of its app)
// and writing the scratch app that runs it.
// Shared by the recipe check (Vite and Node) and the Next.js check, so the docs are the code.
//
//   ```sh                          the first `pnpm add ...` line is the install line
//   ```tsx file=src/CaseLibrary.tsx  a code block written to that file of the scratch app
//   <!-- checked by scripts/next-check.mjs -->   a recipe with a check script of its own
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The install line and the files of one recipe's markdown. */
export function parseRecipe(markdown) {
  const blocks = [...markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    info: m[1].trim(),
    code: m[2],
  }));
  const install = blocks
    .filter((b) => b.info === 'sh')
    .flatMap((b) => b.code.split('\n'))
    .find((line) => line.startsWith('pnpm add '));
  const packages = install ? install.slice('pnpm add '.length).trim().split(/\s+/) : [];
  const files = blocks
    .map((b) => ({ ...b, file: /(?:^|\s)file=(\S+)/.exec(b.info)?.[1] }))
    .filter((b) => b.file)
    .map(({ file, code }) => ({ file, code }));
  return { packages, files };
}

/** The script that checks a recipe of its own, if the recipe names one. */
export function ownCheck(markdown) {
  return /<!-- checked by (scripts\/[\w.-]+\.mjs) -->/.exec(markdown)?.[1];
}

/**
 * Writes a scratch app: its package.json, a pnpm-workspace.yaml that points the public packages
 * at their tarballs and says which dependency builds may run, and the recipe's files.
 */
export function writeScratchApp(app, { manifest, tarballs, allowBuilds, files }) {
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  // The packages depend on each other by version; point those at the tarballs too. Overrides
  // do not make a package importable from the app: only the install line's packages are.
  const overrides = Object.entries(tarballs)
    .map(([p, file]) => `  '${p}': 'file:${file}'`)
    .join('\n');
  const builds = Object.entries(allowBuilds)
    .map(([p, allowed]) => `  ${p}: ${allowed}`)
    .join('\n');
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `updateNotifier: false\nallowBuilds:\n${builds}\noverrides:\n${overrides}\n`,
  );
  for (const { file, code } of files) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), code);
  }
}
