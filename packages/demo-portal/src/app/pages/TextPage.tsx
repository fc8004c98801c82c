import type { SamskapLocale } from '@samskap/i18n';
import { Heading, Link, Paragraph } from '@samskap/react';
import { copy } from '../copy.js';
import { paths } from '../paths.js';

/** The accessibility statement and the privacy page. */
export function TextPage({
  locale,
  kind,
}: {
  locale: SamskapLocale;
  kind: 'accessibility' | 'privacy';
}) {
  const { title, body } = copy[locale][kind];
  return (
    <article>
      <Heading level={1}>{title}</Heading>
      {body.map((p) => (
        <Paragraph key={p}>{p}</Paragraph>
      ))}
    </article>
  );
}

export function NotFoundPage({ locale }: { locale: SamskapLocale }) {
  const text = copy[locale].notFound;
  return (
    <>
      <Heading level={1}>{text.title}</Heading>
      <Paragraph>{text.body}</Paragraph>
      <Paragraph>
        <Link href={paths.home(locale)}>{text.back}</Link>
      </Paragraph>
    </>
  );
}
