import { LanguageSwitcher } from '@samskap/portal';
import { Button, Link, Select, SkipLink } from '@samskap/react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { styled } from 'styled-components';
import { copy } from './copy.js';
import { isPortalLocale, locales, paths } from './paths.js';
import { isThemeChoice, type PageData, type ThemeChoice, themeChoices } from './types.js';

const Header = styled.header`
  width: 100%;
  border-bottom: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  background: var(--sk-color-neutral-surface);
`;

const Bar = styled.div`
  max-width: 72rem;
  margin: 0 auto;
  padding: var(--sk-space-3) var(--sk-space-4);
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3) var(--sk-space-5);
  align-items: center;
  justify-content: space-between;
`;

const SiteName = styled.a`
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-lg);
  font-weight: var(--sk-font-weight-bold);
  color: var(--sk-color-neutral-text);
  text-decoration: none;
  &:hover {
    text-decoration: underline;
  }
  &:focus-visible {
    outline: var(--sk-border-width-strong) solid var(--sk-color-focus-outer);
    outline-offset: var(--sk-focus-offset);
  }
`;

const NavList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-4);
  list-style: none;
  margin: 0;
  padding: 0;
`;

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

const Footer = styled.footer`
  width: 100%;
  border-top: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  background: var(--sk-color-neutral-surface);
  & > div {
    max-width: 72rem;
    margin: 0 auto;
    padding: var(--sk-space-5) var(--sk-space-4);
  }
`;

export interface FrameProps {
  data: PageData;
  theme: ThemeChoice;
  onThemeChange: (theme: ThemeChoice) => void;
  children: ReactNode;
}

/**
 * The site frame: skip link, header with the site name, menu, language and appearance, the main
 * landmark and the footer. (The frame patterns from @samskap/portal replace this as they ship.)
 */
export function Frame({ data, theme, onThemeChange, children }: FrameProps) {
  const { locale, path, search } = data;
  const text = copy[locale];
  const [choice, setChoice] = useState<ThemeChoice>(theme);
  const here = `${path}${search}`;

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
      <SkipLink href="#main" />
      <Header>
        <Bar>
          <SiteName href={paths.home(locale)}>{text.siteName}</SiteName>
          <nav aria-label={text.nav.label}>
            <NavList>
              <li>
                <Link href={paths.home(locale)} aria-current={path === '/' ? 'page' : undefined}>
                  {text.nav.home}
                </Link>
              </li>
              <li>
                <Link
                  href={paths.cases(locale)}
                  aria-current={path === '/cases' ? 'page' : undefined}
                >
                  {text.nav.cases}
                </Link>
              </li>
            </NavList>
          </nav>
          <LanguageSwitcher
            locales={locales}
            hrefFor={(l) => (isPortalLocale(l) ? `/${l}${here}` : `/${locale}${here}`)}
          />
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
        </Bar>
      </Header>
      <Main id="main" tabIndex={-1}>
        {children}
      </Main>
      <Footer>
        <div>
          <nav aria-label={text.footer.label}>
            <NavList>
              <li>
                <Link href={paths.accessibility(locale)}>{text.footer.accessibility}</Link>
              </li>
              <li>
                <Link href={paths.privacy(locale)}>{text.footer.privacy}</Link>
              </li>
            </NavList>
          </nav>
          <p>{text.footer.about}</p>
        </div>
      </Footer>
    </>
  );
}
