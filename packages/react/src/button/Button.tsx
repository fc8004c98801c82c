import type { SamskapKey } from '@samskap/i18n';
import { type ButtonHTMLAttributes, forwardRef, type MouseEvent, type ReactNode } from 'react';
import { useLabels } from '../labels/useLabels.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { LoadingMark, StyledButton } from './Button.styles.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonLabels {
  /** Read by screen readers while `loading`. */
  loading: string;
}

const labelKeys = { loading: 'button.loading' } as const satisfies Record<
  keyof ButtonLabels,
  SamskapKey
>;

export interface ButtonBaseProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * How much the button stands out. Use one `primary` per view for the main action.
   * @default 'primary'
   */
  variant?: ButtonVariant;
  /** @default 'md' */
  size?: ButtonSize;
  /**
   * Shows a busy state: the button keeps focus, ignores clicks, sets `aria-busy` and tells
   * screen readers that something is loading.
   * @default false
   */
  loading?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<ButtonLabels>;
}

/** The content of a button with text. */
export interface ButtonTextContent {
  /** The button's visible text. */
  children: ReactNode;
  /** An icon before the text. Decorative: give it `aria-hidden`. */
  icon?: ReactNode;
}

/** The content of a button without text. */
export interface ButtonIconOnlyContent {
  children?: undefined;
  /** The only content. Decorative: the name comes from `aria-label`. */
  icon: ReactNode;
  /** Required when there is no text: the button's accessible name. */
  'aria-label': string;
}

export type TextButtonProps = ButtonBaseProps & ButtonTextContent;
export type IconOnlyButtonProps = ButtonBaseProps & ButtonIconOnlyContent;

/**
 * A button without text must have an `aria-label`; the type enforces it. Written as an
 * intersection (not a union of two interfaces) so Storybook's docgen still reads the JSDoc of
 * the shared props.
 */
export type ButtonProps = ButtonBaseProps & (ButtonTextContent | ButtonIconOnlyContent);

/** A button for actions. For navigation, use a link. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    size = 'md',
    loading = false,
    labels,
    icon,
    children,
    type = 'button',
    onClick,
    disabled,
    ...rest
  },
  ref,
) {
  const text = useLabels(labelKeys, labels);
  const iconOnly = children === undefined || children === null;
  // Resolved only while loading: a page with hundreds of buttons asks for it only where it shows.
  const loadingText = loading ? text('loading') : '';
  // An aria-label replaces the content as the name, hidden loading text included, so an
  // icon-only button says it is loading in its label.
  const ariaLabel = rest['aria-label'];
  const label = loading && ariaLabel ? `${ariaLabel} ${loadingText}` : ariaLabel;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Loading buttons stay focusable (aria-disabled, not disabled) so focus is not lost.
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <StyledButton
      ref={ref}
      type={type}
      data-variant={variant}
      data-size={size}
      data-icon-only={iconOnly ? 'true' : undefined}
      disabled={disabled}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      onClick={handleClick}
      {...rest}
      aria-label={label}
    >
      {loading ? <LoadingMark aria-hidden="true" /> : icon}
      {children}
      {loading ? (
        <>
          {' '}
          <VisuallyHidden>{loadingText}</VisuallyHidden>
        </>
      ) : null}
    </StyledButton>
  );
});
