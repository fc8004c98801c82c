import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import { generateCases } from '@samskap/portal/sample-data';
import { useMemo } from 'react';
import { Thread } from '../pages/designsystemet.tsx';
import { DsCaseCard } from '../pages/designsystemet-card.tsx';
import { hostStrings } from '../pages/host-strings.ts';
import { threadOf } from './comments.ts';
import { type CardsProps, harness } from './harness.tsx';

const cases = generateCases(1000);

function Cards({ n, comments, locale, scheme }: CardsProps) {
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
  const thread = useMemo(
    () =>
      comments ? (
        <Thread comments={threadOf(comments)} s={hostStrings[locale]} locale={locale} />
      ) : null,
    [comments, locale],
  );
  return (
    <div lang={locale} data-color-scheme={scheme}>
      {list}
      {thread}
    </div>
  );
}

harness(Cards);
