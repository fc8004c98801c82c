// Reading a recipe's markdown: its install line and the code blocks that are files of its app.
// Shared by the recipe check (Vite and Node) and the Next.js check, so the docs are the code.
//
//   ```sh                          the first `pnpm add ...` line is the install line
//   ```tsx file=src/CaseLibrary.tsx  a code block written to that file of the scratch app
//   <!-- checked by scripts/next-check.mjs -->   a recipe with a check script of its own

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
