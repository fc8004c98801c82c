import { Markdown } from '@storybook/addon-docs/blocks';
import { guidance } from './guidance';

/** "When to use" and "When not to use" for a component, from guidance.ts. */
export function UsageGuidance({ name }: { name: string }) {
  const g = guidance[name];
  if (!g) return null;
  return (
    <section>
      <h2>When to use</h2>
      <Markdown>{g.use}</Markdown>
      <h2>When not to use</h2>
      <Markdown>{g.notUse}</Markdown>
    </section>
  );
}

/** What a component does for accessibility, and what is left to the host, from guidance.ts. */
export function AccessibilityNotes({ name }: { name: string }) {
  const g = guidance[name];
  if (!g) return null;
  return (
    <section>
      <h2>Accessibility</h2>
      <Markdown>{g.accessibility}</Markdown>
    </section>
  );
}
