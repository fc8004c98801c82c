import { forwardRef, type SVGAttributes } from 'react';
import { StyledSpinner } from './Spinner.styles.js';

interface SpinnerBaseProps extends Omit<SVGAttributes<SVGSVGElement>, 'aria-hidden'> {
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg' | 'xl';
}

interface LabelledSpinnerProps extends SpinnerBaseProps {
  /** What is loading ("Laster inn saker"): the spinner's accessible name. */
  label: string;
  'aria-hidden'?: false;
}

interface HiddenSpinnerProps extends SpinnerBaseProps {
  label?: undefined;
  /** Hidden from screen readers, when something else already says that it is loading. */
  'aria-hidden': true;
}

/** A spinner must be named or hidden; the type enforces it. */
export type SpinnerProps = LabelledSpinnerProps | HiddenSpinnerProps;

/**
 * Shows that something is loading. Named by `label`, or hidden with `aria-hidden` when text
 * beside it says the same. It is not a live region: announce a finished load yourself.
 */
export const Spinner = forwardRef<SVGSVGElement, SpinnerProps>(function Spinner(
  { label, size = 'md', 'aria-hidden': hidden, ...rest },
  ref,
) {
  return (
    <StyledSpinner
      ref={ref}
      viewBox="0 0 24 24"
      fill="none"
      role={hidden ? undefined : 'img'}
      aria-label={hidden ? undefined : label}
      aria-hidden={hidden || undefined}
      data-size={size}
      {...rest}
    >
      <circle cx="12" cy="12" r="9.5" strokeWidth="3" />
      <path
        d="M12 2.5a9.5 9.5 0 0 1 9.5 9.5"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </StyledSpinner>
  );
});
