import { isSupportedLocale, localeInfo, type SamskapLocale } from '@samskap/i18n';
import { LanguageSwitcher } from '@samskap/portal';
import { Button, SamskapProvider } from '@samskap/react';
import { useEffect, useState } from 'react';

const copy: Record<SamskapLocale, { title: string; intro: string; action: string }> = {
  nb: {
    title: 'Innovasjonsportalen',
    intro: 'Her finner du innovasjonsprosjekter fra offentlig sektor, og du kan si din mening.',
    action: 'Se alle prosjektene',
  },
  nn: {
    title: 'Innovasjonsportalen',
    intro: 'Her finn du innovasjonsprosjekt frå offentleg sektor, og du kan seie meininga di.',
    action: 'Sjå alle prosjekta',
  },
  en: {
    title: 'The innovation portal',
    intro: 'Find innovation projects from the public sector here, and tell us what you think.',
    action: 'See all projects',
  },
};

export function App() {
  const [locale, setLocale] = useState<SamskapLocale>('nb');
  useEffect(() => {
    document.documentElement.lang = localeInfo[locale].tag;
  }, [locale]);
  const text = copy[locale];
  return (
    <SamskapProvider locale={locale} colorScheme="auto" style={{ minHeight: '100vh' }}>
      <header style={{ padding: '1rem' }}>
        <LanguageSwitcher onChange={(l) => isSupportedLocale(l) && setLocale(l)} />
      </header>
      <main style={{ padding: '1rem' }}>
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <Button>{text.action}</Button>
      </main>
    </SamskapProvider>
  );
}
