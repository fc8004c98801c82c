import {
  createContext,
  type FieldsetHTMLAttributes,
  forwardRef,
  type ReactNode,
  useContext,
} from 'react';
import { type FieldBaseProps, FieldMessages, RequirementMarker } from '../field/Field.js';
import { hasMessage, isGiven, joinIds, useField } from '../field/useField.js';
import { Content, Legend, Root } from './Fieldset.styles.js';

export interface FieldsetProps
  extends Omit<FieldBaseProps, 'label'>,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'required'> {
  /** The question the group answers, read as the group's name. */
  legend: ReactNode;
  /**
   * `lg` when the legend is the page's main question.
   * @default 'md'
   */
  legendSize?: 'md' | 'lg';
  /** Marks the group invalid without a message of its own. */
  invalid?: boolean;
  children?: ReactNode;
}

interface FieldsetState {
  invalid: boolean;
}

const FieldsetContext = createContext<FieldsetState | null>(null);

/** The group a radio or checkbox sits in, or null. */
export function useFieldsetContext(): FieldsetState | null {
  return useContext(FieldsetContext);
}

/**
 * Groups controls that answer one question, with the question as the legend and the group's
 * help text and error read when a screen reader enters it. `id` goes on the `<fieldset>`: an
 * error summary linking to it focuses the first control inside.
 */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  {
    legend,
    legendSize = 'md',
    description,
    error,
    required,
    optional,
    labels,
    invalid,
    id,
    children,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const field = useField({
    id,
    hasDescription: isGiven(description),
    hasError: hasMessage(error),
    invalid,
  });
  return (
    <FieldsetContext.Provider value={{ invalid: field.invalid }}>
      <Root
        ref={ref}
        id={field.controlId}
        aria-describedby={joinIds(field.describedBy, describedBy)}
        data-invalid={field.invalid ? 'true' : undefined}
        {...rest}
      >
        <Legend data-size={legendSize === 'md' ? undefined : legendSize}>
          {legend}
          <RequirementMarker required={required} optional={optional} labels={labels} />
        </Legend>
        <Content>
          <FieldMessages
            field={field}
            description={description}
            error={error}
            errorPrefix={labels?.errorPrefix}
          />
          {children}
        </Content>
      </Root>
    </FieldsetContext.Provider>
  );
});
