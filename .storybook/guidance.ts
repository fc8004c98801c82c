/**
 * What each public component is for, when to reach for something else, and what it does for
 * accessibility, shown on its docs page (Guidance.tsx). Written in Markdown. Keyed by the
 * component's exported name; docs-coverage.test.ts fails when a public component has none.
 */
export interface ComponentGuidance {
  /** When to use it. */
  use: string;
  /** When not to use it, and what to use instead. */
  notUse: string;
  /** What it does for accessibility, and what the host must still do. */
  accessibility: string;
}

export const guidance: Record<string, ComponentGuidance> = {};
