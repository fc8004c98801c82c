import { pageFeedbackStrings } from '@samskap/i18n';
import {
  CookieConsent,
  LanguageSwitcher,
  PageFeedback,
  PortalFooter,
  PortalHeader,
} from '@samskap/portal';
import { Alert, Button, Select, useLabels, useSamskapStrings } from '@samskap/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { styled } from 'styled-components';
import { postConsent, postFeedback } from './api.js';
import { COOKIE_POLICY_VERSION } from './consent.js';
import { copy } from './copy.js';
import { isPortalLocale, locales, paths } from './paths.js';
import { isThemeChoice, type PageData, type ThemeChoice, themeChoices } from './types.js';

const ThemeForm = styled.form`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-2);
  align-items: end;
`;

export const Main = styled.main`
  display: grid;
  /* A long compound word ("Tilgjengeerklæring") in a large heading must wrap at 320 px rather
     than widen the page. */
  grid-template-columns: minmax(0, 1fr);
  overflow-wrap: break-word;
  hyphens: auto;
  align-content: start;
  gap: var(--sk-space-4);
  box-sizing: border-box;
  width: 100%;
  flex: 1 0 auto;
  max-width: 72rem;
  margin: 0 auto;
  padding: var(--sk-space-5) var(--sk-space-4) var(--sk-space-7);
  &:focus {
    outline: none;
  }
`;

const Feedback = styled.div`
  margin-block-start: var(--sk-space-6);
  max-width: 40rem;
`;

const feedbackKeys = { sent: 'pageFeedback.sent' } as const;

export interface FrameProps {
  data: PageData;
  theme: ThemeChoice;
  onThemeChange: (theme: ThemeChoice) => void;
  children: ReactNode;
}

/**
 * The site frame: the cookie banner, the portal's header (skip link, site name, menu,
 * languages), the main landmark with "Was this page useful?" under each page, and the footer
 * with the appearance choice.
 */
export function Frame({ data, theme, onThemeChange, children }: FrameProps) {
  const { locale, path, search } = data;
  const text = copy[locale];
  const [choice, setChoice] = useState<ThemeChoice>(theme);
  const here = `${path}${search}`;
  useSamskapStrings('pageFeedback', pageFeedbackStrings);
  const feedbackLabel = useLabels(feedbackKeys);
  // What the server answered to a post without scripts; with scripts the component moves on.
  const answered = data.feedback === 'yes' || data.feedback === 'no' ? data.feedback : undefined;

  // With scripts the choice applies at once and the same post sets the cookie in the background;
  // without them the form posts and the server sends the reader back. Either way the server
  // renders the next page in the chosen appearance, so nothing flashes.
  const applyTheme = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onThemeChange(choice);
    void fetch('/theme', { method: 'POST', body: new URLSearchParams({ theme: choice }) });
  };

  return (
    <>
      <CookieConsent
        policyVersion={COOKIE_POLICY_VERSION}
        consent={data.consent}
        action={`/cookies?return=${encodeURIComponent(`/${locale}${here}`)}`}
        purposes={text.cookies.purposes}
        cookiePageHref={paths.privacy(locale)}
        onChange={(answer) => {
          // Keep the server informed, so that its next page has no banner; once is enough.
          if (answer.choice !== data.consent?.choice) postConsent(answer.choice);
        }}
      />
      <PortalHeader
        siteName={text.siteName}
        homeHref={paths.home(locale)}
        navigation={[
          { label: text.nav.home, href: paths.home(locale), current: path === '/' },
          { label: text.nav.cases, href: paths.cases(locale), current: path.startsWith('/cases') },
          {
            label: text.nav.events,
            href: paths.events(locale),
            current: path.startsWith('/events'),
          },
          {
            label: text.nav.articles,
            href: paths.articles(locale),
            current: path.startsWith('/articles'),
          },
          { label: text.nav.tips, href: paths.tips(locale), current: path === '/tips' },
        ]}
        languageSwitcher={
          <LanguageSwitcher
            locales={locales}
            hrefFor={(l) => (isPortalLocale(l) ? `/${l}${here}` : `/${locale}${here}`)}
          />
        }
      />
      <Main id="main" tabIndex={-1}>
        {children}
        <Feedback id="page-feedback">
          {data.feedback === 'sent' ? (
            <Alert variant="success" tabIndex={-1}>
              {feedbackLabel('sent')}
            </Alert>
          ) : (
            <PageFeedback
              action={`${paths.feedback(locale)}?path=${encodeURIComponent(path)}`}
              answer={answered}
              onSubmit={(value) => postFeedback(locale, path, value)}
            />
          )}
        </Feedback>
      </Main>
      <PortalFooter
        organisationName={text.siteName}
        accessibilityStatementHref={paths.accessibility(locale)}
        privacyHref={paths.privacy(locale)}
        cookieSettingsHref={`${paths.privacy(locale)}?cookies=ask`}
      >
        <ThemeForm
          method="post"
          action={`/theme?return=${encodeURIComponent(`/${locale}${here}`)}`}
          onSubmit={applyTheme}
        >
          <Select
            label={text.theme.legend}
            name="theme"
            value={choice}
            onChange={(e) => isThemeChoice(e.target.value) && setChoice(e.target.value)}
          >
            {themeChoices.map((t) => (
              <option key={t} value={t}>
                {text.theme[t]}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary" size="sm">
            {text.theme.apply}
          </Button>
        </ThemeForm>
        <p>{text.footer.about}</p>
      </PortalFooter>
    </>
  );
}
