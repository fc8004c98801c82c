import type { SamskapKey } from '@samskap/i18n';
import {
  type ChangeEvent,
  type FormEvent,
  forwardRef,
  type InputHTMLAttributes,
  type KeyboardEvent,
  useRef,
} from 'react';
import { Button } from '../button/Button.js';
import { CloseButton } from '../button/CloseButton.js';
import { useLabels } from '../labels/useLabels.js';
import { mergeRefs } from '../utils/mergeRefs.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useIdOr } from '../utils/useIdOr.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { ClearSlot, Form, Input, InputWrap, Label, Row } from './SearchField.styles.js';

export interface SearchFieldLabels {
  /** The field's label. */
  label: string;
  /** The accessible name of the clear button. */
  clear: string;
  /** The submit button's text. */
  submit: string;
}

const labelKeys = {
  label: 'searchField.label',
  clear: 'searchField.clear',
  submit: 'searchField.submit',
} as const satisfies Record<keyof SearchFieldLabels, SamskapKey>;

export interface SearchFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'size'> {
  /** The text, when the parent controls it. */
  value?: string;
  /** The starting text, when the field keeps its own. */
  defaultValue?: string;
  /** Called with the new text on every change, including a clear. */
  onValueChange?: (value: string) => void;
  /**
   * Called with the text on submit (Enter or the button). The form's own submit is then
   * prevented; without `onSearch` the form submits to `action` like any form.
   */
  onSearch?: (value: string) => void;
  /** Where the form submits when there is no `onSearch` (a search page's URL). */
  action?: string;
  /**
   * Hide the label visually; it is still the field's name. Only where the purpose is obvious
   * from the page (a site search in the header).
   * @default false
   */
  hideLabel?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<SearchFieldLabels>;
}

/**
 * A search form (`role="search"`): a labelled search field, a clear button while there is text,
 * and a submit button. Escape clears the field too, as in a native search field.
 */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(
  {
    value: controlled,
    defaultValue = '',
    onValueChange,
    onSearch,
    action,
    hideLabel = false,
    labels,
    id,
    name = 'q',
    onChange,
    onKeyDown,
    disabled,
    ...rest
  },
  ref,
) {
  const text = useLabels(labelKeys, labels);
  const inputId = useIdOr(id);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [value, update] = useControllableState(controlled, defaultValue, onValueChange);
  const clear = () => {
    update('');
    // The clear button disappears with the text; focus goes back to the field.
    inputRef.current?.focus();
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSearch) return;
    event.preventDefault();
    onSearch(value);
  };

  const label = text('label');
  return (
    <Form role="search" action={action} onSubmit={handleSubmit} noValidate>
      {hideLabel ? (
        <VisuallyHidden>
          <label htmlFor={inputId}>{label}</label>
        </VisuallyHidden>
      ) : (
        <Label htmlFor={inputId}>{label}</Label>
      )}
      <Row>
        <InputWrap>
          <Input
            ref={mergeRefs(ref, inputRef)}
            id={inputId}
            type="search"
            name={name}
            value={value}
            disabled={disabled}
            data-has-value={value ? 'true' : undefined}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              onChange?.(event);
              update(event.target.value);
            }}
            onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
              onKeyDown?.(event);
              if (event.key === 'Escape' && value && !event.defaultPrevented) {
                // Cleared, and the Escape is used up so it does not also close a dialog around.
                event.preventDefault();
                update('');
              }
            }}
            {...rest}
          />
          {value && !disabled ? (
            <ClearSlot>
              <CloseButton label={text('clear')} onClick={clear} iconSize={16} />
            </ClearSlot>
          ) : null}
        </InputWrap>
        <Button type="submit" variant="primary" disabled={disabled}>
          {text('submit')}
        </Button>
      </Row>
    </Form>
  );
});
