import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { Icon, Message } from './ValidationMessage.styles.js';

export interface ValidationMessageLabels {
  /** The hidden word read before the message ("Feil:"). */
  prefix: string;
}

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
    const { t } = useSamskapLocale();
    return (
      <Message ref={ref} data-sk-validation-message="" {...rest}>
        <Icon aria-hidden="true" focusable="false" viewBox="0 0 20 20" fill="currentColor">
          <path d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5ZM10 4.5c-.69 0-1.2.58-1.14 1.26l.5 5.24a.65.65 0 0 0 1.28 0l.5-5.24A1.14 1.14 0 0 0 10 4.5Z" />
        </Icon>
        <span>
          <VisuallyHidden>{labels?.prefix ?? t('field.errorPrefix')}</VisuallyHidden> {children}
        </span>
      </Message>
    );
  },
);
