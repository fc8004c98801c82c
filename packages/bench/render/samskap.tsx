import { CaseCard } from '@samskap/portal';
import { generateCases } from '@samskap/portal/sample-data';
import { SamskapProvider } from '@samskap/react';
import { useMemo } from 'react';
import { type CardsProps, harness } from './harness.tsx';

const cases = generateCases(1000);

function Cards({ n, locale, scheme }: CardsProps) {
  // The list is the same element across a scheme switch, so only the provider re-renders.
  const list = useMemo(
    () => (
      <ul data-cards="">
        {cases.slice(0, n).map((c) => (
          <li key={c.id}>
            <CaseCard case={c} />
          </li>
        ))}
      </ul>
    ),
    [n],
  );
  return (
    <SamskapProvider locale={locale} colorScheme={scheme}>
      {list}
    </SamskapProvider>
  );
}

harness(Cards);
