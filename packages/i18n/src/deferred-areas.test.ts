import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferredAreas } from './resources/index.js';

// A deferred area is not in an instance until a component adds it (useSamskapStrings), so a
// file that translates one of its keys without adding it would show the raw key. Every source
// file of the components that names a deferred area's keys must add the area itself.
const packages = resolve(import.meta.dirname, '../..');
const sources = ['react/src', 'portal/src'].flatMap((dir) =>
  readdirSync(join(packages, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|stories)\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name)),
);

describe('deferred string areas', () => {
  it.each(Object.keys(deferredAreas))('every file that uses %s adds it first', (area) => {
    const uses = new RegExp(`['"\`]${area}(['"\`]|\\.)`);
    const adds = `useSamskapStrings('${area}'`;
    const users = sources.filter((file) => uses.test(readFileSync(file, 'utf8')));
    expect(users.length, `nothing uses ${area}: make it a core area or remove it`).toBeGreaterThan(
      0,
    );
    const missing = users
      .filter((file) => !readFileSync(file, 'utf8').includes(adds))
      .map((file) => relative(packages, file));
    expect(missing).toEqual([]);
  });
});
