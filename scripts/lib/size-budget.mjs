// The byte-budget arithmetic of scripts/check-size.mjs, apart so that it is tested on its own.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built files an entry loads, through its relative imports (other packages are counted in their own entries). */
export function entryFiles(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(resolve(dirname(file), spec));
    }
  }
  return [...seen].sort();
}

/** gzip (level 9) of the files as one stream, the way a bundle of them would compress. */
export function gzipSize(chunks) {
  return gzipSync(Buffer.concat(chunks), { level: 9 }).length;
}

/** The verdict on one figure: over its budget is a failure that names both. */
export function checkBudget(name, bytes, budget) {
  const ok = bytes <= budget;
  const figure = `${(bytes / 1000).toFixed(2)} kB`;
  const limit = `${(budget / 1000).toFixed(2)} kB`;
  return {
    ok,
    message: ok
      ? `${name}: ${figure} gzip (budget ${limit})`
      : `${name}: ${figure} gzip is over its budget of ${limit} by ${((bytes - budget) / 1000).toFixed(2)} kB`,
  };
}
