import { CardLink, Heading, type HeadingProps } from '@samskap/react';
import { forwardRef } from 'react';

export interface CardTitleProps extends HeadingProps {
  /** A URL that has been through `safeUrl`; undefined leaves the title without a link. */
  href: string | undefined;
}

/**
 * A card's heading, whose text is the card's one link (see `Card`); without a safe link it is
 * plain text. Its direction follows its own text, since titles come from data.
 */
export const CardTitle = forwardRef<HTMLHeadingElement, CardTitleProps>(function CardTitle(
  { href, children, ...rest },
  ref,
) {
  return (
    <Heading ref={ref} dir="auto" {...rest}>
      {href ? <CardLink href={href}>{children}</CardLink> : children}
    </Heading>
  );
});
