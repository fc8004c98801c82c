import { forwardRef, type HTMLAttributes, useState } from 'react';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';
import { safeUrl } from '../utils/safeUrl.js';
import { StyledAvatar } from './Avatar.styles.js';

export interface AvatarProps extends HTMLAttributes<HTMLSpanElement> {
  /** The person's (or organisation's) name: the accessible name, and the source of the initials. */
  name: string;
  /**
   * A picture. It passes through `safeUrl`; when it is refused or fails to load, the initials
   * are shown.
   */
  src?: string;
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg';
  /**
   * Hide it from screen readers, for when the name is written right beside it (a comment's
   * author line): otherwise the name is read twice.
   * @default false
   */
  decorative?: boolean;
}

const colors = ['accent', 'brand2', 'info', 'success', 'neutral'] as const;

/** A stable colour per name, so the same person looks the same in every list. */
function colorFor(name: string): (typeof colors)[number] {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return colors[hash % colors.length] ?? 'accent';
}

/** The first letter of the first and the last name, whole characters (Å, emoji) kept whole. */
export function initialsOf(name: string, locale?: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string | undefined) => (word ? (Array.from(word)[0] ?? '') : '');
  return (letter(first) + letter(last)).toLocaleUpperCase(locale);
}

/** A picture of a person, or their initials when there is none. Named by `name`. */
export const Avatar = forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
  { name, src, size = 'md', decorative = false, ...rest },
  ref,
) {
  const { info } = useSamskapLocale();
  const url = safeUrl(src);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const showImage = url !== undefined && failed !== url;
  return (
    <StyledAvatar
      ref={ref}
      // role=img makes the whole avatar one image named by the person, picture or initials alike.
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
      data-size={size}
      data-color={colorFor(name)}
      {...rest}
    >
      {showImage ? (
        <img src={url} alt="" onError={() => setFailed(url)} />
      ) : (
        <span aria-hidden="true">{initialsOf(name, info.tag)}</span>
      )}
    </StyledAvatar>
  );
});
