import { articlesStrings, contentLanguage } from '@samskap/i18n';
import {
  type LabelOverrides,
  Link,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
  VisuallyHidden,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { DateText, parseDataDate } from '../../shared/DateText.js';
import { asNumber, asRecords, asText } from '../../shared/data.js';
import type { ArticleAuthor } from '../model.js';
import { Author, Authors, Facts, Root } from './Byline.styles.js';

const keys = {
  authors: 'articles.byline.authors',
  published: 'articles.byline.published',
  updated: 'articles.byline.updated',
  readingTime: 'articles.byline.readingTime',
  minutes: 'articles.byline.minutes',
  category: 'articles.byline.category',
} as const;

export type BylineLabels = LabelOverrides<keyof typeof keys>;

export interface BylineProps extends HTMLAttributes<HTMLDivElement> {
  /** Who wrote it, each with role and organisation when known. */
  authors?: readonly ArticleAuthor[];
  /** ISO 8601 date or date-time of publication. */
  publishedAt?: string;
  /** ISO 8601 date or date-time of the last change; shown only when later than publication. */
  updatedAt?: string;
  /** Reading time in whole minutes. */
  readingMinutes?: number;
  /** The magazine section the article belongs to. */
  category?: string;
  /** The language of the names, roles and category, when not the page's. */
  language?: string;
  /**
   * `full` lists each author with role and organisation; `compact` (for cards) gives the names
   * in one line, the date and the reading time.
   * @default 'full'
   */
  variant?: 'full' | 'compact';
  /** Overrides of the built-in strings. */
  labels?: BylineLabels;
}

/**
 * Who wrote an article and when: authors with role and organisation, the publication date and
 * the last update in `<time>`, the reading time and the category.
 */
export const Byline = forwardRef<HTMLDivElement, BylineProps>(function Byline(
  {
    authors,
    publishedAt,
    updatedAt,
    readingMinutes,
    category,
    language,
    variant = 'full',
    labels,
    ...rest
  },
  ref,
) {
  useSamskapStrings('articles', articlesStrings);
  const label = useLabels(keys, labels);
  const { locale, formatList } = useSamskapLocale();
  const lang = contentLanguage(language, locale);
  const people = asRecords<ArticleAuthor>(authors).filter((a) => asText(a.name));
  const published = parseDataDate(publishedAt);
  const updated = parseDataDate(updatedAt);
  const showUpdated =
    updated && (!published || updated.date.getTime() > published.date.getTime() + 60_000);
  const minutes = asNumber(readingMinutes);
  const reading = minutes !== undefined && minutes > 0 ? Math.round(minutes) : undefined;
  const categoryText = asText(category);
  const compact = variant === 'compact';
  // On a card the date and the minutes speak for themselves; the terms stay for screen readers.
  const term = (name: keyof typeof keys) =>
    compact ? <VisuallyHidden>{label(name)}</VisuallyHidden> : label(name);

  return (
    <Root ref={ref} data-variant={variant} {...rest}>
      {people.length > 0 && compact ? (
        <p lang={lang} dir="auto">
          {formatList(people.map((a) => asText(a.name) as string))}
        </p>
      ) : null}
      {people.length > 0 && !compact ? (
        <Authors>
          <p>{label('authors')}</p>
          <ul>
            {people.map((author, i) => {
              const name = asText(author.name) as string;
              const details = [asText(author.role), asText(author.organisation)].filter(Boolean);
              const href = asText(author.href);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; order is stable
                <Author key={i}>
                  <strong dir="auto">{href ? <Link href={href}>{name}</Link> : name}</strong>
                  {details.length ? (
                    <span lang={lang} dir="auto">
                      {details.join(', ')}
                    </span>
                  ) : null}
                </Author>
              );
            })}
          </ul>
        </Authors>
      ) : null}
      <Facts>
        {published ? (
          <div>
            <dt>{term('published')}</dt>
            <dd>
              <DateText value={publishedAt} />
            </dd>
          </div>
        ) : null}
        {showUpdated ? (
          <div>
            <dt>{term('updated')}</dt>
            <dd>
              <DateText value={updatedAt} />
            </dd>
          </div>
        ) : null}
        {reading !== undefined ? (
          <div>
            <dt>{term('readingTime')}</dt>
            <dd>{label('minutes', { count: reading })}</dd>
          </div>
        ) : null}
        {categoryText && !compact ? (
          <div>
            <dt>{term('category')}</dt>
            <dd lang={lang} dir="auto">
              {categoryText}
            </dd>
          </div>
        ) : null}
      </Facts>
    </Root>
  );
});
