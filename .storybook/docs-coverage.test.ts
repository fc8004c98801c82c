import * as portal from '@samskap/portal';
import * as react from '@samskap/react';
import { describe, expect, it } from 'vitest';
import { guidance } from './guidance';

// Every public component has a docs page: a stories file whose meta names it as `component`
// (that is what gives the page its props table from the types), and a "when to use", a "when not
// to use" and accessibility notes in guidance.ts, which the docs page shows.

type StoriesModule = { default?: { component?: unknown; title?: string } };
const storyModules = import.meta.glob<StoriesModule>(
  '../packages/{react,portal}/src/**/*.stories.tsx',
  { eager: true },
);

/** A React component: a function or a forwardRef/memo object, named in PascalCase. */
function isComponent(name: string, value: unknown): boolean {
  if (!/^[A-Z][a-z]/.test(name)) return false;
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && '$$typeof' in value;
}

const publicComponents = [
  ...Object.entries(react).map(([name, value]) => ({ pkg: '@samskap/react', name, value })),
  ...Object.entries(portal).map(([name, value]) => ({ pkg: '@samskap/portal', name, value })),
].filter(({ name, value }) => isComponent(name, value));

describe('per-component docs pages', () => {
  it('finds the public components of @samskap/react and @samskap/portal', () => {
    const names = publicComponents.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Button', 'SamskapProvider', 'CaseList']));
    expect(names).not.toContain('useLabels');
    expect(names).not.toContain('MAX_CASE_PAGE');
  });

  it('every public component has a stories file whose meta names it as `component`', () => {
    const documented = new Set(
      Object.values(storyModules)
        .map((m) => m.default?.component)
        .filter(Boolean),
    );
    const missing = publicComponents
      .filter(({ value }) => !documented.has(value))
      .map(({ pkg, name }) => `${pkg} ${name}`);
    expect(missing).toEqual([]);
  });

  it('every public component has when-to-use, when-not-to-use and accessibility text', () => {
    const lacking = publicComponents
      .filter(({ name }) => {
        const g = guidance[name];
        return !g || [g.use, g.notUse, g.accessibility].some((t) => t.trim().length < 20);
      })
      .map(({ pkg, name }) => `${pkg} ${name}`);
    expect(lacking).toEqual([]);
  });

  it('guidance.ts describes no component that is not public (a renamed one, say)', () => {
    const names = new Set(publicComponents.map((c) => c.name));
    expect(Object.keys(guidance).filter((name) => !names.has(name))).toEqual([]);
  });
});
