import { Heading, type HeadingLevel, Paragraph } from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { asText } from '../../shared/data.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import { ArticleFigure, type ArticleFigureLabels } from '../article-figure/ArticleFigure.js';
import { Byline, type BylineLabels } from '../byline/Byline.js';
import type { PortalArticle } from '../model.js';
import { Header } from './ArticleHeader.styles.js';

export interface ArticleHeaderProps extends HTMLAttributes<HTMLElement> {
  /** The article. Its texts are rendered as text, in its own language. */
  article: PortalArticle;
  /**
   * The level of the headline.
   * @default 1
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the byline's strings. */
  bylineLabels?: BylineLabels;
  /** Overrides of the picture credit's strings. */
  figureLabels?: ArticleFigureLabels;
}

/**
 * The top of an article's page: the headline, the lead, the byline and the main picture with
 * its caption and credit. An article in another language than the page carries its `lang`.
 */
export const ArticleHeader = forwardRef<HTMLElement, ArticleHeaderProps>(function ArticleHeader(
  { article, headingLevel = 1, bylineLabels, figureLabels, ...rest },
  ref,
) {
  const lang = useContentLanguage(article.language);
  const lead = asText(article.lead);
  return (
    <Header ref={ref} {...rest}>
      <Heading level={headingLevel} lang={lang} dir="auto">
        {asText(article.title) ?? ''}
      </Heading>
      {lead ? (
        <Paragraph size="lg" lang={lang} dir="auto">
          {lead}
        </Paragraph>
      ) : null}
      <Byline
        authors={article.authors}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        readingMinutes={article.readingMinutes}
        category={article.category}
        language={article.language}
        labels={bylineLabels}
      />
      {article.image ? (
        <ArticleFigure image={article.image} language={article.language} labels={figureLabels} />
      ) : null}
    </Header>
  );
});
