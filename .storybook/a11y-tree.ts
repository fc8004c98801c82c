/**
 * The accessibility tree and the live-region announcements of a story, as reviewed text files
 * beside its stories (`__a11y__/<story>.<locale>.yml`), compared in the story test run. axe
 * checks that a button has a name; this checks that it has the name it had when someone
 * reviewed it, in each language, and that the journey still says what it said.
 */
import { commands } from 'vitest/browser';
import { LIVE_REGIONS as LIVE } from './live.ts';

function politenessOf(region: Element): string {
  const live = region.getAttribute('aria-live');
  if (live) return live;
  return region.getAttribute('role') === 'alert' ? 'assertive' : 'polite';
}

function spoken(region: Element): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is read aloud
  const text = region instanceof HTMLElement ? region.innerText : (region.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Writes down, in order, each text a live region comes to hold while the story plays: what a
 * screen reader would announce. A region emptied and refilled with the same text counts twice,
 * as screen readers read it twice.
 */
export class LiveRecorder {
  readonly said: string[] = [];
  private readonly last = new Map<Element, string>();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));

  start(): void {
    for (const region of document.querySelectorAll(LIVE)) this.last.set(region, spoken(region));
    this.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }

  stop(): string[] {
    this.onMutations(this.observer.takeRecords());
    this.observer.disconnect();
    return this.said;
  }

  private onMutations(records: MutationRecord[]): void {
    const touched = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = target?.closest(LIVE);
      if (region) touched.add(region);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(LIVE)) touched.add(node);
        for (const inner of node.querySelectorAll(LIVE)) touched.add(inner);
      }
    }
    for (const region of touched) {
      if (!region.isConnected) continue;
      // innerText, not textContent: a heading and the list under it are read as separate
      // phrases, and so are written with a space between them.
      const text = spoken(region);
      const before = this.last.get(region);
      this.last.set(region, text);
      if (text && text !== before) this.said.push(`${politenessOf(region)}: ${text}`);
    }
  }
}

/** The tree under `root` as playwright's aria snapshot YAML (roles, names, states). */
export async function ariaSnapshotOf(root: HTMLElement): Promise<string> {
  const marker = 'data-sk-aria-root';
  root.setAttribute(marker, '');
  try {
    return await commands.ariaSnapshot(`[${marker}]`);
  } finally {
    root.removeAttribute(marker);
  }
}

/** One readable file: the tree, then what was announced. */
export function a11yRecord(storyId: string, locale: string, tree: string, said: string[]): string {
  const announcements = said.length
    ? said.map((line) => `- ${JSON.stringify(line)}`).join('\n')
    : '[]';
  return [
    `# ${storyId}, ${locale}: the accessibility tree after the story's play function, and what`,
    '# its live regions announced, in order. Update after a change you meant: pnpm test:a11y-tree -u',
    'tree:',
    tree
      // React's useId values count every component mounted before on the page, so they change
      // when a story is added above this one; the record keeps only that a link points at an id.
      .replace(/_r_[0-9a-z]+_/g, '«id»')
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
    'announced:',
    announcements,
    '',
  ].join('\n');
}
