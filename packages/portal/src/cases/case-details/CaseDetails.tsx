import { caseDetailsStrings, contentLanguage, type LocaleCode } from '@samskap/i18n';
import {
  Heading,
  type HeadingLevel,
  type LabelOverrides,
  Link,
  List,
  Paragraph,
  subheadingLevel,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { isEmailLike } from '../../forms/validate.js';
import { ContentLanguageNotice } from '../../language/content-language-notice/ContentLanguageNotice.js';
import { DateText } from '../../shared/DateText.js';
import { asNumber, asText, asTextList, paragraphsOf } from '../../shared/data.js';
import { imageSrc } from '../../shared/urls.js';
import { StatusBadge } from '../../status/status-badge/StatusBadge.js';
import { isKnownSector, isLevelOfGovernment } from '../normalize.js';
import type { InnovationCase } from '../types.js';
import { Figure, Header, Meta, Page, Section, Sections } from './CaseDetails.styles.js';

const keys = {
  menu: 'caseDetails.menu',
  updated: 'caseDetails.updated',
  problem: 'caseDetails.section.problem',
  whatIsNew: 'caseDetails.section.whatIsNew',
  partners: 'caseDetails.section.partners',
  results: 'caseDetails.section.results',
  whatDidNotWork: 'caseDetails.section.whatDidNotWork',
  lessons: 'caseDetails.section.lessons',
  contact: 'caseDetails.section.contact',
  comments: 'caseDetails.section.comments',
  notDescribed: 'caseDetails.notDescribed',
  email: 'caseDetails.email',
  phone: 'caseDetails.phone',
  organisation: 'cases.card.organisation',
  countries: 'cases.card.countries',
  launched: 'cases.card.launched',
  level: 'cases.filters.level',
  sector: 'cases.filters.sector',
} as const;

export type CaseDetailsLabels = LabelOverrides<keyof typeof keys>;

/** The sections of a case's page, in the order they are shown. */
export const caseSections = [
  'problem',
  'whatIsNew',
  'partners',
  'results',
  'whatDidNotWork',
  'lessons',
  'contact',
] as const;
export type CaseSectionKey = (typeof caseSections)[number];

export interface CaseDetailsProps extends HTMLAttributes<HTMLElement> {
  /** The case. Every text in it is rendered as text; a malformed field is left out, never thrown on. */
  case: InnovationCase;
  /**
   * The level of the case's title. Section headings are one level below.
   * @default 1
   */
  headingLevel?: HeadingLevel;
  /** The URL of the case in another language, for the content-language notice's links. */
  hrefForLocale?: (locale: LocaleCode) => string;
  /**
   * The comment thread (and form) for the case, shown last, with its own entry in the in-page
   * menu. Give it a heading of its own one level below the title.
   */
  comments?: ReactNode;
  /** Overrides of the built-in strings. */
  labels?: CaseDetailsLabels;
}

interface SectionContent {
  body: ReactNode;
  lang?: string;
}

/**
 * The page of one innovation case: its header (title, stage, organisation, countries, level,
 * sector, launch year, last update), an in-page menu, the sections from the problem to the
 * contact, and a place for the comments. A section the case has not filled in says so rather
 * than vanishing. Content in another language than the page carries its own `lang`, and a
 * notice says so when the case is not written in the reader's language.
 */
export const CaseDetails = forwardRef<HTMLElement, CaseDetailsProps>(function CaseDetails(
  { case: item, headingLevel = 1, hrefForLocale, comments, labels, ...rest },
  ref,
) {
  useSamskapStrings('caseDetails', caseDetailsStrings);
  const label = useLabels(keys, labels);
  const { t, locale, displayCountry, formatList } = useSamskapLocale();
  const baseId = useId();
  const sectionLevel = subheadingLevel(headingLevel);

  const caseLanguage = asText(item.language);
  const caseLang = contentLanguage(caseLanguage, locale);
  const title = asText(item.title) ?? '';
  const summary = asText(item.summary);
  const organisation = asText(item.organisation);
  const countries = asTextList(item.countries).map((code) => displayCountry(code));
  const level = isLevelOfGovernment(item.levelOfGovernment)
    ? t(`cases.level.${item.levelOfGovernment}`)
    : undefined;
  const sectorText = asText(item.sector);
  const year = asNumber(item.yearLaunched);
  const image = item.image && typeof item.image === 'object' ? item.image : undefined;
  const src = image ? imageSrc(asText(image.src)) : undefined;
  const alt = image && typeof image.alt === 'string' ? image.alt : '';

  /** A text section in the case's language, or in its own. */
  const textSection = (value: unknown): SectionContent | undefined => {
    const text = typeof value === 'string' ? value : asText((value as { text?: unknown })?.text);
    const paragraphs = paragraphsOf(asText(text));
    if (paragraphs.length === 0) return undefined;
    const own =
      typeof value === 'object' ? asText((value as { language?: unknown }).language) : undefined;
    const lang = own ? contentLanguage(own, locale) : caseLang;
    return {
      lang,
      body: paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text keep their order
        <Paragraph key={i} dir="auto">
          {p}
        </Paragraph>
      )),
    };
  };

  const partnersSection = (): SectionContent | undefined => {
    const partners = asTextList(item.partners);
    if (partners.length === 0) return undefined;
    return {
      lang: caseLang,
      body: (
        <List>
          {partners.map((name, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat; order is stable
            <li key={i} dir="auto">
              {name}
            </li>
          ))}
        </List>
      ),
    };
  };

  const contactSection = (): SectionContent | undefined => {
    const contact = item.contact && typeof item.contact === 'object' ? item.contact : undefined;
    if (!contact) return undefined;
    const name = asText(contact.name);
    const role = asText(contact.role);
    const emailText = asText(contact.email);
    const email = emailText && isEmailLike(emailText) ? emailText : undefined;
    const phone = asText(contact.phone);
    const tel = phone?.replace(/[^\d+]/g, '');
    if (!name && !email && !tel) return undefined;
    const roleLang = contentLanguage(asText(contact.language) ?? caseLanguage, locale);
    return {
      body: (
        <Paragraph>
          {name ? (
            <>
              <strong dir="auto">{name}</strong>
              <br />
            </>
          ) : null}
          {role ? (
            <>
              <span lang={roleLang} dir="auto">
                {role}
              </span>
              <br />
            </>
          ) : null}
          {email ? (
            <>
              {label('email')}: <Link href={`mailto:${email}`}>{email}</Link>
              <br />
            </>
          ) : null}
          {tel ? (
            <>
              {label('phone')}: <Link href={`tel:${tel}`}>{phone}</Link>
            </>
          ) : null}
        </Paragraph>
      ),
    };
  };

  const content: Record<CaseSectionKey, SectionContent | undefined> = {
    problem: textSection(item.problem),
    whatIsNew: textSection(item.whatIsNew),
    partners: partnersSection(),
    results: textSection(item.results),
    whatDidNotWork: textSection(item.whatDidNotWork),
    lessons: textSection(item.lessons),
    contact: contactSection(),
  };
  const idOf = (key: string) => `${baseId}-${key}`;
  const menu: string[] = [...caseSections, ...(comments ? ['comments' as const] : [])];

  return (
    <Page ref={ref} aria-labelledby={idOf('title')} {...rest}>
      <Header>
        <StatusBadge status={(item.stage as string | undefined) ?? ''} />
        <Heading level={headingLevel} id={idOf('title')} lang={caseLang} dir="auto">
          {title}
        </Heading>
        {summary ? (
          <Paragraph size="lg" lang={caseLang} dir="auto">
            {summary}
          </Paragraph>
        ) : null}
        <Meta>
          {organisation ? (
            <div>
              <dt>{label('organisation')}</dt>
              <dd lang={caseLang} dir="auto">
                {organisation}
              </dd>
            </div>
          ) : null}
          {countries.length ? (
            <div>
              <dt>{label('countries')}</dt>
              <dd>{formatList(countries)}</dd>
            </div>
          ) : null}
          {level ? (
            <div>
              <dt>{label('level')}</dt>
              <dd>{level}</dd>
            </div>
          ) : null}
          {sectorText ? (
            <div>
              <dt>{label('sector')}</dt>
              {isKnownSector(sectorText) ? (
                <dd>{t(`cases.sector.${sectorText}`)}</dd>
              ) : (
                <dd lang={caseLang} dir="auto">
                  {sectorText}
                </dd>
              )}
            </div>
          ) : null}
          {year !== undefined ? (
            <div>
              <dt>{label('launched')}</dt>
              <dd>{year}</dd>
            </div>
          ) : null}
          {item.updatedAt ? (
            <div>
              <dt>{label('updated')}</dt>
              <dd>
                <DateText value={item.updatedAt} />
              </dd>
            </div>
          ) : null}
        </Meta>
        {src ? (
          <Figure>
            <img src={src} alt={alt} lang={alt ? caseLang : undefined} />
          </Figure>
        ) : null}
      </Header>

      {caseLanguage ? (
        <ContentLanguageNotice
          contentLocale={caseLanguage}
          availableIn={
            asTextList(item.availableLocales).length ? asTextList(item.availableLocales) : undefined
          }
          hrefFor={hrefForLocale}
        />
      ) : null}

      <nav aria-labelledby={idOf('menu')}>
        <Heading level={sectionLevel} size="xs" id={idOf('menu')}>
          {label('menu')}
        </Heading>
        <List>
          {menu.map((key) => (
            <li key={key}>
              <Link href={`#${idOf(key)}`}>{label(key as CaseSectionKey | 'comments')}</Link>
            </li>
          ))}
        </List>
      </nav>

      <Sections>
        {caseSections.map((key) => {
          const section = content[key];
          return (
            <Section
              key={key}
              aria-labelledby={idOf(key)}
              data-empty={section ? undefined : 'true'}
            >
              <Heading level={sectionLevel} id={idOf(key)}>
                {label(key)}
              </Heading>
              {section ? (
                <div lang={section.lang}>{section.body}</div>
              ) : (
                <Paragraph variant="subtle">{label('notDescribed')}</Paragraph>
              )}
            </Section>
          );
        })}
      </Sections>

      {comments ? (
        <Section aria-labelledby={idOf('comments')}>
          <Heading level={sectionLevel} id={idOf('comments')}>
            {label('comments')}
          </Heading>
          {comments}
        </Section>
      ) : null}
    </Page>
  );
});
