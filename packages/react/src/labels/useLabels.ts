import type { SamskapKey } from '@samskap/i18n';
import { useCallback } from 'react';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';

/** Values a label is filled with: `{{count}}`, `{{name}}` and so on. */
export type LabelValues = Record<string, unknown>;

/**
 * What a host may pass for one built-in string: a fixed text, or a function of the values, which
 * is how an override keeps plural forms (`({ count }) => count === 1 ? '1 svar' : `${count} svar``).
 */
export type LabelOverride = string | ((values: LabelValues) => string);

/** A component's `labels` prop: any of its label names, each a text or a function. */
export type LabelOverrides<Name extends string> = Partial<Record<Name, LabelOverride>>;

/** Resolves one label by name, filling in values (and picking plural forms by `count`). */
export type LabelFn<Name extends string> = (name: Name, values?: LabelValues) => string;

// One pass over the override, so the cost is linear in its length whatever a host passes.
const placeholder = /\{\{\s*([\w.]+)\s*\}\}/g;

function fill(text: string, values: LabelValues | undefined): string {
  if (!values) return text;
  return text.replace(placeholder, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The one way a component gets its built-in strings. Each label name maps to a key of the
 * `samskap` namespace; a label is resolved, most specific first, from
 *
 * 1. the component's `labels` prop (a text, or a function of the values),
 * 2. the provider's `translations`,
 * 3. the active locale's resources, along its fallback chain (nn → nb → en).
 *
 * Plurals go through i18next's `count`, so every language gets its own plural forms.
 *
 * ```tsx
 * const keys = { submit: 'comments.form.submit', count: 'comments.thread.count' } as const;
 * const label = useLabels(keys, props.labels);
 * label('count', { count: 3 }); // "3 kommentarar" in nynorsk
 * ```
 *
 * Declare `keys` at module level, so the returned function stays the same between renders.
 */
export function useLabels<Name extends string>(
  keys: Readonly<Record<Name, SamskapKey>>,
  labels?: LabelOverrides<Name>,
): LabelFn<Name> {
  const { t } = useSamskapLocale();
  return useCallback(
    (name: Name, values?: LabelValues) => {
      const override = labels && Object.hasOwn(labels, name) ? labels[name] : undefined;
      if (typeof override === 'function') return override(values ?? {});
      if (typeof override === 'string') return fill(override, values);
      return t(keys[name], values);
    },
    [t, keys, labels],
  );
}
