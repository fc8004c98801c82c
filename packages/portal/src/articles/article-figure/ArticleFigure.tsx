import { articlesStrings } from '@samskap/i18n';
import { type LabelOverrides, useLabels, useSamskapStrings } from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { asText } from '../../shared/data.js';
import { imageSrc } from '../../shared/urls.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import type { ArticleCreditKind, ArticleImage } from '../model.js';
import { Caption, Credit, Figure } from './ArticleFigure.styles.js';

const keys = {
  photo: 'articles.credit.photo',
  illustration: 'articles.credit.illustration',
  source: 'articles.credit.source',
} as const;

export type ArticleFigureLabels = LabelOverrides<keyof typeof keys>;

export interface ArticleFigureProps extends HTMLAttributes<HTMLElement> {
  /** The picture, its alt text, caption and credit. */
  image: ArticleImage;
  /** The language of the alt text and caption, when not the page's. */
  language?: string;
  /** Overrides of the built-in strings: `photo`, `illustration`, `source` (with `{{credit}}`). */
  labels?: ArticleFigureLabels;
}

const creditKinds: readonly ArticleCreditKind[] = ['photo', 'illustration', 'source'];

/**
 * A picture in an article with its caption and credit ("Foto: Kari Nordmann"). The caption
 * belongs to the figure (`figcaption`); the alt text says what the picture shows, the caption
 * what it means. A picture whose URL is unsafe is left out.
 */
export const ArticleFigure = forwardRef<HTMLElement, ArticleFigureProps>(function ArticleFigure(
  { image, language, labels, ...rest },
  ref,
) {
  useSamskapStrings('articles', articlesStrings);
  const label = useLabels(keys, labels);
  const lang = useContentLanguage(language);
  const img = image && typeof image === 'object' ? image : undefined;
  const src = img ? imageSrc(asText(img.src)) : undefined;
  if (!img || !src) return null;
  const alt = typeof img.alt === 'string' ? img.alt : '';
  const caption = asText(img.caption);
  const credit = asText(img.credit);
  const kind = creditKinds.includes(img.creditKind as ArticleCreditKind)
    ? (img.creditKind as ArticleCreditKind)
    : 'photo';
  return (
    <Figure ref={ref} {...rest}>
      <img src={src} alt={alt} lang={alt ? lang : undefined} />
      {caption || credit ? (
        <Caption>
          {caption ? (
            <span lang={lang} dir="auto">
              {caption}
            </span>
          ) : null}{' '}
          {credit ? <Credit dir="auto">{label(kind, { credit })}</Credit> : null}
        </Caption>
      ) : null}
    </Figure>
  );
});
