/** A tree of strings: one component's or area's built-in strings in one locale. */
export interface StringTree {
  [key: string]: string | StringTree;
}

/** The same shape as T, with every string widened so another locale can fill it in. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * Declares one area's strings in the three shipped locales, side by side for translators.
 * nb is the source of the key set: nn and en must have exactly the same keys (a missing or
 * extra key fails the typecheck).
 */
export function defineStrings<T extends StringTree>(strings: {
  nb: T;
  nn: Widen<NoInfer<T>>;
  en: Widen<NoInfer<T>>;
}): { nb: Widen<T>; nn: Widen<T>; en: Widen<T> } {
  return strings as { nb: Widen<T>; nn: Widen<T>; en: Widen<T> };
}

/** Every string in a tree, keyed by its dotted path: "form.errors.nameRequired". */
export function stringLeaves(
  tree: StringTree,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else stringLeaves(value, path, out);
  }
  return out;
}

/**
 * Areas (each `{ nb, nn, en }`) turned into one tree per locale: `{ nb: { area: ... }, ... }`.
 * Later sets add to earlier ones.
 */
export function byLocale<T>(
  ...areaSets: Array<Record<string, Record<'nb' | 'nn' | 'en', unknown>>>
): Record<'nb' | 'nn' | 'en', T> {
  const tree = (locale: 'nb' | 'nn' | 'en') => {
    const out: Record<string, unknown> = {};
    for (const areas of areaSets) {
      for (const [area, strings] of Object.entries(areas)) out[area] = strings[locale];
    }
    return out as T;
  };
  return { nb: tree('nb'), nn: tree('nn'), en: tree('en') };
}
