// The case page built from Samskap: case cards, case filters, pagination, a comment thread with
// its form, and the language switcher. Everything a person sees comes from @samskap/portal and
// @samskap/react; every string from @samskap/i18n.
import {
  CaseCard,
  CaseFilters,
  CommentForm,
  CommentThread,
  emptyCaseFilters,
  LanguageSwitcher,
} from '@samskap/portal';
import { Pagination, SamskapProvider } from '@samskap/react';
import { useState } from 'react';
import type { BenchData, Locale } from './data.ts';

export function CasePage({ data }: { data: BenchData }) {
  const [locale, setLocale] = useState<Locale>('nb');
  const [filters, setFilters] = useState(emptyCaseFilters);
  const [page, setPage] = useState(1);
  return (
    <SamskapProvider locale={locale}>
      <header>
        <LanguageSwitcher variant="menu" onChange={(l) => setLocale(l as Locale)} />
      </header>
      <main>
        <CaseFilters value={filters} onChange={setFilters} facets={data.facets} />
        <ul>
          {data.cases.map((c) => (
            <li key={c.id}>
              <CaseCard case={c} />
            </li>
          ))}
        </ul>
        <Pagination page={page} total={data.pages} onChange={setPage} />
        <CommentThread
          comments={data.comments}
          onVote={() => {}}
          onReply={async () => {}}
          onReport={async () => {}}
        />
        <CommentForm onSubmit={async () => {}} />
      </main>
    </SamskapProvider>
  );
}
