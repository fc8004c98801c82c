// The page every render scenario runs in: one root, one state (how many cards, which language,
// which colour scheme), and timed steps that render synchronously and then force style and
// layout, so a figure covers script, style recalculation and layout (not paint).
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../pages/data.ts';

export interface CardsProps {
  n: number;
  /** How many comments the thread below the cards has; none when 0. */
  comments: number;
  locale: Locale;
  scheme: 'light' | 'dark';
}

declare global {
  interface Window {
    bench: {
      mount(n: number): number;
      /** Mounts `n` cards and a thread of `comments` comments, in bokmål. */
      page(n: number, comments: number): number;
      locale(locale: Locale): number;
      scheme(scheme: 'light' | 'dark'): number;
      elementsPerCard(): number;
    };
  }
}

export function harness(Cards: ComponentType<CardsProps>): void {
  const container = document.getElementById('root') as HTMLElement;
  const root = createRoot(container);
  let state: CardsProps = { n: 0, comments: 0, locale: 'nb', scheme: 'light' };
  const step = (next: Partial<CardsProps>): number => {
    state = { ...state, ...next };
    const start = performance.now();
    flushSync(() => root.render(<Cards {...state} />));
    // Reading a layout property makes the browser recalculate styles and lay out now.
    void document.body.offsetHeight;
    return performance.now() - start;
  };
  window.bench = {
    mount: (n) => step({ n, comments: 0 }),
    page: (n, comments) => step({ n, comments, locale: 'nb', scheme: 'light' }),
    locale: (locale) => step({ locale }),
    scheme: (scheme) => step({ scheme }),
    elementsPerCard: () => {
      const items = container.querySelectorAll('ul[data-cards] > li');
      let count = 0;
      for (const li of items) count += li.querySelectorAll('*').length;
      return items.length ? count / items.length : 0;
    },
  };
}
