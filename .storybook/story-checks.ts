/**
 * What axe cannot see, measured in the page after every story's play function in the story
 * test run (docs/decisions/0014-story-checks-axe-cannot-make.md). Each check is a viewport change or
 * a media emulation plus measurements in the DOM: no screenshots, so the 330-story matrix stays
 * within CI's time. Every function returns the problems it found as readable lines.
 */
import { commands, page, userEvent } from 'vitest/browser';

/** Per-story settings, as `parameters.storyChecks`. */
export interface StoryCheckParameters {
  /**
   * For stories with thousands of focusable elements: check this many of them, spread evenly
   * over the page (first and last included), in forced-colours mode instead of every one.
   */
  focusSample?: number;
}

const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** Short, findable description of an element for a failure message. */
function describe(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const id = element.id ? `#${element.id}` : '';
  const role = element.getAttribute('role');
  const testId = element.getAttribute('data-testid');
  const name =
    element.getAttribute('aria-label') ??
    (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return `<${tag}${id}${role ? ` role=${role}` : ''}${testId ? ` data-testid=${testId}` : ''}> "${name}"`;
}

/** Clipped to a pixel for screen readers only (VisuallyHidden, the live-region host). */
function isVisuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    (element.clientWidth <= 1 && element.clientHeight <= 1) ||
    style.clipPath === 'inset(50%)' ||
    style.clip === 'rect(0px, 0px, 0px, 0px)'
  );
}

async function resizeTo(width: number, height: number): Promise<void> {
  await page.viewport(width, height);
  for (let i = 0; i < 20 && window.innerWidth !== width; i++) await nextFrame();
  await nextFrame();
}

/**
 * The one place content may scroll sideways: a data table inside its own scrolling region,
 * which keyboard users can reach (tabindex=0) and screen readers can name.
 */
const SCROLL_REGION = '[role="region"][tabindex="0"], section:not([role])[tabindex="0"]';

function isTableScrollRegion(element: Element): boolean {
  return (
    element.matches(SCROLL_REGION) &&
    element.getAttribute('tabindex') === '0' &&
    (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) &&
    element.querySelector('table') !== null
  );
}

/**
 * WCAG 1.4.10 (reflow) at `width` × `height` CSS px: the page does not scroll sideways, and no
 * box inside it does either unless it is a data table's scrolling region.
 */
export async function checkReflow(width: number, height: number): Promise<string[]> {
  const before = { width: window.innerWidth, height: window.innerHeight };
  await resizeTo(width, height);
  const problems: string[] = [];
  try {
    const viewport = window.innerWidth;
    const all = document.body.querySelectorAll('*');
    const pageScrolls = document.documentElement.scrollWidth > viewport;
    if (pageScrolls) {
      problems.push(
        `at ${width} px the page is ${document.documentElement.scrollWidth} px wide and scrolls sideways`,
      );
    }
    let named = 0;
    for (const element of all) {
      if (named >= 5) break;
      // The deepest boxes that stick out past the viewport, so the message points at them.
      if (pageScrolls && !element.closest(SCROLL_REGION)) {
        const rect = element.getBoundingClientRect();
        if (
          rect.width > 0 &&
          rect.right > viewport + 1 &&
          !Array.from(element.children).some(
            (child) => child.getBoundingClientRect().right > viewport + 1,
          )
        ) {
          problems.push(`  ${describe(element)} reaches ${Math.round(rect.right)} px`);
          named++;
        }
      }
      // Reading scrollWidth first skips getComputedStyle for nearly every element.
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      const style = getComputedStyle(element);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (isVisuallyHidden(element, style) || isTableScrollRegion(element)) continue;
      problems.push(
        `at ${width} px ${describe(element)} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px); only a data table in a named, focusable region may`,
      );
      named++;
    }
  } finally {
    await resizeTo(before.width, before.height);
  }
  return problems;
}

/** The text spacing WCAG 1.4.12 says a user may set, as a user style sheet would. */
const TEXT_SPACING_CSS = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }
`;

const CLIPS = new Set(['hidden', 'clip']);

/**
 * WCAG 1.4.12 (text spacing): with the spacing above forced on, no box that holds text cuts its
 * content off (overflow hidden or clip with more content than room). Boxes clipped on purpose
 * for screen readers only are left out.
 */
export async function checkTextSpacing(): Promise<string[]> {
  const sheet = document.createElement('style');
  sheet.setAttribute('data-sk-text-spacing-check', '');
  sheet.textContent = TEXT_SPACING_CSS;
  document.head.appendChild(sheet);
  const problems: string[] = [];
  try {
    await nextFrame();
    for (const element of document.body.querySelectorAll('*')) {
      const wider = element.scrollWidth > element.clientWidth + 1;
      const taller = element.scrollHeight > element.clientHeight + 1;
      if (!wider && !taller) continue;
      const style = getComputedStyle(element);
      const cut = (wider && CLIPS.has(style.overflowX)) || (taller && CLIPS.has(style.overflowY));
      if (!cut || isVisuallyHidden(element, style)) continue;
      if (!(element.textContent ?? '').trim()) continue;
      problems.push(
        `with WCAG 1.4.12 text spacing ${describe(element)} cuts off its text (${element.scrollWidth}×${element.scrollHeight} px of content in ${element.clientWidth}×${element.clientHeight} px, overflow ${style.overflowX}/${style.overflowY})`,
      );
      if (problems.length >= 5) break;
    }
  } finally {
    sheet.remove();
  }
  return problems;
}

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Controls whose edge someone must be able to see to know where to click or type. */
const CONTROL =
  'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"], [role="textbox"], [role="slider"], [role="tab"]';

interface Edge {
  outline: boolean;
  border: string;
}

function edgeOf(element: Element | null | undefined, pseudo?: string): Edge | undefined {
  if (!element) return undefined;
  const style = getComputedStyle(element, pseudo);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  return {
    outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1,
    border: sides
      .map((side) => {
        const width = Number.parseFloat(
          style.getPropertyValue(`border-${side.toLowerCase()}-width`),
        );
        const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        return width >= 1 && lineStyle !== 'none' && lineStyle !== 'hidden'
          ? `${width} ${lineStyle} ${style.getPropertyValue(`border-${side.toLowerCase()}-color`)}`
          : '-';
      })
      .join('|'),
  };
}

function hasBoundary(edge: Edge | undefined): boolean {
  return !!edge && (edge.outline || edge.border !== '-|-|-|-');
}

/**
 * The boxes a focus indicator may be drawn on: the element, its ::before/::after, its parent
 * (a wrapper that uses :focus-within), its siblings (a custom box after a hidden native input)
 * and its label.
 */
function indicatorEdges(element: HTMLElement): (Edge | undefined)[] {
  const label = (element as HTMLInputElement).labels?.[0];
  return [
    edgeOf(element),
    edgeOf(element, '::before'),
    edgeOf(element, '::after'),
    edgeOf(element.parentElement),
    edgeOf(element.nextElementSibling),
    edgeOf(element.previousElementSibling),
    edgeOf(label),
  ];
}

/** Native checkboxes, radios and ranges draw their own edge in forced colours. */
function drawsOwnEdge(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    element instanceof HTMLInputElement &&
    ['checkbox', 'radio', 'range', 'color', 'file'].includes(element.type) &&
    style.appearance !== 'none'
  );
}

/** The group a segmented control's button sits in, whose border is the buttons' shared edge. */
function segmentedGroup(element: Element): Element | undefined {
  const parent = element.parentElement;
  return parent?.matches('[role="group"], [role="toolbar"]') ? parent : undefined;
}

/** A button drawn as underlined text is known by its underline, as a link is. */
function looksLikeLink(style: CSSStyleDeclaration): boolean {
  return style.textDecorationLine.includes('underline');
}

function sample<T>(items: T[], size: number | undefined): T[] {
  if (!size || items.length <= size) return items;
  const step = (items.length - 1) / (size - 1);
  return Array.from({ length: size }, (_, i) => items[Math.round(i * step)] as T);
}

/**
 * Forced-colours mode (Windows High Contrast) replaces every colour and drops box-shadows: a
 * focus ring made of a shadow, or a control whose edge was only a background colour, vanishes.
 * In Chromium's `forced-colors: active` emulation, every focusable element must show a focus
 * indicator (an outline, or a border that changes on focus, on it or a box around it), and every
 * control must have a border or outline.
 */
export async function checkForcedColors(parameters: StoryCheckParameters): Promise<string[]> {
  const problems: string[] = [];
  const previousFocus = document.activeElement as HTMLElement | null;
  await commands.emulateForcedColors(true);
  try {
    await nextFrame();
    if (!matchMedia('(forced-colors: active)').matches) {
      return ['forced-colors emulation did not take effect'];
    }
    // A key press tells Chromium the person uses the keyboard, so focus() below matches
    // :focus-visible the way Tab would.
    await userEvent.keyboard('{Shift}');
    const focusable = Array.from(document.body.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (element) =>
        !element.matches(':disabled') &&
        !element.closest('[inert]') &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    for (const element of sample(focusable, parameters.focusSample)) {
      const style = getComputedStyle(element);
      if (element.matches(CONTROL) && !drawsOwnEdge(element, style) && !looksLikeLink(style)) {
        const hidden = isVisuallyHidden(element, style) || style.opacity === '0';
        // A hidden native input is drawn by the box beside it or its label; a segmented
        // control's buttons share the edge of the group around them.
        const boxes = hidden
          ? [
              element.nextElementSibling,
              element.previousElementSibling,
              (element as HTMLInputElement).labels?.[0],
            ]
          : [element, segmentedGroup(element)];
        const edged = boxes.some(
          (box) => hasBoundary(edgeOf(box)) || (hidden && hasBoundary(edgeOf(box, '::before'))),
        );
        if (!edged) problems.push(`in forced colours ${describe(element)} has no visible edge`);
      }
      // Measured unfocused: the play function may have left this very element focused.
      (document.activeElement as HTMLElement | null)?.blur();
      const unfocused = indicatorEdges(element);
      element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
      if (document.activeElement !== element) continue;
      const focused = indicatorEdges(element);
      const shows = focused.some((edge, i) => {
        const was = unfocused[i];
        if (!edge) return false;
        // Shadows are not counted: forced colours do not paint them.
        return (edge.outline && !was?.outline) || (was !== undefined && edge.border !== was.border);
      });
      const outlineAlways = focused[0]?.outline && element.matches(':focus-visible');
      if (!shows && !outlineAlways) {
        problems.push(`in forced colours ${describe(element)} shows no focus indicator`);
      }
      if (problems.length >= 8) break;
    }
  } finally {
    (document.activeElement as HTMLElement | null)?.blur();
    previousFocus?.focus?.({ preventScroll: true });
    await commands.emulateForcedColors(false);
  }
  return problems;
}
