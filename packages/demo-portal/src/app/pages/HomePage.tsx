import type { SamskapLocale } from '@samskap/i18n';
import { CaseCard } from '@samskap/portal';
import { Heading, Link, Paragraph } from '@samskap/react';
import { styled } from 'styled-components';
import { copy } from '../copy.js';
import { paths } from '../paths.js';
import type { Page } from '../types.js';
import { withPortalHref } from './links.js';

export const CardGrid = styled.ul`
  display: grid;
  gap: var(--sk-space-4);
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  list-style: none;
  margin: var(--sk-space-4) 0;
  padding: 0;
`;

export function HomePage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'home' }>;
}) {
  const text = copy[locale];
  return (
    <>
      <Heading level={1}>{text.home.title}</Heading>
      <Paragraph size="lg">{text.home.intro}</Paragraph>
      <section aria-labelledby="featured">
        <Heading level={2} id="featured">
          {text.home.featured}
        </Heading>
        <CardGrid>
          {page.featured.map((c) => (
            <li key={c.id}>
              <CaseCard case={withPortalHref(c, locale)} headingLevel={3} />
            </li>
          ))}
        </CardGrid>
        <Paragraph>
          <Link href={paths.cases(locale)}>{text.home.allCases}</Link>
        </Paragraph>
      </section>
    </>
  );
}
