import {
  Badge,
  type BadgeColor,
  type HeadingLevel,
  safeUrl,
  useSamskapLocale,
  VisuallyHidden,
  warnOnce,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { normalizeCase } from '../cases/normalize.js';
import type { InnovationCase, InnovationStage } from '../cases/types.js';
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
  TitleLink,
} from './CaseCard.styles.js';
import { contentLang, imageSrc, useCaseLabels } from './helpers.js';

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

export interface CaseCardLabels {
  /** Read before the stage name: "Fase". */
  stage: string;
  /** Read before the country names: "Land". */
  countries: string;
  /** Shown before the launch year: "Startet". */
  launched: string;
  /** Read before the organisation: "Virksomhet". */
  organisation: string;
  /** The accessible name of the tag list: "Stikkord". */
  tags: string;
}

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
  labels?: Partial<CaseCardLabels>;
}

/**
 * One innovation case as a card. The title is the card's one link (the whole card is its click
 * target); a case whose `href` is missing or unsafe is shown without a link.
 */
export const CaseCard = forwardRef<HTMLElement, CaseCardProps>(function CaseCard(
  { case: input, variant = 'default', headingLevel = 3, maxTags = 3, labels, ...rest },
  ref,
) {
  const { t, locale, displayCountry } = useSamskapLocale();
  const l = useCaseLabels(labels);
  // Data from a CMS: a malformed record is repaired (with a warning), and a non-record is skipped.
  const item = normalizeCase(input);
  if (!item) {
    warnOnce(
      'case-card-not-record',
      'Samskap CaseCard: `case` is not a case record; nothing is shown.',
    );
    return null;
  }
  const lang = contentLang(item.language, locale);
  const href = safeUrl(item.href);
  if (href === undefined) {
    warnOnce(
      `case:${item.id}`,
      `Samskap CaseCard: the case "${item.id}" has no safe href (${JSON.stringify(item.href)}), so its card has no link.`,
    );
  }
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
              <VisuallyHidden>{l.stage}: </VisuallyHidden>
              {t(`cases.stage.${item.stage}`)}
            </Badge>
          </StageLine>
        ) : null}
        <Title as={`h${headingLevel}`} lang={lang} dir="auto">
          {href ? <TitleLink href={href}>{item.title}</TitleLink> : item.title}
        </Title>
        {!compact && item.summary ? (
          <Summary lang={lang} dir="auto">
            {item.summary}
          </Summary>
        ) : null}
        <Meta>
          {item.organisation ? (
            <div>
              <HiddenTerm>{l.organisation}</HiddenTerm>
              <dd lang={lang} dir="auto">
                {item.organisation}
              </dd>
            </div>
          ) : null}
          {countries ? (
            <div>
              <HiddenTerm>{l.countries}</HiddenTerm>
              <dd>{countries}</dd>
            </div>
          ) : null}
          {item.yearLaunched !== undefined ? (
            <div>
              <dt data-visible="true">{l.launched}</dt>
              <dd>{item.yearLaunched}</dd>
            </div>
          ) : null}
        </Meta>
        {!compact && item.tags.length > 0 ? (
          <Tags aria-label={l.tags}>
            {shownTags.map((tag, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: tags may repeat; order is stable
              <li key={`${i}-${tag}`} lang={lang} dir="auto">
                {tag}
              </li>
            ))}
            {hiddenTags > 0 ? (
              <li data-more="true">
                <span aria-hidden="true">{t('cases.card.moreTags', { count: hiddenTags })}</span>
                <VisuallyHidden>
                  {t('cases.card.moreTagsLabel', { count: hiddenTags })}
                </VisuallyHidden>
              </li>
            ) : null}
          </Tags>
        ) : null}
      </Body>
    </Root>
  );
});
