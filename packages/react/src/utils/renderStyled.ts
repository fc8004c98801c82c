import { createElement, type ReactElement, type Ref } from 'react';

type StyledRender = (props: object, ref: Ref<unknown> | null) => ReactElement;

/**
 * Renders a styled component as part of the primitive that wraps it: `Badge` returns what
 * `StyledBadge` would render (the `<span>` with its class), instead of a `<StyledBadge>` element
 * that React then renders as one more component. A page of 100 case cards has four such
 * primitives per card, and each extra component is a hook frame, an element and a props copy for
 * React to make (decision 22).
 *
 * A styled component of styled-components 6 is a `forwardRef` whose render function reads two
 * contexts (the theme and the style sheet); called here, those reads belong to the wrapping
 * primitive. Context reads keep no hook state, but a later version might add some, so a
 * primitive that picks between styled components renders every choice through this function
 * and calls the same hooks whichever it picks. Should a later version make its components
 * something other than a `forwardRef`, this falls back to rendering the element.
 */
export function renderStyled(
  Styled: unknown,
  props: object,
  ref: Ref<unknown> | null | undefined,
): ReactElement {
  const render = (Styled as { render?: StyledRender }).render;
  if (typeof render === 'function') return render(props, ref ?? null);
  // biome-ignore lint/suspicious/noExplicitAny: any styled component takes the props of its element
  return createElement(Styled as any, ref ? { ...props, ref } : props);
}
