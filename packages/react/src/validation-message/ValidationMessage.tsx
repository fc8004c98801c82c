import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useLabels } from '../labels/useLabels.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { Message, MessageIcon } from './ValidationMessage.styles.js';

export interface ValidationMessageLabels {
  /** The hidden word read before the message ("Feil:"). */
  prefix: string;
}

const labelKeys = { prefix: 'field.errorPrefix' } as const satisfies Record<
  keyof ValidationMessageLabels,
  SamskapKey
>;

export interface ValidationMessageProps extends HTMLAttributes<HTMLParagraphElement> {
  /** What is wrong and how to fix it: "Skriv inn e-postadressen din". */
  children: ReactNode;
  /** Overrides of the built-in strings. */
  labels?: Partial<ValidationMessageLabels>;
}

/**
 * An error message for a field or a group. Screen readers hear it with a hidden "Feil:" before
 * it; sighted readers see it in the danger colour with an icon. Link it to its control with
 * `aria-describedby` (the form fields do this for you through their `error` prop).
 */
export const ValidationMessage = forwardRef<HTMLParagraphElement, ValidationMessageProps>(
  function ValidationMessage({ children, labels, ...rest }, ref) {
    const label = useLabels(labelKeys, labels);
    return (
      <Message ref={ref} data-sk-validation-message="" {...rest}>
        <MessageIcon name="error" />
        <span>
          <VisuallyHidden>{label('prefix')}</VisuallyHidden> {children}
        </span>
      </Message>
    );
  },
);
