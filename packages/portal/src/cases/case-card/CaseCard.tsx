import { contentLanguage, type SamskapKey } from '@samskap/i18n';
import {
  Badge,
  type HeadingLevel,
  type LabelOverrides,
  useLabels,
  useSamskapLocale,
  warnOnce,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { CardTitle } from '../../shared/CardTitle.js';
import { imageSrc, safeHref } from '../../shared/urls.js';
import { statusColor } from '../../status/model.js';
import { normalizeCase } from '../normalize.js';
import type { InnovationCase } from '../types.js';
import { Body, Media, Root } from './CaseCard.styles.js';

export type CaseCardVariant = 'default' | 'horizontal' | 'compact';

const labelKeys = {
  /** Read before the stage name: "Fase". */
  stage: 'cases.card.stage',
  /** Read before the country names: "Land". */
  countries: 'cases.card.countries',
  /** Shown before the launch year: "Startet". */
  launched: 'cases.card.launched',
  /** Read before the organisation: "Virksomhet". */
  organisation: 'cases.card.organisation',
  /** The accessible name of the tag list: "Stikkord". */
  tags: 'cases.card.tags',
  /** Shown for the tags left out: "+3 til". `{{count}}`. */
  moreTags: 'cases.card.moreTags',
  /** Read for the tags left out: "og 3 stikkord til". `{{count}}`. */
  moreTagsLabel: 'cases.card.moreTagsLabel',
} as const;

/** Overrides of CaseCard's built-in strings: a text, or a function of `{ count }`. */
export type CaseCardLabels = LabelOverrides<keyof typeof labelKeys>;

export interface CaseCardProps extends HTMLAttributes<HTMLElement> {
  /** The case to show. Every text in it is rendered as text, never as HTML. */
  case: InnovationCase;
  /**
   * The layout: `default` stacks image and text, `horizontal` puts the image beside the text
   * when there is room, `compact` leaves out image, summary and tags.
   * @default 'default'
   */
  variant?: CaseCardVariant;
  /**
   * The level of the title's heading, to fit the page's outline.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * How many tags to show before a "+3 more".
   * @default 3
   */
  maxTags?: number;
  /** Overrides of the built-in strings. */
  labels?: CaseCardLabels;
}

// A card asks for the same content-language answer for every case in the same language.
const languageCache = new Map<string, string | undefined>();
function contentLang(language: string, pageTag: string): string | undefined {
  const key = `${language}\u0000${pageTag}`;
  if (languageCache.has(key)) return languageCache.get(key);
  if (languageCache.size >= 500) languageCache.clear();
  const lang = contentLanguage(language, pageTag);
  languageCache.set(key, lang);
  return lang;
}

// A page of 1,000 cards asks for the same few strings on every render and language switch: each
// is looked up once per translate function (the provider makes one per locale and resources).
const strings = new WeakMap<object, Map<string, string>>();
function said(t: (key: SamskapKey) => string, key: SamskapKey): string {
  let known = strings.get(t);
  if (!known) {
    known = new Map();
    strings.set(t, known);
  }
  let text = known.get(key);
  if (text === undefined) {
    text = t(key);
    known.set(key, text);
  }
  return text;
}

/**
 * One innovation case as a card. The title is the card's one link (the whole card is its click
 * target); a case whose `href` is missing or unsafe is shown without a link.
 */
export const CaseCard = forwardRef<HTMLElement, CaseCardProps>(function CaseCard(
  { case: input, variant = 'default', headingLevel = 3, maxTags = 3, labels, ...rest },
  ref,
) {
  const { t, info, displayCountry } = useSamskapLocale();
  const labelled = useLabels(labelKeys, labels);
  const label = (name: keyof typeof labelKeys) =>
    labels ? labelled(name) : said(t, labelKeys[name]);
  // Data from a CMS: a malformed record is repaired (with a warning), and a non-record is skipped.
  const item = normalizeCase(input);
  if (!item) {
    warnOnce(
      'case-card-not-record',
      'Samskap CaseCard: `case` is not a case record; nothing is shown.',
    );
    return null;
  }
  const lang = contentLang(item.language, info.tag);
  const href = safeHref(
    item.href,
    `case:${item.id}`,
    (refused) =>
      `Samskap CaseCard: the case "${item.id}" has no safe href (${refused}), so its card has no link.`,
  );
  const compact = variant === 'compact';
  const src = !compact && item.image ? imageSrc(item.image.src) : undefined;
  const shownTags = item.tags.slice(0, Math.max(0, maxTags));
  const hiddenTags = item.tags.length - shownTags.length;
  const countries = item.countries.map((code) => displayCountry(code)).join(', ');

  // The markup is as small as what it says allows, since a page may show a thousand cards: the
  // parts sit in the card itself (wrapped only in the horizontal layout, which needs a text
  // column beside the image), as plain elements that the card's one stylesheet styles, and a
  // label that is only read is a span just before the text it introduces.
  const image =
    item.image && src ? (
      <img src={src} alt={item.image.alt} lang={item.image.alt ? lang : undefined} />
    ) : null;
  const text = (
    <>
      {item.stage ? (
        <Badge color={statusColor[item.stage]} data-stage={item.stage}>
          <span data-sr-only="">{`${label('stage')}: `}</span>
          {said(t, `cases.stage.${item.stage}`)}
        </Badge>
      ) : null}
      <CardTitle level={headingLevel} size={compact ? 'sm' : 'md'} lang={lang} href={href}>
        {item.title}
      </CardTitle>
      {!compact && item.summary ? (
        <p data-part="summary" lang={lang} dir="auto">
          {item.summary}
        </p>
      ) : null}
      {item.organisation || countries || item.yearLaunched !== undefined ? (
        // One line of facts, each part a flex item so that the line wraps between parts. The
        // organisation and the countries have no label on screen (the names say what they are);
        // their labels are read only. Every part starts at an element's edge, so no reader runs
        // a label into the word before it.
        <p data-part="facts">
          {item.organisation ? (
            <>
              <span data-sr-only="">{`${label('organisation')}: `}</span>
              <span lang={lang} dir="auto">
                {item.organisation}
              </span>
            </>
          ) : null}
          {countries ? (
            <>
              <span data-sr-only="">{`${label('countries')}: `}</span>
              {countries}
            </>
          ) : null}
          {item.yearLaunched !== undefined ? (
            <span data-part="launched">{`${label('launched')}: ${item.yearLaunched}`}</span>
          ) : null}
        </p>
      ) : null}
      {!compact && item.tags.length > 0 ? (
        <ul data-part="tags" aria-label={label('tags')}>
          {shownTags.map((tag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tags may repeat; order is stable
            <li key={`${i}-${tag}`} lang={lang} dir="auto">
              {tag}
            </li>
          ))}
          {hiddenTags > 0 ? (
            <li data-more="true">
              <span aria-hidden="true">{labelled('moreTags', { count: hiddenTags })}</span>
              <span data-sr-only="">{labelled('moreTagsLabel', { count: hiddenTags })}</span>
            </li>
          ) : null}
        </ul>
      ) : null}
    </>
  );

  return (
    <Root ref={ref} data-variant={variant} data-linked={href ? 'true' : 'false'} {...rest}>
      {variant === 'horizontal' ? (
        <>
          {image ? <Media>{image}</Media> : null}
          <Body>{text}</Body>
        </>
      ) : (
        <>
          {image}
          {text}
        </>
      )}
    </Root>
  );
});
