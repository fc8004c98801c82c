import { type SamskapKey, themeBuilderStrings } from '@samskap/i18n';
import {
  Alert,
  announce,
  Button,
  ErrorSummary,
  type ErrorSummaryError,
  Fieldset,
  Heading,
  type LabelOverrides,
  List,
  Paragraph,
  Radio,
  RadioGroup,
  SamskapProvider,
  TextField,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
} from '@samskap/react';
import {
  type ColorSchemeName,
  type ContrastResult,
  contrastReport,
  type GeneratedTheme,
  radiusStyles,
  relativeLuminance,
  type ThemeAdjustment,
} from '@samskap/tokens';
import { type FormEvent, type MouseEvent, memo, useId, useMemo, useState } from 'react';
import { CaseCard } from '../cases/case-card/CaseCard.js';
import { CommentForm } from '../comments/comment-form/CommentForm.js';
import { LanguageSwitcher } from '../language/language-switcher/LanguageSwitcher.js';
import { sampleCases } from '../sample-data/cases.js';
import {
  type BuilderField,
  type BuilderValues,
  builderFields,
  decodeThemeState,
  encodeThemeState,
  type ResolvedTheme,
  resolveTheme,
  themeCommand,
  themeDownloads,
} from './state.js';
import {
  Columns,
  Command,
  Form,
  PreviewPane,
  Previews,
  Root,
  Row,
  Stack,
} from './ThemeBuilder.styles.js';

const p = 'themeBuilder';
const labelKeys = {
  heading: `${p}.heading`,
  intro: `${p}.intro`,
  formLabel: `${p}.form.label`,
  name: `${p}.form.name`,
  nameHint: `${p}.form.nameHint`,
  colours: `${p}.form.colours`,
  accent: `${p}.form.accent`,
  accentHint: `${p}.form.accentHint`,
  brand2: `${p}.form.brand2`,
  brand2Hint: `${p}.form.brand2Hint`,
  neutral: `${p}.form.neutral`,
  neutralHint: `${p}.form.neutralHint`,
  fonts: `${p}.form.fonts`,
  fontFamily: `${p}.form.fontFamily`,
  fontFamilyHint: `${p}.form.fontFamilyHint`,
  headingFontFamily: `${p}.form.headingFontFamily`,
  headingFontFamilyHint: `${p}.form.headingFontFamilyHint`,
  radius: `${p}.form.radius`,
  radiusNone: `${p}.form.radiusOption.none`,
  radiusSm: `${p}.form.radiusOption.sm`,
  radiusMd: `${p}.form.radiusOption.md`,
  radiusLg: `${p}.form.radiusOption.lg`,
  radiusFull: `${p}.form.radiusOption.full`,
  submit: `${p}.form.submit`,
  errorName: `${p}.form.errors.name`,
  errorAccentMissing: `${p}.form.errors.accentMissing`,
  errorColour: `${p}.form.errors.colour`,
  errorFont: `${p}.form.errors.font`,
  updated: `${p}.form.updated`,
  updatedNone: `${p}.form.updatedNone`,
  urlHeading: `${p}.url.heading`,
  urlFields: `${p}.url.fields`,
  urlUnreadable: `${p}.url.unreadable`,
  share: `${p}.url.share`,
  previewHeading: `${p}.preview.heading`,
  light: `${p}.preview.light`,
  dark: `${p}.preview.dark`,
  alertHeading: `${p}.preview.alertHeading`,
  alertBody: `${p}.preview.alertBody`,
  buttons: `${p}.preview.buttons`,
  primary: `${p}.preview.primary`,
  secondary: `${p}.preview.secondary`,
  tertiary: `${p}.preview.tertiary`,
  danger: `${p}.preview.danger`,
  commentHeading: 'comments.form.heading',
  languageLabel: 'languageSwitcher.label',
  reportHeading: `${p}.report.heading`,
  summary: `${p}.report.summary`,
  summaryFailing: `${p}.report.summaryFailing`,
  lowest: `${p}.report.lowest`,
  noneAdjusted: `${p}.report.noneAdjusted`,
  adjustedIntro: `${p}.report.adjustedIntro`,
  darker: `${p}.report.darker`,
  lighter: `${p}.report.lighter`,
  against: `${p}.report.against`,
  needsText: `${p}.report.needsText`,
  needsUi: `${p}.report.needsUi`,
  colour: `${p}.report.colour`,
  filesHeading: `${p}.files.heading`,
  filesIntro: `${p}.files.intro`,
  downloadCss: `${p}.files.css`,
  downloadTokens: `${p}.files.tokens`,
  command: `${p}.files.command`,
  downloaded: `${p}.files.downloaded`,
} as const satisfies Record<string, SamskapKey>;

export type ThemeBuilderLabels = LabelOverrides<keyof typeof labelKeys>;

// The colours' names, for explaining what was adjusted: one key per scale and step.
const colourPart = (kind: 'scale' | 'step', name: string) =>
  `${p}.report.${kind}.${name}` as SamskapKey;

const radiusLabel = {
  none: 'radiusNone',
  sm: 'radiusSm',
  md: 'radiusMd',
  lg: 'radiusLg',
  full: 'radiusFull',
} as const;

const hintFor: Partial<Record<BuilderField, keyof typeof labelKeys>> = {
  name: 'nameHint',
  accent: 'accentHint',
  brand2: 'brand2Hint',
  neutral: 'neutralHint',
  fontFamily: 'fontFamilyHint',
  headingFontFamily: 'headingFontFamilyHint',
};

export interface ThemeBuilderProps {
  /**
   * The theme to start from, as URL state written by `encodeThemeState`. Anyone can write a URL:
   * state that cannot be used falls back to the defaults, and the builder says so.
   */
  initialState?: unknown;
  /** Called with the new URL state each time a theme is made, to keep it in the URL. */
  onStateChange?: (state: string) => void;
  /** Overrides of the built-in strings. */
  labels?: ThemeBuilderLabels;
}

/**
 * The theme builder: every `createTheme` option as a form, the theme on portal patterns in light
 * and dark, what was adjusted for contrast and why, and the files `samskap-theme` writes.
 */
export function ThemeBuilder({ initialState, onStateChange, labels }: ThemeBuilderProps) {
  // Its strings come with it, so no other page ships them.
  useSamskapStrings('themeBuilder', themeBuilderStrings);
  const label = useLabels(labelKeys, labels);
  const { t, formatList, info } = useSamskapLocale();
  const id = useId();
  const fieldId = (field: BuilderField) => `${id}-${field}`;

  // The URL is read once; after that the form is the source of the theme.
  const [start] = useState(() => decodeThemeState(initialState));
  const [values, setValues] = useState<BuilderValues>(start.values);
  const [applied, setApplied] = useState<ResolvedTheme>(start);
  const [errors, setErrors] = useState<Partial<Record<BuilderField, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const set = (field: BuilderField) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const errorFor = (field: BuilderField, value: string): string => {
    if (field === 'name') return label('errorName');
    if (field === 'fontFamily' || field === 'headingFontFamily') return label('errorFont');
    if (field === 'accent' && value.trim() === '') return label('errorAccentMissing');
    return label('errorColour');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = resolveTheme(values);
    if (result.invalid.length) {
      setErrors(Object.fromEntries(result.invalid.map((f) => [f, errorFor(f, values[f])])));
      setAttempt((a) => a + 1);
      return;
    }
    setErrors({});
    setApplied(result);
    onStateChange?.(encodeThemeState(result.values));
    const count = result.theme.adjustments.length;
    announce(count ? label('updated', { count }) : label('updatedNone'), { lang: info.tag });
  };

  const summary: ErrorSummaryError[] = builderFields
    .filter((f) => errors[f])
    .map((f) => ({ target: fieldId(f), message: errors[f] }));

  const urlProblem = start.problem;

  const text = (field: Exclude<BuilderField, 'radius'>, type?: 'required') => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      description={hintFor[field] ? label(hintFor[field]) : undefined}
      value={values[field]}
      onChange={(e) => set(field)(e.target.value)}
      error={errors[field]}
      required={type === 'required'}
      spellCheck={false}
      autoComplete="off"
      width={
        field === 'name' || field === 'fontFamily' || field === 'headingFontFamily'
          ? 'full'
          : 'medium'
      }
    />
  );

  return (
    <Root>
      <Stack>
        <Heading level={1}>{label('heading')}</Heading>
        <Paragraph size="lg">{label('intro')}</Paragraph>
        {urlProblem ? (
          <Alert variant="warning" heading={label('urlHeading')} live="off">
            {urlProblem.kind === 'unreadable'
              ? label('urlUnreadable')
              : label('urlFields', {
                  fields: formatList(urlProblem.fields.map((f) => label(f))),
                })}
          </Alert>
        ) : null}
      </Stack>
      <Columns>
        <Form aria-label={label('formLabel')} noValidate onSubmit={submit}>
          {summary.length ? <ErrorSummary key={attempt} errors={summary} /> : null}
          {text('name', 'required')}
          <Fieldset legend={label('colours')}>
            {text('accent', 'required')}
            {text('brand2')}
            {text('neutral')}
          </Fieldset>
          <Fieldset legend={label('fonts')}>
            {text('fontFamily')}
            {text('headingFontFamily')}
          </Fieldset>
          <RadioGroup
            id={fieldId('radius')}
            legend={label('radius')}
            value={values.radius}
            onChange={(value) => set('radius')(value)}
          >
            {radiusStyles.map((r) => (
              <Radio key={r} value={r} label={label(radiusLabel[r])} />
            ))}
          </RadioGroup>
          <Button type="submit">{label('submit')}</Button>
        </Form>
        <Stack>
          <ContrastReport theme={applied.theme} label={label} t={t} />
          <ThemeFiles theme={applied.theme} label={label} />
        </Stack>
      </Columns>
      <ThemePreview theme={applied.theme} label={label} />
    </Root>
  );
}

type Label = ReturnType<typeof useLabels<keyof typeof labelKeys>>;

// The parts below depend on the made theme only, so typing in the form does not re-render them.

/** The theme on portal patterns, light and dark side by side, each in its own scoped provider. */
const ThemePreview = memo(function ThemePreview({
  theme,
  label,
}: {
  theme: GeneratedTheme;
  label: Label;
}) {
  const { locale } = useSamskapLocale();
  const headingId = useId();
  // A name of its own, so a theme called "default" or "kommune" cannot restyle the page around.
  const scoped = useMemo(() => ({ ...theme, name: 'sk-theme-builder-preview' }), [theme]);
  const item = sampleCases[0];
  return (
    <section aria-labelledby={headingId}>
      <Stack>
        <Heading level={2} id={headingId}>
          {label('previewHeading')}
        </Heading>
        <Previews>
          {(['light', 'dark'] as const).map((scheme) => (
            <SamskapProvider key={scheme} theme={scoped} colorScheme={scheme} locale={locale}>
              <PreviewPane aria-labelledby={`${headingId}-${scheme}`}>
                <Heading level={3} size="md" id={`${headingId}-${scheme}`}>
                  {label(scheme)}
                </Heading>
                {/* Landmarks in both panes get the pane's name too, so each is told apart. */}
                <LanguageSwitcher
                  variant="links"
                  syncHtmlLang={false}
                  persist={false}
                  hrefFor={() => '#'}
                  onClick={preventNavigation}
                  aria-label={`${label('languageLabel')} (${label(scheme)})`}
                />
                <Alert variant="info" heading={label('alertHeading')} headingLevel={4} live="off">
                  {label('alertBody')}
                </Alert>
                <Row role="group" aria-label={label('buttons')}>
                  <Button>{label('primary')}</Button>
                  <Button variant="secondary">{label('secondary')}</Button>
                  <Button variant="tertiary">{label('tertiary')}</Button>
                  <Button variant="danger">{label('danger')}</Button>
                </Row>
                {item ? (
                  // biome-ignore lint/a11y/noStaticElementInteractions: catches clicks from the card's link
                  // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link is a click
                  <div onClick={preventNavigation}>
                    <CaseCard case={item} headingLevel={4} />
                  </div>
                ) : null}
                <CommentForm
                  headingLevel={4}
                  onSubmit={async () => {}}
                  // The form is named by its heading; here the name also says which pane it is in.
                  aria-labelledby={undefined}
                  aria-label={`${label('commentHeading')} (${label(scheme)})`}
                />
              </PreviewPane>
            </SamskapProvider>
          ))}
        </Previews>
      </Stack>
    </section>
  );
});

// The preview stands for a portal page; following one of its links would leave the builder.
function preventNavigation(event: MouseEvent) {
  if ((event.target as Element).closest('a')) event.preventDefault();
}

/** How many pairs passed, the lowest ratios, and each adjustment in plain words. */
const ContrastReport = memo(function ContrastReport({
  theme,
  label,
  t,
}: {
  theme: GeneratedTheme;
  label: Label;
  t: (key: SamskapKey, values?: Record<string, unknown>) => string;
}) {
  const { formatNumber } = useSamskapLocale();
  const headingId = useId();
  const report = useMemo(() => contrastReport(theme), [theme]);
  const failing = report.filter((r) => !r.pass).length;
  const ratio = (n: number) =>
    formatNumber(Math.floor(n * 100) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lowest = (kind: ContrastResult['kind']) =>
    ratio(Math.min(...report.filter((r) => r.kind === kind).map((r) => r.ratio)));
  const colour = (ref: string) => {
    const [scale = '', step = ''] = ref.split('.');
    return label('colour', {
      scale: t(colourPart('scale', scale)),
      step: t(colourPart('step', step)),
    });
  };
  const explain = (a: ThemeAdjustment) => {
    const darker = relativeLuminance(a.to) < relativeLuminance(a.from);
    const parts = [
      label(darker ? 'darker' : 'lighter', { colour: colour(a.token), from: a.from, to: a.to }),
    ];
    for (const pair of a.pairs) {
      const other = pair.foreground === a.token ? pair.background : pair.foreground;
      parts.push(label('against', { background: colour(other), ratio: ratio(pair.ratio) }));
    }
    const needs = new Set(a.pairs.map((pair) => (pair.required > 3 ? 'needsText' : 'needsUi')));
    for (const need of needs) parts.push(label(need));
    return parts.join(' ');
  };
  const byScheme = (scheme: ColorSchemeName) =>
    theme.adjustments.filter((a) => a.scheme === scheme);
  return (
    <section aria-labelledby={headingId}>
      <Stack>
        <Heading level={2} id={headingId}>
          {label('reportHeading')}
        </Heading>
        <Paragraph>
          {failing
            ? label('summaryFailing', { checked: report.length, failing })
            : label('summary', { checked: report.length })}{' '}
          {label('lowest', { text: lowest('text'), ui: lowest('ui'), focus: lowest('focus') })}
        </Paragraph>
        {theme.adjustments.length === 0 ? (
          <Paragraph>{label('noneAdjusted')}</Paragraph>
        ) : (
          <>
            <Paragraph>{label('adjustedIntro')}</Paragraph>
            {(['light', 'dark'] as const).map((scheme) =>
              byScheme(scheme).length ? (
                <Stack key={scheme}>
                  <Heading level={3} size="sm">
                    {label(scheme)}
                  </Heading>
                  <List data-testid={`adjustments-${scheme}`}>
                    {byScheme(scheme).map((a) => (
                      <li key={a.token}>{explain(a)}</li>
                    ))}
                  </List>
                </Stack>
              ) : null,
            )}
          </>
        )}
      </Stack>
    </section>
  );
});

/** The downloads, and the command that writes the same files. */
const ThemeFiles = memo(function ThemeFiles({
  theme,
  label,
}: {
  theme: GeneratedTheme;
  label: Label;
}) {
  const { info } = useSamskapLocale();
  const headingId = useId();
  const downloads = useMemo(() => themeDownloads(theme), [theme]);
  const save = (index: number) => {
    const download = downloads[index];
    if (!download) return;
    const url = URL.createObjectURL(download.blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = download.file.fileName;
    a.click();
    // The click starts the download at once; the URL is freed after it has been read.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(label('downloaded', { file: download.file.fileName }), { lang: info.tag });
  };
  return (
    <section aria-labelledby={headingId}>
      <Stack>
        <Heading level={2} id={headingId}>
          {label('filesHeading')}
        </Heading>
        <Paragraph>{label('filesIntro')}</Paragraph>
        <Row>
          <Button variant="secondary" onClick={() => save(0)}>
            {label('downloadCss', { file: downloads[0]?.file.fileName })}
          </Button>
          <Button variant="secondary" onClick={() => save(1)}>
            {label('downloadTokens', { file: downloads[1]?.file.fileName })}
          </Button>
        </Row>
        <Heading level={3} size="sm">
          {label('command')}
        </Heading>
        <Command>
          <code>{themeCommand(theme)}</code>
        </Command>
        <Paragraph size="sm">{label('share')}</Paragraph>
      </Stack>
    </section>
  );
});
