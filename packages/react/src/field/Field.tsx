import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useLabels } from '../labels/useLabels.js';
import { ValidationMessage } from '../validation-message/ValidationMessage.js';
import { Description, Label, Marker, Root } from './Field.styles.js';
import {
  type ControlProps,
  FieldContext,
  type FieldState,
  hasMessage,
  isGiven,
  useField,
  wireControl,
} from './useField.js';

export interface FieldLabels {
  /** After the label of an optional field: "(valgfritt)". */
  optional: string;
  /** After the label of a required field: "(må fylles ut)". */
  required: string;
  /** The hidden word read before an error message: "Feil:". */
  errorPrefix: string;
}

/** What every form field shares: its label, help text, error and whether it must be filled. */
const labelKeys = {
  optional: 'field.optional',
  required: 'field.required',
  errorPrefix: 'field.errorPrefix',
} as const satisfies Record<keyof FieldLabels, SamskapKey>;

export interface FieldBaseProps {
  /** The visible label. Keep it short; put help in `description`. */
  label: ReactNode;
  /** Help text under the label, read with the control. */
  description?: ReactNode;
  /**
   * What is wrong and how to fix it. Shown above the control, read with it, and makes the
   * control invalid (`aria-invalid`).
   */
  error?: ReactNode;
  /**
   * Marks the field as one that must be filled in, visibly and with `aria-required`. The
   * browser's own validation is not turned on: validate on submit and show an `ErrorSummary`.
   * @default false
   */
  required?: boolean;
  /**
   * Shows "(valgfritt)" after the label. Mark the fewer of the two kinds in a form: usually the
   * optional ones.
   * @default false
   */
  optional?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<FieldLabels>;
}

/** The "(valgfritt)" or "(må fylles ut)" after a label or legend, or nothing. */
export function RequirementMarker({
  required,
  optional,
  labels,
}: Pick<FieldBaseProps, 'required' | 'optional' | 'labels'>) {
  const label = useLabels(labelKeys, labels);
  if (!required && !optional) return null;
  const text = label(required ? 'required' : 'optional');
  return (
    <>
      {' '}
      <Marker data-sk-marker="">{text}</Marker>
    </>
  );
}

export interface FieldProps extends FieldBaseProps, HTMLAttributes<HTMLDivElement> {
  /** The control's id. Made up when not given; pass it to link to the field from elsewhere. */
  controlId?: string;
  /** Marks the control invalid without a message of its own. */
  invalid?: boolean;
  /** Disables the control inside. */
  disabled?: boolean;
  /** The control, which takes its ids from the field with `useFieldControl`. */
  children: ReactNode;
}

/** Gives a control the wiring of the field it sits in (`wireControl` with that field). */
export type WireControl = <P extends ControlProps>(props: P) => P;

/**
 * `Field`, as the controls of this package use it: the children may also be a function, given
 * `wire` for the control's props, so a control is wired where it is rendered instead of in a
 * component of its own.
 */
export interface FieldFrameProps extends Omit<FieldProps, 'children'> {
  children: ReactNode | ((wire: WireControl) => ReactNode);
}

/** A field's help text, then its error: the order its control's `aria-describedby` names them. */
export function FieldMessages({
  field,
  description,
  error,
  errorPrefix,
}: {
  field: FieldState;
  description?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
}) {
  return (
    <>
      {isGiven(description) ? (
        <Description id={field.descriptionId}>{description}</Description>
      ) : null}
      {hasMessage(error) ? (
        <ValidationMessage id={field.errorId} labels={{ prefix: errorPrefix }}>
          {error}
        </ValidationMessage>
      ) : null}
    </>
  );
}

/** `Field` itself; inside this package, the frame every field control renders. */
export const FieldFrame = forwardRef<HTMLDivElement, FieldFrameProps>(function FieldFrame(
  {
    label,
    description,
    error,
    required,
    optional,
    labels,
    controlId,
    invalid,
    disabled,
    children,
    ...rest
  },
  ref,
) {
  const field = useField({
    id: controlId,
    hasDescription: isGiven(description),
    hasError: hasMessage(error),
    invalid,
    required,
    disabled,
  });
  return (
    <FieldContext.Provider value={field}>
      <Root
        ref={ref}
        data-invalid={field.invalid ? 'true' : undefined}
        data-disabled={disabled ? 'true' : undefined}
        {...rest}
      >
        <Label htmlFor={field.controlId} id={field.labelId}>
          {label}
          <RequirementMarker required={required} optional={optional} labels={labels} />
        </Label>
        <FieldMessages
          field={field}
          description={description}
          error={error}
          errorPrefix={labels?.errorPrefix}
        />
        {typeof children === 'function' ? children((props) => wireControl(field, props)) : children}
      </Root>
    </FieldContext.Provider>
  );
});

/**
 * The frame of one form control: label, description, error and the control, with the ids and
 * `aria-*` wiring between them. A control inside takes that wiring with `useFieldControl`, so
 * every input in Samskap is labelled and described the same way.
 */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(props, ref) {
  return <FieldFrame ref={ref} {...props} />;
});
