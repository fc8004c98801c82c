import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { Icon } from '../icon/Icon.js';
import { useLabels } from '../labels/useLabels.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { RemoveButton, StyledTag } from './Tag.styles.js';

export interface TagLabels {
  /** Read before the tag's text on its remove button: "Fjern" gives "Fjern Barnehage". */
  remove: string;
}

const labelKeys = { remove: 'tag.remove' } as const satisfies Record<keyof TagLabels, SamskapKey>;

export interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  /** The tag's text. */
  children: ReactNode;
  /**
   * Makes the tag removable: a button after the text, named "Fjern <text>", calls this. Move
   * focus somewhere sensible afterwards (the next tag, or the field that adds tags), since the
   * button that had it is gone.
   */
  onRemove?: () => void;
  /** Disables the remove button. */
  disabled?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<TagLabels>;
}

/** A keyword or category ("Barnehage", "Klima"), optionally removable (a chosen filter). */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag(
  { children, onRemove, disabled = false, labels, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const id = useId();
  const textId = `${id}-text`;
  const removeId = `${id}-remove`;
  return (
    <StyledTag
      ref={ref}
      data-removable={onRemove ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
      {...rest}
    >
      <span id={textId}>{children}</span>
      {onRemove ? (
        <RemoveButton
          type="button"
          disabled={disabled}
          aria-labelledby={`${removeId} ${textId}`}
          onClick={onRemove}
        >
          <VisuallyHidden id={removeId}>{label('remove')}</VisuallyHidden>
          <Icon name="close" />
        </RemoveButton>
      ) : null}
    </StyledTag>
  );
});
