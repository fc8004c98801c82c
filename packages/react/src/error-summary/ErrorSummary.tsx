import type { SamskapKey } from '@samskap/i18n';
import {
  forwardRef,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
} from 'react';
import type { HeadingLevel } from '../heading/Heading.js';
import { useLabels } from '../labels/useLabels.js';
import { Heading, ItemLink, List, Root } from './ErrorSummary.styles.js';
import { focusField } from './focusField.js';

export interface ErrorSummaryLabels {
  /** The summary's heading. */
  heading: string;
}

const labelKeys = { heading: 'errorSummary.heading' } as const satisfies Record<
  keyof ErrorSummaryLabels,
  SamskapKey
>;

export interface ErrorSummaryError {
  /** The id of the field in error (for a group of radios or checkboxes, the group's id). */
  target: string;
  /** The same message the field shows: what is wrong and how to fix it. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The errors, in the order of the fields on the page. With none, nothing is rendered. */
  errors: readonly ErrorSummaryError[];
  /**
   * The heading's level, to fit the page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Move focus to the summary when it appears, so keyboard and screen reader users start
   * there after a failed submit. To focus it again after a second failed submit, give it a
   * new `key` (such as the number of attempts).
   * @default true
   */
  autoFocus?: boolean;
  /** Called when a link moves focus to its field. */
  onErrorClick?: (error: ErrorSummaryError) => void;
  /** Overrides of the built-in strings. */
  labels?: Partial<ErrorSummaryLabels>;
}

/**
 * Lists what must be fixed after a failed submit, at the top of the form. It takes focus when
 * it appears, and each link moves focus to its field and scrolls the field's label into view.
 * The alert role sits on its content, not on the focused container, so the content is read
 * once as an alert and the container is announced as a named region.
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, headingLevel = 2, autoFocus = true, onErrorClick, labels, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const headingId = `sk-error-summary${useId()}`;
  const root = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => root.current as HTMLElement);
  const shown = errors.length > 0;

  useEffect(() => {
    if (shown && autoFocus) root.current?.focus();
  }, [shown, autoFocus]);

  if (!shown) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>, error: ErrorSummaryError) => {
    // Focus the field itself rather than follow the fragment: a fragment only scrolls, leaving
    // focus behind, and would put the label above the top of the screen.
    if (focusField(error.target)) {
      event.preventDefault();
      onErrorClick?.(error);
    }
  };

  return (
    <Root ref={root} tabIndex={-1} aria-labelledby={headingId} data-sk-error-summary="" {...rest}>
      <div role="alert">
        <Heading as={`h${headingLevel}`} id={headingId}>
          {label('heading')}
        </Heading>
        <List>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two messages may point at one field
            <li key={`${index}-${error.target}`}>
              <ItemLink href={`#${error.target}`} onClick={(event) => follow(event, error)}>
                {error.message}
              </ItemLink>
            </li>
          ))}
        </List>
      </div>
    </Root>
  );
});
