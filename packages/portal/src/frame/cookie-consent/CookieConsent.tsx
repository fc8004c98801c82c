import { cookieConsentStrings } from '@samskap/i18n';
import {
  Alert,
  Button,
  Heading,
  type LabelOverrides,
  Link,
  List,
  Paragraph,
  safeUrl,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import { type FormEvent, forwardRef, useEffect, useId, useRef, useState } from 'react';
import type { HeadedSectionProps } from '../../forms/FormProps.js';
import { takeChoice } from '../../forms/submitter.js';
import { useFocusNext } from '../../shared/focus.js';
import { Actions, Banner } from './CookieConsent.styles.js';
import { registerCookieSettingsOpener } from './channel.js';
import {
  COOKIE_CONSENT_STORAGE_KEY,
  type CookieChoice,
  type CookieConsentValue,
  createCookieConsent,
  parseCookieConsent,
  readCookieConsent,
  writeCookieConsent,
} from './consent.js';

const keys = {
  heading: 'cookieConsent.heading',
  necessary: 'cookieConsent.necessary',
  optional: 'cookieConsent.optional',
  purposes: 'cookieConsent.purposes',
  accept: 'cookieConsent.accept',
  reject: 'cookieConsent.reject',
  later: 'cookieConsent.later',
  readMore: 'cookieConsent.readMore',
  accepted: 'cookieConsent.accepted',
  rejected: 'cookieConsent.rejected',
  changeLater: 'cookieConsent.changeLater',
  hide: 'cookieConsent.hide',
} as const;

export type CookieConsentLabels = LabelOverrides<keyof typeof keys>;

export interface CookieConsentProps extends HeadedSectionProps<CookieConsentLabels, 'onChange'> {
  /**
   * The version of the cookie policy. An answer given under another version does not count, so
   * changing it asks every reader again.
   */
  policyVersion: string;
  /**
   * Where the form posts when scripts have not run. It gets `cookie-consent=accepted` or
   * `cookie-consent=rejected` (see `fieldName`); the host stores the answer (for example with
   * `createCookieConsent`) and sends the reader back.
   */
  action?: string;
  /**
   * The answer the server already knows (from its own cookie, read with `parseCookieConsent`).
   * With a current one, the server renders no banner. On the client, the stored answer is read
   * after hydration as well.
   */
  consent?: CookieConsentValue | null;
  /**
   * Called with the answer when the reader chooses, and once on load when an answer for this
   * policy version is known. Turn analytics on or off here.
   */
  onChange?: (consent: CookieConsentValue) => void;
  /** What the optional cookies are used for, one item each ("Statistikk over besøk"). */
  purposes?: readonly string[];
  /** The page about cookies. */
  cookiePageHref?: string;
  /**
   * The name of the posted field.
   * @default 'cookie-consent'
   */
  fieldName?: string;
  /**
   * Where the answer is stored in the browser.
   * @default 'samskap-cookie-consent'
   */
  storageKey?: string;
}

type Status = 'ask' | 'confirmed' | 'hidden';

/**
 * The cookie banner: what the necessary cookies do, what the optional ones are for, and accept
 * and reject buttons of equal weight. Put it first in the page, before the header.
 *
 * It works before any script runs: the buttons sit in a `<form method="post">`, so a click
 * posts to `action`. With scripts, the answer is stored with its date and the policy version,
 * `onChange` is called, and a confirmation takes focus. "Decide later" (shown with scripts)
 * closes the banner and stores nothing, so it asks again on the next page. The footer's cookie
 * settings link, or `openCookieSettings()`, opens it again.
 */
export const CookieConsent = forwardRef<HTMLElement, CookieConsentProps>(function CookieConsent(
  {
    policyVersion,
    action,
    consent,
    onChange,
    purposes,
    cookiePageHref,
    fieldName = 'cookie-consent',
    storageKey = COOKIE_CONSENT_STORAGE_KEY,
    headingLevel = 2,
    labels,
    ...rest
  },
  ref,
) {
  useSamskapStrings('cookieConsent', cookieConsentStrings);
  const label = useLabels(keys, labels);
  const headingId = useId();
  const known = parseCookieConsent(consent);
  const [status, setStatus] = useState<Status>(known?.version === policyVersion ? 'hidden' : 'ask');
  const [choice, setChoice] = useState<CookieChoice | undefined>(undefined);
  const [enhanced, setEnhanced] = useState(false);
  const focusNext = useFocusNext();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const serverConsent = known?.version === policyVersion ? known : undefined;
  const serverConsentRef = useRef(serverConsent);

  // After hydration: the stored answer decides, and the host hears it once.
  useEffect(() => {
    setEnhanced(true);
    const answer = readCookieConsent(policyVersion, storageKey) ?? serverConsentRef.current;
    if (answer) {
      setStatus((s) => (s === 'ask' ? 'hidden' : s));
      onChangeRef.current?.(answer);
    } else {
      setStatus('ask');
    }
  }, [policyVersion, storageKey]);

  useEffect(
    () =>
      registerCookieSettingsOpener(() => {
        setStatus('ask');
        focusNext(headingRef);
      }),
    [focusNext],
  );

  const choose = (next: CookieChoice) => {
    const answer = createCookieConsent(next, policyVersion);
    writeCookieConsent(answer, storageKey);
    setChoice(next);
    setStatus('confirmed');
    focusNext(confirmationRef);
    onChangeRef.current?.(answer);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const value = takeChoice(event, ['accepted', 'rejected'] as const);
    if (value) choose(value);
  };

  if (status === 'hidden') return null;
  const readMore = safeUrl(cookiePageHref);

  return (
    <Banner ref={ref} aria-labelledby={headingId} data-sk-cookie-consent="" {...rest}>
      <Heading level={headingLevel} size="sm" id={headingId} ref={headingRef} tabIndex={-1}>
        {label('heading')}
      </Heading>
      {status === 'confirmed' && choice ? (
        <Alert variant="success" live="off" ref={confirmationRef} tabIndex={-1}>
          <Paragraph>
            {label(choice)} {label('changeLater')}
          </Paragraph>
          <Actions>
            <Button variant="secondary" onClick={() => setStatus('hidden')}>
              {label('hide')}
            </Button>
          </Actions>
        </Alert>
      ) : (
        <form method="post" action={action} onSubmit={onSubmit}>
          <Paragraph>{label('necessary')}</Paragraph>
          <Paragraph>{label('optional')}</Paragraph>
          {purposes && purposes.length > 0 ? (
            <>
              <Paragraph>{label('purposes')}</Paragraph>
              <List>
                {purposes.map((purpose) => (
                  <li key={purpose}>{purpose}</li>
                ))}
              </List>
            </>
          ) : null}
          {readMore ? (
            <Paragraph>
              <Link href={readMore}>{label('readMore')}</Link>
            </Paragraph>
          ) : null}
          <Actions>
            {/* The same variant for both: neither answer is pushed. */}
            <Button type="submit" name={fieldName} value="accepted">
              {label('accept')}
            </Button>
            <Button type="submit" name={fieldName} value="rejected">
              {label('reject')}
            </Button>
            {enhanced ? (
              <Button variant="tertiary" onClick={() => setStatus('hidden')}>
                {label('later')}
              </Button>
            ) : null}
          </Actions>
        </form>
      )}
    </Banner>
  );
});
