import { contentLanguage } from '@samskap/i18n';
import {
  Card,
  CardLink,
  type CardProps,
  Heading,
  type HeadingLevel,
  Paragraph,
  safeUrl,
  useSamskapLocale,
  warnOnce,
} from '@samskap/react';
import { forwardRef } from 'react';
import { imageSrc } from '../../cases/case-card/helpers.js';
import { asText } from '../../shared/data.js';
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
  const { locale } = useSamskapLocale();
  const lang = contentLanguage(article.language, locale);
  const title = asText(article.title) ?? '';
  const href = safeUrl(asText(article.href));
  if (!href) {
    warnOnce(
      `article:${String(article.id).slice(0, 40)}`,
      `Samskap ArticleCard: the article "${String(article.id).slice(0, 40)}" has no safe href, so its card has no link.`,
    );
  }
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
      <Heading level={headingLevel} size="md" lang={lang} dir="auto">
        {href ? <CardLink href={href}>{title}</CardLink> : title}
      </Heading>
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
