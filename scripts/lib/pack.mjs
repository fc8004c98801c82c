// Packs the public packages into a folder, as `npm publish` would ship them. Shared by the
// consumer check and the recipe check, so both test the same tarballs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const publicPackages = ['tokens', 'i18n', 'react', 'portal'];
const root = resolve(import.meta.dirname, '../..');

/** Packs every public package into `dest`; returns `{ '@samskap/name': tarballPath }`. */
export function packPublicPackages(dest) {
  for (const name of publicPackages) {
    execFileSync('pnpm', ['pack', '--pack-destination', dest], {
      cwd: join(root, 'packages', name),
      stdio: 'pipe',
    });
  }
  const out = {};
  for (const file of readdirSync(dest)) {
    const name = publicPackages.find((n) => file.startsWith(`samskap-${n}-`));
    if (name) out[`@samskap/${name}`] = join(dest, file);
  }
  return out;
}
