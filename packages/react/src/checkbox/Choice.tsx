import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { hasMessage, isGiven, joinIds } from '../field/useField.js';
import { useIdOr } from '../utils/useIdOr.js';
import { ValidationMessage } from '../validation-message/ValidationMessage.js';
import { ChoiceDescription, ChoiceLabel, ChoiceRoot, Input, Row, Text } from './Choice.styles.js';

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  type: 'checkbox' | 'radio';
  /** The visible label, beside the control. */
  label: ReactNode;
  /** After the label: the requirement marker of a checkbox on its own. */
  marker?: ReactNode;
  /** Help text under the label, read with the control. */
  description?: ReactNode;
  /** An error of the choice's own (a checkbox on its own), shown above it and read with it. */
  error?: ReactNode;
  /** The hidden word read before the error. */
  errorPrefix?: string;
  /** Draws the error bar beside a choice that stands on its own. */
  invalid?: boolean;
  /** The choice is not one of a group's. */
  standalone?: boolean;
}

/**
 * The layout Checkbox and Radio share: a native control with its label beside it, help text
 * under the label and an error above, with the ids that tie them together. `className` and
 * `style` go on the outer element, every other prop to the `<input>`.
 */
export const Choice = forwardRef<HTMLInputElement, ChoiceProps>(function Choice(
  {
    type,
    label,
    marker,
    description,
    error,
    errorPrefix,
    invalid,
    standalone,
    id,
    className,
    style,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const inputId = useIdOr(id, `sk-${type}`);
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const hasDescription = isGiven(description);
  const hasError = hasMessage(error);
  return (
    <ChoiceRoot
      className={className}
      style={style}
      data-invalid={invalid ? 'true' : undefined}
      data-standalone={standalone ? 'true' : undefined}
    >
      {hasError ? (
        <ValidationMessage id={errorId} labels={{ prefix: errorPrefix }}>
          {error}
        </ValidationMessage>
      ) : null}
      <Row>
        <Input
          ref={ref}
          type={type}
          id={inputId}
          aria-describedby={joinIds(
            hasDescription && descriptionId,
            hasError && errorId,
            describedBy,
          )}
          {...rest}
        />
        <Text>
          <ChoiceLabel htmlFor={inputId}>
            {label}
            {marker}
          </ChoiceLabel>
          {hasDescription ? (
            <ChoiceDescription id={descriptionId}>{description}</ChoiceDescription>
          ) : null}
        </Text>
      </Row>
    </ChoiceRoot>
  );
});
