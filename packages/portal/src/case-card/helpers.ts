import { safeUrl, useSamskapLocale } from '@samskap/react';
import type { CaseCardLabels } from './CaseCard.js';

/** The content's `lang`, or undefined when it is the page's language (WCAG 3.1.2). */
export function contentLang(language: string | undefined, pageLocale: string): string | undefined {
  if (!language) return undefined;
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return primary(language) === primary(pageLocale) ? undefined : language;
}

// An <img> never runs script, so inline raster and SVG images are as safe there as http(s) ones
// (an SVG loaded as an image has its scripts disabled). Links still go through safeUrl alone.
const inlineImage = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** An image URL from data that is safe in `src`, or undefined. */
export function imageSrc(src: string | undefined): string | undefined {
  if (typeof src !== 'string') return undefined;
  const trimmed = src.trim();
  return inlineImage.test(trimmed) ? trimmed : safeUrl(trimmed);
}

export function useCaseLabels(labels: Partial<CaseCardLabels> | undefined): CaseCardLabels {
  const { t } = useSamskapLocale();
  return {
    stage: labels?.stage ?? t('cases.card.stage'),
    countries: labels?.countries ?? t('cases.card.countries'),
    launched: labels?.launched ?? t('cases.card.launched'),
    organisation: labels?.organisation ?? t('cases.card.organisation'),
    tags: labels?.tags ?? t('cases.card.tags'),
  };
}
