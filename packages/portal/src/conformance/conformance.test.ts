// @vitest-environment node
import * as portal from '@samskap/portal';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceProblems,
  type Known,
  knownEvidence,
  publicComponents,
} from '../../../../test/conformance.ts';
import { portalConformance, reactConformance } from './index.js';

const components = publicComponents(portal);
let known: Known;

// Parsing every stories file takes seconds on a busy machine: once, outside the tests' time.
beforeAll(() => {
  known = knownEvidence(components);
}, 120_000);

describe('conformance records of @samskap/portal', () => {
  it('has a record for every public component, naming only stories, tests and criteria that exist', () => {
    expect(components).toContain('CommentForm');
    expect(conformanceProblems(portalConformance, known)).toEqual([]);
  });

  it('re-exports the primitives’ records, so one import gives a tool every component', () => {
    expect(reactConformance.map((r) => r.component)).toContain('Button');
    const names = new Set([...reactConformance, ...portalConformance].map((r) => r.component));
    expect(names.size).toBe(reactConformance.length + portalConformance.length);
  });
});
