import { newsletterSignupStrings, type SamskapLocale } from '@samskap/i18n';
import { ArticleCard, CaseCard, NewsletterSignup } from '@samskap/portal';
import { Alert, Heading, Link, Paragraph, useLabels, useSamskapStrings } from '@samskap/react';
import { styled } from 'styled-components';
import { postNewsletter } from '../api.js';
import { copy } from '../copy.js';
import { paths } from '../paths.js';
import type { Page } from '../types.js';
import { EventList } from './EventPages.js';
import { withArticleHref, withPortalHref } from './links.js';

export const CardGrid = styled.ul`
  display: grid;
  gap: var(--sk-space-4);
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  list-style: none;
  margin: var(--sk-space-4) 0;
  padding: 0;
`;

const Newsletter = styled.section`
  max-width: 40rem;
`;

const sentKeys = {
  heading: 'newsletterSignup.sentHeading',
  body: 'newsletterSignup.sentConfirm',
} as const;

/** The front page: featured cases, upcoming events, the latest articles and the newsletter. */
export function HomePage({
  locale,
  page,
  search,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'home' }>;
  /** The query string: a sign-up posted without scripts comes back with `newsletter=sent`. */
  search: string;
}) {
  const text = copy[locale];
  // The confirmation stands without the form after a plain post: add the form's area here too.
  useSamskapStrings('newsletterSignup', newsletterSignupStrings);
  const sent = useLabels(sentKeys);
  const newsletter = new URLSearchParams(search).get('newsletter');
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
      <section aria-labelledby="events">
        <Heading level={2} id="events">
          {text.home.events}
        </Heading>
        <EventList events={page.events} locale={locale} now={page.now} headingLevel={3} />
        <Paragraph>
          <Link href={paths.events(locale)}>{text.home.allEvents}</Link>
        </Paragraph>
      </section>
      <section aria-labelledby="articles">
        <Heading level={2} id="articles">
          {text.home.articles}
        </Heading>
        <CardGrid>
          {page.articles.map((a) => (
            <li key={a.id}>
              <ArticleCard article={withArticleHref(a, locale)} headingLevel={3} />
            </li>
          ))}
        </CardGrid>
        <Paragraph>
          <Link href={paths.articles(locale)}>{text.home.allArticles}</Link>
        </Paragraph>
      </section>
      <Newsletter id="newsletter">
        {newsletter === 'sent' ? (
          <Alert variant="success" tabIndex={-1}>
            <Heading level={2} size="sm">
              {sent('heading')}
            </Heading>
            <Paragraph>{sent('body')}</Paragraph>
          </Alert>
        ) : (
          <NewsletterSignup
            action={paths.newsletter(locale)}
            onSubmit={(signup) => postNewsletter(locale, signup)}
            {...(page.newsletter
              ? { initialValues: page.newsletter.values, initialErrors: page.newsletter.errors }
              : {})}
          />
        )}
      </Newsletter>
    </>
  );
}
