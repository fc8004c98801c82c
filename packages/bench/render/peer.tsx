// What the Designsystemet and Aksel render pages share: the list of cards and the thread below
// it, each kept as the same element while only the scheme changes, so a scheme switch renders
// only the system's provider or wrapper.
import { generateCases } from '@samskap/portal/sample-data';
import { type ComponentType, useMemo } from 'react';
import { hostStrings } from '../pages/host-strings.ts';
import {
  CaseList,
  type PeerCardProps,
  type PeerThreadProps,
  useCountryNames,
} from '../pages/peer.tsx';
import { threadOf } from './comments.ts';
import type { CardsProps } from './harness.tsx';

const cases = generateCases(1000);

/** The first `n` cards, and a thread of `comments` comments (none when 0), in `locale`. */
export function usePeerPage(
  { n, comments, locale }: CardsProps,
  Card: ComponentType<PeerCardProps>,
  Thread: ComponentType<PeerThreadProps>,
) {
  const countries = useCountryNames(locale);
  const list = useMemo(
    () => (
      <CaseList
        data-cards=""
        cases={cases.slice(0, n)}
        Card={Card}
        s={hostStrings[locale]}
        countries={countries}
      />
    ),
    [n, locale, countries, Card],
  );
  const thread = useMemo(
    () =>
      comments ? (
        <Thread comments={threadOf(comments)} s={hostStrings[locale]} locale={locale} />
      ) : null,
    [comments, locale, Thread],
  );
  return { list, thread };
}
