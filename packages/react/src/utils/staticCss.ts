import type { RuleSet } from 'styled-components';

/**
 * A styled component's CSS as one string, for a template that takes in shared fragments
 * (`focusRing`, `visuallyHidden`): `styled.a(staticCss(css`... ${focusRing} ...`))`. For Samskap's
 * own packages.
 *
 * Why: styled-components 6.6 joins a component's template parts on every render and looks the
 * result up in a Map to find its class name. A template without `${}` is one part, so the join
 * gives back the same string and the lookup is cheap. Each fragment put in with `${}` splits the
 * template, and then every render builds the whole stylesheet anew as a string and hashes it, a
 * few kilobytes of garbage per card on a page of cards (decision 25). Joined once here, the CSS
 * is byte for byte the same and so are the rules.
 *
 * Only static CSS can be joined: a function interpolation (`${(p) => ...}`) throws, since
 * Samskap's styles never depend on props or the theme (decision 1).
 */
export function staticCss<Props extends object>(rules: RuleSet<Props>): TemplateStringsArray {
  let text = '';
  for (const rule of rules) {
    if (typeof rule !== 'string') {
      throw new Error(
        'staticCss: only static CSS can be joined; put variants in data-* attribute selectors.',
      );
    }
    text += rule;
  }
  // A template strings array of one part, which styled-components takes as a template without
  // interpolations.
  return Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray;
}
