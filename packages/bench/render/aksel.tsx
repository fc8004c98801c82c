import '@navikt/ds-css';
import { Provider, Theme } from '@navikt/ds-react';
import { en, nb, nn } from '@navikt/ds-react/locales';
import { generateCases } from '@samskap/portal/sample-data';
import { useMemo } from 'react';
import { Thread } from '../pages/aksel.tsx';
import { AkselCaseCard } from '../pages/aksel-card.tsx';
import { hostStrings } from '../pages/host-strings.ts';
import { threadOf } from './comments.ts';
import { type CardsProps, harness } from './harness.tsx';

const cases = generateCases(1000);
const locales = { nb, nn, en };

function Cards({ n, comments, locale, scheme }: CardsProps) {
  // Aksel's provider switch carries its own strings; the host renders its own beside them.
  const list = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const countries = (code: string) => names.of(code) ?? code;
    return (
      <ul data-cards="">
        {cases.slice(0, n).map((c) => (
          <li key={c.id}>
            <AkselCaseCard item={c} s={hostStrings[locale]} countries={countries} />
          </li>
        ))}
      </ul>
    );
  }, [n, locale]);
  const thread = useMemo(
    () =>
      comments ? (
        <Thread comments={threadOf(comments)} s={hostStrings[locale]} locale={locale} />
      ) : null,
    [comments, locale],
  );
  return (
    <Provider locale={locales[locale]}>
      <Theme theme={scheme}>
        <div lang={locale}>
          {list}
          {thread}
        </div>
      </Theme>
    </Provider>
  );
}

harness(Cards);
