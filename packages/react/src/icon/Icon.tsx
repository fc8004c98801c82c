import { forwardRef, type ReactNode, type SVGAttributes } from 'react';

const stroke = { stroke: 'currentColor', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A 16-pixel icon of one stroked path. */
function line(d: string, strokeWidth = '1.75') {
  return { viewBox: '0 0 16 16', body: <path d={d} strokeWidth={strokeWidth} {...stroke} /> };
}

/** A 24-pixel icon of a stroked path inside a circle. */
function circled(d: string) {
  return {
    viewBox: '0 0 24 24',
    body: (
      <>
        <circle cx="12" cy="12" r="10" strokeWidth="2" stroke="currentColor" />
        <path d={d} strokeWidth="2" {...stroke} />
      </>
    ),
  };
}

// One drawing per icon, shared by every component, so an icon is fixed (or replaced) once.
// Stroked icons draw in currentColor, so they follow the text colour and forced-colors mode.
const icons = {
  'chevron-left': line('M10 3L5 8l5 5'),
  'chevron-right': line('M6 3l5 5-5 5'),
  'arrow-up': line('M8 13V3M4 7l4-4 4 4'),
  'arrow-down': line('M8 3v10M4 9l4 4 4-4'),
  menu: line('M2 4h12M2 8h12M2 12h12'),
  close: line('M4 4l8 8M12 4l-8 8'),
  external: line('M9 2h5v5M14 2L7 9M12 10v4H2V4h4', '1.5'),
  check: line('M3 8.5l3 3 7-7'),
  info: circled('M12 11v6M12 7.5v.5'),
  success: circled('M7.5 12.5l3 3 6-6.5'),
  warning: {
    viewBox: '0 0 24 24',
    body: (
      <>
        <path d="M12 3l10 18H2L12 3z" strokeWidth="2" {...stroke} />
        <path d="M12 8v5M12 16.5v.5" strokeWidth="2" {...stroke} />
      </>
    ),
  },
  danger: circled('M9 9l6 6M15 9l-6 6'),
  /** A filled exclamation mark in a circle: the mark of a field error. */
  error: {
    viewBox: '0 0 20 20',
    body: (
      <path
        fill="currentColor"
        d="M10 1.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17Zm0 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5ZM10 4.5c-.69 0-1.2.58-1.14 1.26l.5 5.24a.65.65 0 0 0 1.28 0l.5-5.24A1.14 1.14 0 0 0 10 4.5Z"
      />
    ),
  },
} satisfies Record<string, { viewBox: string; body: ReactNode }>;

/** The name of an icon in the set. */
export type IconName = keyof typeof icons;

/** Every icon in the set, for galleries and tests. */
export const iconNames = Object.keys(icons) as IconName[];

export interface IconProps extends Omit<SVGAttributes<SVGSVGElement>, 'children'> {
  /** Which icon. */
  name: IconName;
}

/**
 * An icon from Samskap's set. Always decorative (`aria-hidden`): the text beside it, or the
 * `aria-label` of the button it sits in, says what it means. It takes the size its parent's CSS
 * gives `svg` (or `width`/`height`) and the colour of the text.
 */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon({ name, ...rest }, ref) {
  const icon = icons[name];
  return (
    <svg
      ref={ref}
      aria-hidden="true"
      focusable="false"
      viewBox={icon.viewBox}
      fill="none"
      data-sk-icon={name}
      {...rest}
    >
      {icon.body}
    </svg>
  );
});
