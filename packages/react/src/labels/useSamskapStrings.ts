import { type AreaStrings, addSamskapArea } from '@samskap/i18n';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';

/**
 * Makes sure one deferred area's strings are in the active instance before a component
 * translates with them. A component whose strings only it needs (the theme builder's, say)
 * imports them and calls this first, so a page without that component ships none of them:
 *
 * ```tsx
 * import { themeBuilderStrings } from '@samskap/i18n';
 * useSamskapStrings('themeBuilder', themeBuilderStrings);
 * const label = useLabels(labelKeys, labels);
 * ```
 *
 * It runs while rendering, so server rendering stays synchronous and no frame shows a raw key.
 * The strings are added once per instance, under whatever the provider's `translations` or a
 * registered locale already put there.
 */
export function useSamskapStrings(area: string, strings: AreaStrings): void {
  const { i18n } = useSamskapLocale();
  addSamskapArea(i18n, area, strings);
}
