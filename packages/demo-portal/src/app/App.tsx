import { SamskapProvider } from '@samskap/react';
import { useState } from 'react';
import { Frame } from './Frame.js';
import { ArticlePage, ArticlesPage } from './pages/ArticlePages.js';
import { CaseLibraryPage } from './pages/CaseLibraryPage.js';
import { CasePage } from './pages/CasePage.js';
import { EventPage, EventsPage } from './pages/EventPages.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage, TextPage } from './pages/TextPage.js';
import { TipsPage } from './pages/TipsPage.js';
import { appearance } from './themes.js';
import type { PageData, ThemeChoice } from './types.js';

function PageBody({ data }: { data: PageData }) {
  const { page, locale } = data;
  switch (page.kind) {
    case 'home':
      return <HomePage locale={locale} page={page} search={data.search} />;
    case 'cases':
      return <CaseLibraryPage locale={locale} page={page} />;
    case 'case':
      return <CasePage locale={locale} page={page} />;
    case 'articles':
      return <ArticlesPage locale={locale} page={page} />;
    case 'article':
      return <ArticlePage locale={locale} page={page} />;
    case 'events':
      return <EventsPage locale={locale} page={page} />;
    case 'event':
      return <EventPage locale={locale} page={page} />;
    case 'tips':
      return <TipsPage locale={locale} page={page} />;
    case 'accessibility':
    case 'privacy':
      return <TextPage locale={locale} kind={page.kind} />;
    default:
      return <NotFoundPage locale={locale} />;
  }
}

/** One page of the portal, the same tree on the server and in the browser. */
export function App({ data }: { data: PageData }) {
  const [theme, setTheme] = useState<ThemeChoice>(data.theme);
  const look = appearance[theme];
  return (
    <SamskapProvider
      locale={data.locale}
      theme={look.theme}
      colorScheme={look.colorScheme}
      style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}
    >
      <Frame data={data} theme={theme} onThemeChange={setTheme}>
        <PageBody data={data} />
      </Frame>
    </SamskapProvider>
  );
}
