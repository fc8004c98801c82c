// The case page built from Designsystemet 1.22, each part from its closest component: Card for
// the cases, Search/Fieldset/Checkbox/Select/Chip for the filters, Pagination, a comment thread
// (Avatar, Paragraph, Button, Dialog with Radio for reports) and a comment form (Textfield,
// counter, Checkbox, ErrorSummary, Alert), a Dropdown as the language switcher. The host writes
// the strings itself (host-strings.ts).
import {
  Alert,
  Avatar,
  Button,
  Checkbox,
  Chip,
  Dialog,
  Dropdown,
  ErrorSummary,
  Fieldset,
  Heading,
  Pagination,
  Paragraph,
  Radio,
  Search,
  Select,
  Textfield,
  usePagination,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { BenchData, Locale } from './data.ts';
import { DsCaseCard } from './designsystemet-card.tsx';
import { hostStrings, languageNames } from './host-strings.ts';
import * as host from './peer.tsx';

function Filters({ data, s }: { data: BenchData; s: host.S }) {
  const { checked, setChecked, remove } = host.useChecked();
  return (
    <search aria-label={s.filters}>
      <Search>
        <Search.Input aria-label={s.search} />
        <Search.Clear />
        <Search.Button />
      </Search>
      <Fieldset>
        <Fieldset.Legend>{s.country}</Fieldset.Legend>
        {data.facets.countries.map((f) => (
          <Checkbox
            key={f.value}
            label={`${f.value} (${f.count})`}
            value={f.value}
            checked={checked.includes(f.value)}
            onChange={(e) =>
              setChecked((c) =>
                e.target.checked ? [...c, f.value] : c.filter((v) => v !== f.value),
              )
            }
          />
        ))}
      </Fieldset>
      <Select aria-label={s.sector}>
        {data.facets.sectors.map((f) => (
          <Select.Option key={f.value} value={f.value}>
            {f.value}
          </Select.Option>
        ))}
      </Select>
      {checked.map((v) => (
        <Chip.Removable key={v} onClick={() => remove(v)}>
          {v}
        </Chip.Removable>
      ))}
      <Button variant="tertiary" onClick={() => setChecked([])}>
        {s.clear}
      </Button>
    </search>
  );
}

function Pages({ total, s }: { total: number; s: host.S }) {
  const [currentPage, setCurrentPage] = useState(1);
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage,
    setCurrentPage,
    totalPages: total,
    showPages: 7,
  });
  return (
    <Pagination>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps}>{s.previous}</Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof page === 'number' && (
              <Pagination.Button {...buttonProps}>{page}</Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps}>{s.next}</Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}

function CommentArticle({ comment, s, locale, onReport }: host.PeerCommentProps) {
  return (
    <article>
      <Avatar aria-label={comment.author.name} initials={comment.author.name.slice(0, 2)} />
      <Heading level={3} data-size="2xs">
        {comment.author.name}
      </Heading>
      <Paragraph data-size="sm">
        <time dateTime={comment.createdAt}>{host.commentDate(comment, locale)}</time>
      </Paragraph>
      <Paragraph>{comment.body}</Paragraph>
      <Button variant="tertiary" data-size="sm">
        {s.votesUp} ({comment.votes?.up ?? 0})
      </Button>
      <Button variant="tertiary" data-size="sm">
        {s.votesDown} ({comment.votes?.down ?? 0})
      </Button>
      <Button variant="tertiary" data-size="sm">
        {s.reply}
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={onReport}>
        {s.report}
      </Button>
    </article>
  );
}

export function Thread({ comments, s, locale }: host.PeerThreadProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const replies = host.useReplies(comments);
  return (
    <section aria-labelledby="comments">
      <Heading level={2} id="comments">
        {s.comments} ({comments.length})
      </Heading>
      <host.CommentList
        replies={replies}
        article={(c) => (
          <CommentArticle
            comment={c}
            s={s}
            locale={locale}
            onReport={() => dialog.current?.showModal()}
          />
        )}
      />
      <Dialog ref={dialog} closedby="any">
        <Fieldset>
          <Fieldset.Legend>{s.reason}</Fieldset.Legend>
          <Radio name="reason" value="spam" label={s.spam} />
          <Radio name="reason" value="offensive" label={s.offensive} />
        </Fieldset>
        <Button onClick={() => dialog.current?.close()}>{s.send}</Button>
        <Button variant="secondary" onClick={() => dialog.current?.close()}>
          {s.cancel}
        </Button>
      </Dialog>
    </section>
  );
}

function Form({ s }: { s: host.S }) {
  const { body, setBody, error, sent, submit } = host.useCommentDraft();
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <ErrorSummary>
          <ErrorSummary.Heading>{s.fixErrors}</ErrorSummary.Heading>
          <ErrorSummary.List>
            <ErrorSummary.Item>
              <ErrorSummary.Link href="#comment-body">{s.required}</ErrorSummary.Link>
            </ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary>
      ) : null}
      <Textfield label={s.name} autoComplete="name" />
      <Textfield
        id="comment-body"
        label={s.comment}
        multiline
        rows={4}
        counter={2000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error ? s.required : undefined}
      />
      <Checkbox label={s.remember} value="remember" />
      <Button type="submit">{s.send}</Button>
      {sent ? <Alert data-color="success">{s.sent}</Alert> : null}
    </form>
  );
}

function LanguageMenu({ locale, onChange }: { locale: Locale; onChange: (l: Locale) => void }) {
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="tertiary">{languageNames[locale]}</Dropdown.Trigger>
      <Dropdown>
        <Dropdown.List>
          {(Object.keys(languageNames) as Locale[]).map((l) => (
            <Dropdown.Item key={l}>
              <Dropdown.Button lang={l} aria-current={l === locale} onClick={() => onChange(l)}>
                {languageNames[l]}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}

export function CasePage({ data }: { data: BenchData }) {
  const [locale, setLocale] = useState<Locale>('nb');
  const s = hostStrings[locale];
  const countries = host.useCountryNames(locale);
  return (
    <div lang={locale}>
      <header>
        <LanguageMenu locale={locale} onChange={setLocale} />
      </header>
      <main>
        <Filters data={data} s={s} />
        <host.CaseList cases={data.cases} Card={DsCaseCard} s={s} countries={countries} />
        <Pages total={data.pages} s={s} />
        <Thread comments={data.comments} s={s} locale={locale} />
        <Form s={s} />
      </main>
    </div>
  );
}
