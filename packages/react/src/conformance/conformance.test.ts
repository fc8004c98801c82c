// @vitest-environment node
import * as react from '@samskap/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceProblems,
  type Known,
  knownEvidence,
  publicComponents,
} from '../../../../test/conformance.ts';
import { norwegianCriteria, reactConformance, wcagCriteria } from './index.js';

const components = publicComponents(react);
let known: Known;

// Parsing every stories file takes seconds on a busy machine: once, outside the tests' time.
beforeAll(() => {
  known = knownEvidence(components);
}, 120_000);

describe('conformance records of @samskap/react', () => {
  it('has a record for every public component, naming only stories, tests and criteria that exist', () => {
    expect(components.length).toBeGreaterThan(30);
    expect(conformanceProblems(reactConformance, known)).toEqual([]);
  });

  it('fails on a missing record, an unknown story, test file, test name or criterion', () => {
    const [first, ...rest] = reactConformance;
    if (!first) throw new Error('no records');
    const entry = first.criteria[0];
    if (!entry) throw new Error('no criteria');
    const broken = [
      ...rest.slice(1),
      {
        ...first,
        criteria: [
          {
            ...entry,
            criterion: '9.9.9',
            evidence: [
              { story: 'primitives-nothing--here' },
              { file: 'packages/react/src/nothing.test.tsx', test: 'x' },
              { file: 'packages/react/src/button/Button.test.tsx', test: 'does what no test says' },
              {
                story: 'portal-comments-commentthread--thousand-comments-all-at-once',
                check: 'zoom',
              },
              { story: 'primitives-button--primary', check: 'hover' },
            ],
          },
        ],
      },
    ] as typeof reactConformance;
    const problems = conformanceProblems(broken, known);
    expect(problems).toContain(`${rest[0]?.component}: no conformance record`);
    expect(problems).toContain(`${first.component} 9.9.9: not in the criteria table`);
    expect(problems).toContain(
      `${first.component} 9.9.9: no story with id primitives-nothing--here`,
    );
    expect(problems).toContain(
      `${first.component} 9.9.9: no test file packages/react/src/nothing.test.tsx`,
    );
    expect(problems).toContain(
      `${first.component} 9.9.9: no test named "does what no test says" in packages/react/src/button/Button.test.tsx`,
    );
    expect(problems).toContain(
      `${first.component} 9.9.9: portal-comments-commentthread--thousand-comments-all-at-once is not run by the story tests`,
    );
    expect(problems).toContain(`${first.component} 9.9.9: no story test pair runs the hover check`);
  });

  it('knows the story checks the story test pairs run', () => {
    expect([...known.checks].sort()).toEqual(
      expect.arrayContaining(['forced-colors', 'reflow', 'text-spacing', 'zoom']),
    );
  });

  it('finds stories by the id Storybook gives them, and tests by their name', () => {
    expect(known.stories.has('primitives-button--icon-only-loading')).toBe(true);
    expect(known.stories.has('forms-errorsummary--heading-level-3')).toBe(true);
    expect(
      known
        .namesIn('packages/react/src/button/Button.test.tsx')
        .has('an icon-only button is named by its aria-label'),
    ).toBe(true);
  });
});

describe('the criteria table', () => {
  it('lists the 47 criteria Norway requires: every WCAG 2.1 A and AA criterion but 1.2.3, 1.2.4 and 1.2.5', () => {
    const wcag21 = wcagCriteria.filter((c) => c.since !== '2.2');
    expect(wcag21).toHaveLength(50);
    expect(norwegianCriteria).toHaveLength(47);
    expect(wcag21.filter((c) => !c.norway).map((c) => c.id)).toEqual(['1.2.3', '1.2.4', '1.2.5']);
    expect(wcagCriteria.filter((c) => c.since === '2.2').map((c) => c.id)).toEqual([
      '2.4.11',
      '2.5.7',
      '2.5.8',
      '3.2.6',
      '3.3.7',
      '3.3.8',
    ]);
  });

  it('has each criterion once, with a title in nb, nn and en', () => {
    expect(new Set(wcagCriteria.map((c) => c.id)).size).toBe(wcagCriteria.length);
    for (const c of wcagCriteria) {
      expect([c.title.nb, c.title.nn, c.title.en].every((t) => t.length > 0)).toBe(true);
    }
  });
});
