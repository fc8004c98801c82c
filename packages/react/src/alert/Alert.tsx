import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Heading, type HeadingLevel } from '../heading/Heading.js';
import { Icon } from '../icon/Icon.js';
import { useLabels } from '../labels/useLabels.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { Content, StyledAlert } from './Alert.styles.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

export interface AlertLabels {
  /** Hidden prefixes that say the alert's kind, since colour and icon are not enough. */
  info: string;
  success: string;
  warning: string;
  danger: string;
}

const labelKeys = {
  info: 'alert.info',
  success: 'alert.success',
  warning: 'alert.warning',
  danger: 'alert.danger',
} as const satisfies Record<keyof AlertLabels, SamskapKey>;

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  /** @default 'info' */
  variant?: AlertVariant;
  /** A short heading. The hidden prefix ("Advarsel:") is read as part of it. */
  heading?: ReactNode;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /**
   * How urgently a screen reader announces it when it appears or changes. `assertive`
   * (role="alert") interrupts; `polite` (role="status") waits; `off` is for alerts that are
   * part of the page from the start. Defaults to `assertive` for `danger`, else `polite`.
   */
  live?: 'polite' | 'assertive' | 'off';
  /** Overrides of the built-in strings. */
  labels?: Partial<AlertLabels>;
  children?: ReactNode;
}

/**
 * A message about the page or what just happened. Its kind is said in words (a hidden prefix),
 * not only by colour and icon (WCAG 1.4.1). For a message that must be announced when nothing
 * on screen changes, use `announce()`.
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { variant = 'info', heading, headingLevel = 2, live, labels, children, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const urgency = live ?? (variant === 'danger' ? 'assertive' : 'polite');
  const role = urgency === 'assertive' ? 'alert' : urgency === 'polite' ? 'status' : undefined;
  const prefix = (
    <>
      <VisuallyHidden>{label(variant)}</VisuallyHidden>{' '}
    </>
  );
  return (
    <StyledAlert ref={ref} role={role} data-variant={variant} {...rest}>
      <Icon name={variant} />
      <Content>
        {heading ? (
          <Heading level={headingLevel} size="sm">
            {prefix}
            {heading}
          </Heading>
        ) : null}
        <div>
          {heading ? null : prefix}
          {children}
        </div>
      </Content>
    </StyledAlert>
  );
});
