/**
 * Loaded by the story test projects only (vitest.config.ts). It hands `.storybook/preview.tsx`
 * the checks to run before and after each story, so the Storybook UI never loads vitest.
 */
import type { StoryContext } from '@storybook/react-vite';
import { afterAll, expect } from 'vitest';
import { a11yRecord, ariaSnapshotOf, LiveRecorder } from './a11y-tree.ts';
import {
  checkForcedColors,
  checkReflow,
  checkTextSpacing,
  type StoryCheckParameters,
} from './story-checks.ts';

declare const __SK_TEST_LOCALE__: string;
declare const __SK_STORY_CHECKS__: string[];

const checks = new Set(__SK_STORY_CHECKS__);
let recorder: LiveRecorder | undefined;
// Time spent in these checks, per story file, so their cost in CI can be read off a run.
let spentMs = 0;
afterAll(() => {
  if (checks.size > 0) console.info(`[story-checks] ${Math.round(spentMs)} ms in this file`);
});

export interface StoryChecks {
  before(context: StoryContext): void;
  after(context: StoryContext): Promise<void>;
}

const storyChecks: StoryChecks = {
  before(context) {
    recorder = undefined;
    if (checks.has('a11y-tree') && context.parameters.a11yTree) {
      recorder = new LiveRecorder();
      recorder.start();
    }
  },
  async after(context) {
    const started = performance.now();
    try {
      await runChecks(context);
    } finally {
      spentMs += performance.now() - started;
    }
  },
};

async function runChecks(context: StoryContext): Promise<void> {
  const parameters = (context.parameters.storyChecks ?? {}) as StoryCheckParameters;
  const problems: string[] = [];
  if (recorder) {
    const said = recorder.stop();
    recorder = undefined;
    const tree = await ariaSnapshotOf(context.canvasElement);
    const name = context.id.split('--')[1] ?? context.id;
    await expect(a11yRecord(context.id, __SK_TEST_LOCALE__, tree, said)).toMatchFileSnapshot(
      `./__a11y__/${name}.${__SK_TEST_LOCALE__}.yml`,
    );
  }
  if (checks.has('reflow')) problems.push(...(await checkReflow(320, 900)));
  if (checks.has('text-spacing')) problems.push(...(await checkTextSpacing()));
  // 200 % zoom in a 1280 × 900 window lays the page out in 640 × 450 CSS px.
  if (checks.has('zoom')) problems.push(...(await checkReflow(640, 450)));
  if (checks.has('forced-colors')) problems.push(...(await checkForcedColors(parameters)));
  expect(problems, problems.join('\n')).toEqual([]);
}

(globalThis as { __samskapStoryChecks?: StoryChecks }).__samskapStoryChecks = storyChecks;

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors(active: boolean): Promise<void>;
    ariaSnapshot(selector: string): Promise<string>;
  }
}
