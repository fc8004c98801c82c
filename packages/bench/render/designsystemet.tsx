import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import { generateCases } from '@samskap/portal/sample-data';
import { useMemo } from 'react';
import { DsCaseCard } from '../pages/designsystemet-card.tsx';
import { hostStrings } from '../pages/host-strings.ts';
import { type CardsProps, harness } from './harness.tsx';

const cases = generateCases(1000);

function Cards({ n, locale, scheme }: CardsProps) {
  // Designsystemet has no strings of its own: a language switch is the host rendering its own.
  const list = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const countries = (code: string) => names.of(code) ?? code;
    return (
      <ul data-cards="">
        {cases.slice(0, n).map((c) => (
          <li key={c.id}>
            <DsCaseCard item={c} s={hostStrings[locale]} countries={countries} />
          </li>
        ))}
      </ul>
    );
  }, [n, locale]);
  return (
    <div lang={locale} data-color-scheme={scheme}>
      {list}
    </div>
  );
}

harness(Cards);
