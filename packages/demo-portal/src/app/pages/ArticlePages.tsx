import type { SamskapLocale } from '@samskap/i18n';
import { ArticleCard, ArticleHeader } from '@samskap/portal';
import { Breadcrumbs, Heading, Paragraph } from '@samskap/react';
import { styled } from 'styled-components';
import { copy } from '../copy.js';
import { paths } from '../paths.js';
import type { Page } from '../types.js';
import { CardGrid } from './HomePage.js';
import { withArticleHref } from './links.js';

const Column = styled.article`
  max-width: 48rem;
  display: grid;
  gap: var(--sk-space-4);
`;

/** The magazine: every article, newest first as the sample data lists them. */
export function ArticlesPage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'articles' }>;
}) {
  const text = copy[locale];
  return (
    <>
      <Heading level={1}>{text.articles.title}</Heading>
      <Paragraph>{text.articles.intro}</Paragraph>
      <CardGrid>
        {page.articles.map((a) => (
          <li key={a.id}>
            <ArticleCard article={withArticleHref(a, locale)} headingLevel={2} />
          </li>
        ))}
      </CardGrid>
    </>
  );
}

/** One article: its header (headline, lead, byline, picture) and its text. */
export function ArticlePage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'article' }>;
}) {
  const text = copy[locale];
  const { article } = page;
  // The text is in the article's language, which may not be the page's (WCAG 3.1.2).
  const lang =
    typeof article.language === 'string' && article.language !== locale
      ? article.language
      : undefined;
  return (
    <Column>
      <Breadcrumbs
        items={[
          { label: text.casePage.breadcrumbsHome, href: paths.home(locale) },
          { label: text.nav.articles, href: paths.articles(locale) },
          { label: article.title },
        ]}
      />
      <ArticleHeader article={article} headingLevel={1} />
      <div lang={lang}>
        {(Array.isArray(article.body) ? article.body : []).map((p) => (
          <Paragraph key={p}>{p}</Paragraph>
        ))}
      </div>
    </Column>
  );
}
