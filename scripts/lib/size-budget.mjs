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

/** The bytes of the files as built, before compression. */
export function rawSize(chunks) {
  return chunks.reduce((sum, chunk) => sum + chunk.length, 0);
}

/**
 * The budgets for today's figures. gzip gets 3% of room. Code compresses three to five times, so
 * 5 kB of new code can add less gzip than 3% of a large entry; the bytes as built are held closer,
 * to 1.5 kB of room, so that any change that adds a few kB of code shows up.
 */
export function budgetsFor({ gzip, raw }) {
  return {
    gzip: Math.ceil((gzip * 1.03) / 100) * 100,
    raw: Math.ceil((raw + 1500) / 100) * 100,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * The verdict on one entry: over either budget is a failure that names the figure, the budget and
 * the excess. `figure` and `budget` are `{ gzip, raw }`; a budget without `raw` checks gzip only.
 */
export function checkBudget(name, figure, budget) {
  const over = [];
  for (const kind of ['gzip', 'raw']) {
    const limit = budget?.[kind];
    if (limit === undefined || figure[kind] === undefined) continue;
    if (figure[kind] > limit) {
      over.push(
        `${kB(figure[kind])} ${kind === 'raw' ? 'as built' : 'gzip'} is over its budget of ${kB(limit)} by ${kB(figure[kind] - limit)}`,
      );
    }
  }
  const ok = over.length === 0;
  const raw =
    budget?.raw === undefined ? '' : `, ${kB(figure.raw)} as built (budget ${kB(budget.raw)})`;
  return {
    ok,
    message: ok
      ? `${name}: ${kB(figure.gzip)} gzip (budget ${kB(budget.gzip)})${raw}`
      : `${name}: ${over.join('; ')}`,
  };
}
