import '@navikt/ds-css';
import { Provider, Theme } from '@navikt/ds-react';
import { en, nb, nn } from '@navikt/ds-react/locales';
import { Thread } from '../pages/aksel.tsx';
import { AkselCaseCard } from '../pages/aksel-card.tsx';
import { type CardsProps, harness } from './harness.tsx';
import { usePeerPage } from './peer.tsx';

const locales = { nb, nn, en };

function Cards(props: CardsProps) {
  // Aksel's provider switch carries its own strings; the host renders its own beside them.
  const { list, thread } = usePeerPage(props, AkselCaseCard, Thread);
  const { locale, scheme } = props;
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
