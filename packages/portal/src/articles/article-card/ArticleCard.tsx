import { Card, type CardProps, type HeadingLevel, Paragraph } from '@samskap/react';
import { forwardRef } from 'react';
import { CardTitle } from '../../shared/CardTitle.js';
import { asText } from '../../shared/data.js';
import { imageSrc, safeHref } from '../../shared/urls.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import { Byline, type BylineLabels } from '../byline/Byline.js';
import type { PortalArticle } from '../model.js';
import { Category, Media } from './ArticleCard.styles.js';

export interface ArticleCardProps extends Omit<CardProps, 'children'> {
  /** The article. */
  article: PortalArticle;
  /**
   * The level of the headline, to fit the page's outline.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the byline's strings. */
  labels?: BylineLabels;
}

/**
 * An article in a list: picture, category, headline (the card's one link), lead, authors, date
 * and reading time. An article whose link is missing or unsafe is shown without a link.
 */
export const ArticleCard = forwardRef<HTMLElement, ArticleCardProps>(function ArticleCard(
  { article, headingLevel = 3, labels, ...rest },
  ref,
) {
  const lang = useContentLanguage(article.language);
  const title = asText(article.title) ?? '';
  const id = String(article.id).slice(0, 40);
  const href = safeHref(
    asText(article.href),
    `article:${id}`,
    () => `Samskap ArticleCard: the article "${id}" has no safe href, so its card has no link.`,
  );
  const image = article.image && typeof article.image === 'object' ? article.image : undefined;
  const src = image ? imageSrc(asText(image.src)) : undefined;
  const category = asText(article.category);
  const lead = asText(article.lead);
  return (
    <Card ref={ref} {...rest}>
      {src ? (
        <Media>
          <img src={src} alt={typeof image?.alt === 'string' ? image.alt : ''} lang={lang} />
        </Media>
      ) : null}
      {category ? (
        <Category lang={lang} dir="auto">
          {category}
        </Category>
      ) : null}
      <CardTitle level={headingLevel} size="md" lang={lang} href={href}>
        {title}
      </CardTitle>
      {lead ? (
        <Paragraph lang={lang} dir="auto">
          {lead}
        </Paragraph>
      ) : null}
      <Byline
        variant="compact"
        authors={article.authors}
        publishedAt={article.publishedAt}
        readingMinutes={article.readingMinutes}
        language={article.language}
        labels={labels}
      />
    </Card>
  );
});
