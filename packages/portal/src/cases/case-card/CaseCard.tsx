import { contentLanguage } from '@samskap/i18n';
import {
  Badge,
  type BadgeColor,
  type HeadingLevel,
  type LabelOverrides,
  useLabels,
  useSamskapLocale,
  VisuallyHidden,
  warnOnce,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { imageSrc, safeHref } from '../../shared/urls.js';
import { normalizeCase } from '../normalize.js';
import type { InnovationCase, InnovationStage } from '../types.js';
import {
  Body,
  HiddenTerm,
  Media,
  Meta,
  Root,
  StageLine,
  Summary,
  Tags,
  Title,
} from './CaseCard.styles.js';

// The stage is always written out; the colour only groups early, doing and sharing stages.
const stageColor: Record<InnovationStage, BadgeColor> = {
  'identifying-problems': 'info',
  'generating-ideas': 'info',
  'developing-proposals': 'info',
  implementing: 'success',
  evaluating: 'success',
  'diffusing-lessons': 'accent',
};

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

/**
 * One innovation case as a card. The title is the card's one link (the whole card is its click
 * target); a case whose `href` is missing or unsafe is shown without a link.
 */
export const CaseCard = forwardRef<HTMLElement, CaseCardProps>(function CaseCard(
  { case: input, variant = 'default', headingLevel = 3, maxTags = 3, labels, ...rest },
  ref,
) {
  const { t, info, displayCountry } = useSamskapLocale();
  const label = useLabels(labelKeys, labels);
  // Data from a CMS: a malformed record is repaired (with a warning), and a non-record is skipped.
  const item = normalizeCase(input);
  if (!item) {
    warnOnce(
      'case-card-not-record',
      'Samskap CaseCard: `case` is not a case record; nothing is shown.',
    );
    return null;
  }
  const lang = contentLanguage(item.language, info.tag);
  const href = safeHref(
    item.href,
    `case:${item.id}`,
    (refused) =>
      `Samskap CaseCard: the case "${item.id}" has no safe href (${refused}), so its card has no link.`,
  );
  const compact = variant === 'compact';
  const src = item.image ? imageSrc(item.image.src) : undefined;
  const shownTags = item.tags.slice(0, Math.max(0, maxTags));
  const hiddenTags = item.tags.length - shownTags.length;
  const countries = item.countries.map((code) => displayCountry(code)).join(', ');

  return (
    <Root ref={ref} data-variant={variant} data-linked={href ? 'true' : 'false'} {...rest}>
      {!compact && item.image && src ? (
        <Media>
          <img src={src} alt={item.image.alt} lang={item.image.alt ? lang : undefined} />
        </Media>
      ) : null}
      <Body>
        {item.stage ? (
          <StageLine>
            <Badge color={stageColor[item.stage]} data-stage={item.stage}>
              <VisuallyHidden>{`${label('stage')}: `}</VisuallyHidden>
              {t(`cases.stage.${item.stage}`)}
            </Badge>
          </StageLine>
        ) : null}
        <Title level={headingLevel} size={compact ? 'sm' : 'md'} lang={lang} href={href}>
          {item.title}
        </Title>
        {!compact && item.summary ? (
          <Summary lang={lang} dir="auto">
            {item.summary}
          </Summary>
        ) : null}
        {/* Terms and values sit in the list directly, without a wrapper per pair: three
            elements fewer per card, and the same terms and values to a screen reader. */}
        <Meta>
          {item.organisation ? (
            <>
              <HiddenTerm>{label('organisation')}</HiddenTerm>
              <dd lang={lang} dir="auto">
                {item.organisation}
              </dd>
            </>
          ) : null}
          {countries ? (
            <>
              <HiddenTerm>{label('countries')}</HiddenTerm>
              <dd>{countries}</dd>
            </>
          ) : null}
          {item.yearLaunched !== undefined ? (
            <>
              <dt data-visible="true">{label('launched')}</dt>
              <dd>{item.yearLaunched}</dd>
            </>
          ) : null}
        </Meta>
        {!compact && item.tags.length > 0 ? (
          <Tags aria-label={label('tags')}>
            {shownTags.map((tag, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: tags may repeat; order is stable
              <li key={`${i}-${tag}`} lang={lang} dir="auto">
                {tag}
              </li>
            ))}
            {hiddenTags > 0 ? (
              <li data-more="true">
                <span aria-hidden="true">{label('moreTags', { count: hiddenTags })}</span>
                <VisuallyHidden>{label('moreTagsLabel', { count: hiddenTags })}</VisuallyHidden>
              </li>
            ) : null}
          </Tags>
        ) : null}
      </Body>
    </Root>
  );
});
