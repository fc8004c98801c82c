// @vitest-environment node
import * as portal from '@samskap/portal';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conformanceProblems,
  type Known,
  knownEvidence,
  publicComponents,
} from '../../../../test/conformance.ts';
import { type ComponentConformance, portalConformance, reactConformance } from './index.js';

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

  it('names 1.4.4 and 1.4.12 for every component that shows text, shown by the zoom and text-spacing checks', () => {
    // These show no text of their own: nothing to zoom or space.
    const noText = [
      'CaseCardSkeleton',
      'Divider',
      'HiddenField',
      'Honeypot',
      'Icon',
      'SamskapProvider',
      'Skeleton',
      'SkipLink',
      'VisuallyHidden',
    ];
    const cites = (record: ComponentConformance, criterion: string, check: string) =>
      record.criteria.some(
        (c) =>
          c.criterion === criterion && c.evidence.some((e) => 'story' in e && e.check === check),
      );
    const missing = [...reactConformance, ...portalConformance]
      .filter((r) => !noText.includes(r.component))
      .filter((r) => !cites(r, '1.4.4', 'zoom') || !cites(r, '1.4.12', 'text-spacing'))
      .map((r) => r.component);
    expect(missing).toEqual([]);
  });

  it('re-exports the primitives’ records, so one import gives a tool every component', () => {
    expect(reactConformance.map((r) => r.component)).toContain('Button');
    const names = new Set([...reactConformance, ...portalConformance].map((r) => r.component));
    expect(names.size).toBe(reactConformance.length + portalConformance.length);
  });
});
