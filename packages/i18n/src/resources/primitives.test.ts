import { describe, expect, it } from 'vitest';
import { resources } from './index.js';

// Where bokmål and nynorsk differ, the nynorsk strings must be nynorsk, not bokmål copied over.
describe('non-form primitive strings', () => {
  it.each([
    ['pagination.previous', 'Forrige', 'Førre'],
    ['alert.warning', 'Advarsel:', 'Åtvaring:'],
    ['skipLink.label', 'Hopp til hovedinnholdet', 'Hopp til hovudinnhaldet'],
    ['link.newTab', '(åpner i ny fane)', '(opnar i ny fane)'],
  ])('%s is "%s" in nb and "%s" in nn', (key, nb, nn) => {
    const get = (tree: unknown) =>
      key.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], tree);
    expect(get(resources.nb)).toBe(nb);
    expect(get(resources.nn)).toBe(nn);
  });

  it('page strings carry their numbers in every language', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      expect(resources[locale].pagination.status).toMatch(/\{\{page\}\}.*\{\{total\}\}/);
    }
  });
});
