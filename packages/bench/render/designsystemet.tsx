import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import { Thread } from '../pages/designsystemet.tsx';
import { DsCaseCard } from '../pages/designsystemet-card.tsx';
import { type CardsProps, harness } from './harness.tsx';
import { usePeerPage } from './peer.tsx';

function Cards(props: CardsProps) {
  // Designsystemet has no strings of its own: a language switch is the host rendering its own.
  const { list, thread } = usePeerPage(props, DsCaseCard, Thread);
  const { locale, scheme } = props;
  return (
    <div lang={locale} data-color-scheme={scheme}>
      {list}
      {thread}
    </div>
  );
}

harness(Cards);
