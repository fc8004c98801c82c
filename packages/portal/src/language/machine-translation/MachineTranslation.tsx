import {
  contentLanguageNoticeStrings,
  getLocaleInfo,
  type LocaleCode,
  machineTranslationStrings,
} from '@samskap/i18n';
import {
  Alert,
  Button,
  type LabelOverrides,
  Paragraph,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, useEffect, useRef, useState } from 'react';

/** The host's translation service: no provider is built in. */
export type TranslateFn = (
  text: string,
  from: LocaleCode,
  to: LocaleCode,
  options: { signal: AbortSignal },
) => Promise<string>;

const keys = {
  translate: 'machineTranslation.translate',
  translating: 'machineTranslation.translating',
  notice: 'machineTranslation.notice',
  showOriginal: 'machineTranslation.showOriginal',
  failed: 'machineTranslation.failed',
  nb: 'contentLanguageNotice.languageNames.nb',
  nn: 'contentLanguageNotice.languageNames.nn',
  en: 'contentLanguageNotice.languageNames.en',
  se: 'contentLanguageNotice.languageNames.se',
} as const;

export type MachineTranslationLabels = LabelOverrides<
  'translate' | 'translating' | 'notice' | 'showOriginal' | 'failed'
>;

export interface MachineTranslationProps extends Omit<HTMLAttributes<HTMLDivElement>, 'translate'> {
  /** The content, as plain text; a blank line starts a new paragraph. */
  text: string;
  /** The language the content is written in. */
  from: LocaleCode;
  /**
   * The language to translate into.
   * @default the provider's locale
   */
  to?: LocaleCode;
  /** Translates a text. Gets an `AbortSignal` that fires when the result is no longer wanted. */
  translate: TranslateFn;
  /**
   * How long to wait for a translation before showing the original with a notice, in ms.
   * @default 8000
   */
  timeout?: number;
  /** Overrides of the built-in strings. */
  labels?: MachineTranslationLabels;
}

type State =
  | { status: 'original' | 'loading' | 'failed' }
  | { status: 'translated'; result: string };

/**
 * Shows content in another language through a translation function the host supplies, on the
 * reader's request. The result is marked as machine-translated in words, the original is one
 * click away, and `lang` is always the language actually shown. A failed or slow translation
 * falls back to the original with a polite notice; a result that arrives after the content (or
 * a language) changed is thrown away.
 */
export const MachineTranslation = forwardRef<HTMLDivElement, MachineTranslationProps>(
  function MachineTranslation({ text, from, to, translate, timeout = 8000, labels, ...rest }, ref) {
    useSamskapStrings('contentLanguageNotice', contentLanguageNoticeStrings);
    useSamskapStrings('machineTranslation', machineTranslationStrings);
    const label = useLabels<keyof typeof keys>(keys, labels);
    const { locale } = useSamskapLocale();
    const target = to ?? locale;
    const [state, setState] = useState<State>({ status: 'original' });
    const request = useRef<AbortController | null>(null);

    // New content or languages: whatever was shown or asked for belongs to the old one.
    // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the point of the dependencies
    useEffect(() => {
      request.current?.abort();
      request.current = null;
      setState({ status: 'original' });
    }, [text, from, target]);
    useEffect(() => () => request.current?.abort(), []);

    const nameOf = (code: LocaleCode): string => {
      if (code === 'nb' || code === 'nn' || code === 'en' || code === 'se') {
        return label(code as 'nb' | 'nn' | 'en' | 'se');
      }
      return getLocaleInfo(code).nativeName;
    };

    const start = async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setState({ status: 'loading' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const result = await Promise.race([
          translate(text, from, target, { signal: controller.signal }),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), timeout);
          }),
        ]);
        if (request.current !== controller) return;
        if (typeof result !== 'string' || result.trim() === '') throw new Error('empty');
        setState({ status: 'translated', result });
      } catch {
        if (request.current !== controller) return;
        controller.abort();
        setState({ status: 'failed' });
      } finally {
        clearTimeout(timer);
      }
    };

    const showOriginal = () => {
      request.current?.abort();
      request.current = null;
      setState({ status: 'original' });
    };

    const translated = state.status === 'translated';
    const shown = translated ? target : from;
    const body = translated ? state.result : text;
    const paragraphs = (typeof body === 'string' ? body : '')
      .split(/\n\s*\n/)
      .filter((p) => p.trim() !== '');

    return (
      <div ref={ref} {...rest}>
        {from !== target ? (
          translated ? (
            <Paragraph size="sm">
              {label('notice', { language: nameOf(from) })}{' '}
              <Button variant="tertiary" size="sm" onClick={showOriginal}>
                {label('showOriginal')}
              </Button>
            </Paragraph>
          ) : (
            <Button
              variant="secondary"
              size="sm"
              loading={state.status === 'loading'}
              onClick={start}
            >
              {label('translate', { language: nameOf(target) })}
            </Button>
          )
        ) : null}
        {state.status === 'failed' ? (
          <Alert variant="info" live="polite">
            {label('failed')}
          </Alert>
        ) : null}
        <div lang={getLocaleInfo(shown).tag} data-machine-translated={translated ? '' : undefined}>
          {paragraphs.map((p, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
            <Paragraph key={index}>{p}</Paragraph>
          ))}
        </div>
      </div>
    );
  },
);
