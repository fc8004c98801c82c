import type { SamskapKey } from '@samskap/i18n';
import {
  type ChangeEvent,
  forwardRef,
  type TextareaHTMLAttributes,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { announce, ensureLiveRegions } from '../announce/announce.js';
import { type FieldBaseProps, FieldFrame, type FieldLabels } from '../field/Field.js';
import { splitFieldProps } from '../field/splitFieldProps.js';
import { joinIds } from '../field/useField.js';
import { type LabelOverrides, useLabels } from '../labels/useLabels.js';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';
import { countCharacters } from '../utils/text.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useIdOr } from '../utils/useIdOr.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { Counter, CounterIcon, StyledTextarea } from './Textarea.styles.js';

/** A counter string: a text with `{{count}}`, or a function of the count (for plural forms). */
export type TextareaCountLabel = string | ((count: number) => string);

export interface TextareaLabels extends FieldLabels {
  /** Describes the field: "Du kan skrive opptil 200 tegn". */
  limit: TextareaCountLabel;
  /** Shown and announced under the limit: "Du har 12 tegn igjen". */
  remaining: TextareaCountLabel;
  /** Shown and announced over the limit: "Du har 3 tegn for mye". */
  over: TextareaCountLabel;
}

const labelKeys = {
  limit: 'textarea.limit',
  remaining: 'textarea.remaining',
  over: 'textarea.over',
  errorPrefix: 'field.errorPrefix',
} as const satisfies Partial<Record<keyof TextareaLabels, SamskapKey>>;

type CounterLabel = keyof typeof labelKeys;

// The counter's overrides have taken the count itself since the first release; `useLabels` hands
// a function the values, so the count is taken out of them here.
function counterOverrides(
  labels: Partial<TextareaLabels> | undefined,
): LabelOverrides<CounterLabel> | undefined {
  if (!labels) return undefined;
  const out: LabelOverrides<CounterLabel> = {};
  if (labels.errorPrefix !== undefined) out.errorPrefix = labels.errorPrefix;
  for (const name of ['limit', 'remaining', 'over'] as const) {
    const given = labels[name];
    out[name] = typeof given === 'function' ? (v) => given(Number(v.count)) : given;
  }
  return out;
}

export interface TextareaProps
  extends Omit<FieldBaseProps, 'labels'>,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required' | 'maxLength'> {
  /**
   * The most characters the answer may have. Shows a counter; going over is allowed (so a
   * pasted text can be edited down) but makes the field invalid. There is no hard `maxLength`
   * because it cuts pasted text off without telling anyone.
   */
  characterLimit?: number;
  /**
   * How long the person must pause typing before a screen reader hears the count, in ms.
   * @default 1000
   */
  announceDelay?: number;
  /** Overrides of the built-in strings. */
  labels?: Partial<TextareaLabels>;
}

/**
 * A multi-line text input with its label, description and error, and an optional character
 * counter. The visible count is hidden from screen readers, which would otherwise read it on
 * every key press; they hear it once the person pauses, through the shared live region.
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  {
    characterLimit,
    announceDelay = 1000,
    value,
    defaultValue,
    onChange,
    rows = 5,
    'aria-describedby': describedBy,
    ...props
  },
  ref,
) {
  const [field, rest] = splitFieldProps(props);
  const { labels } = props;
  const { info } = useSamskapLocale();
  const overrides = useMemo(() => counterOverrides(labels), [labels]);
  const text = useLabels(labelKeys, overrides);
  const controlId = useIdOr(field.controlId, 'sk-textarea');
  const [current, setCurrent] = useControllableState(
    value === undefined ? undefined : String(value),
    () => String(defaultValue ?? ''),
  );
  const hasLimit = characterLimit !== undefined && characterLimit > 0;
  const count = countCharacters(current);
  const left = hasLimit ? characterLimit - count : 0;
  const over = hasLimit && left < 0;

  const countText = (l: number) =>
    l < 0 ? text('over', { count: -l }) : text('remaining', { count: l });

  // The latest message, read when the timer fires, so a pause announces the count as it is then.
  const latest = useRef({ left, countText });
  latest.current = { left, countText };
  const cancelAnnouncement = useRef<() => void>(() => {});

  useEffect(() => {
    if (hasLimit) ensureLiveRegions();
    return () => cancelAnnouncement.current();
  }, [hasLimit]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setCurrent(event.target.value);
    onChange?.(event);
    if (!hasLimit) return;
    cancelAnnouncement.current = announce(() => latest.current.countText(latest.current.left), {
      delay: announceDelay,
      lang: info.tag,
    });
  };

  const limitId = `${controlId}-limit`;
  const overId = `${controlId}-over`;
  return (
    <FieldFrame {...field} controlId={controlId} invalid={over}>
      {(wire) => (
        <>
          <StyledTextarea
            ref={ref}
            {...wire({
              rows,
              value,
              defaultValue: value === undefined ? defaultValue : undefined,
              onChange: handleChange,
              'aria-describedby': joinIds(hasLimit && limitId, over && overId, describedBy),
              ...rest,
            })}
          />
          {hasLimit ? (
            <>
              <VisuallyHidden id={limitId}>
                {text('limit', { count: characterLimit })}
              </VisuallyHidden>
              {over ? (
                <VisuallyHidden id={overId}>
                  {text('errorPrefix')} {text('over', { count: -left })}
                </VisuallyHidden>
              ) : null}
              <Counter aria-hidden="true" data-over={over ? 'true' : undefined}>
                {over ? <CounterIcon name="error" /> : null}
                <span>{countText(left)}</span>
              </Counter>
            </>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
});
