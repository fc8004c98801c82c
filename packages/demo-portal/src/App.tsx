import { isSupportedLocale, localeInfo, type SamskapLocale } from '@samskap/i18n';
import { CommentForm, LanguageSwitcher } from '@samskap/portal';
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

// A stand-in for the portal's comment API. `?fail=1` makes the first submission fail the way a
// dropped connection would, so the end-to-end tests can check that nothing typed is lost.
let failNext = typeof location !== 'undefined' && new URLSearchParams(location.search).has('fail');
async function sendComment(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (failNext) {
    failNext = false;
    throw new Error('Network error');
  }
}

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
        <section style={{ marginTop: '2rem', maxWidth: '40rem' }}>
          <CommentForm
            onSubmit={sendComment}
            draftKey="demo-portal:comment:case-1"
            moderated
            privacyHref="#personvern"
          />
        </section>
      </main>
    </SamskapProvider>
  );
}
