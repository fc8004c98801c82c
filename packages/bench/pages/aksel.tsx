// The case page built from Aksel 8.16, each part from its closest component: LinkCard for the
// cases, Search/CheckboxGroup/Select/Chips for the filters, Pagination, a comment thread
// (BodyShort, Detail, Button, Modal with RadioGroup for reports) and a comment form (TextField,
// Textarea with its counter, Checkbox, ErrorSummary, Alert), an ActionMenu as the language
// switcher. Aksel's Provider carries its own strings; the host writes the rest.
import {
  ActionMenu,
  Alert,
  BodyLong,
  Button,
  Checkbox,
  CheckboxGroup,
  Chips,
  Detail,
  ErrorSummary,
  Heading,
  Modal,
  Pagination,
  Provider,
  Radio,
  RadioGroup,
  Search,
  Select,
  Textarea,
  TextField,
} from '@navikt/ds-react';
import { en, nb, nn } from '@navikt/ds-react/locales';
import { useState } from 'react';
import { AkselCaseCard } from './aksel-card.tsx';
import type { BenchData, Locale } from './data.ts';
import { hostStrings, languageNames } from './host-strings.ts';
import * as host from './peer.tsx';

export const akselLocales = { nb, nn, en };

function Filters({ data, s }: { data: BenchData; s: host.S }) {
  const { checked, setChecked, remove } = host.useChecked();
  return (
    <search aria-label={s.filters}>
      <Search label={s.search} variant="primary" />
      <CheckboxGroup legend={s.country} value={checked} onChange={setChecked}>
        {data.facets.countries.map((f) => (
          <Checkbox key={f.value} value={f.value}>
            {`${f.value} (${f.count})`}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Select label={s.sector}>
        {data.facets.sectors.map((f) => (
          <option key={f.value} value={f.value}>
            {f.value}
          </option>
        ))}
      </Select>
      <Chips>
        {checked.map((v) => (
          <Chips.Removable key={v} onClick={() => remove(v)}>
            {v}
          </Chips.Removable>
        ))}
      </Chips>
      <Button variant="tertiary" onClick={() => setChecked([])}>
        {s.clear}
      </Button>
    </search>
  );
}

function CommentArticle({ comment, s, locale, onReport }: host.PeerCommentProps) {
  return (
    <article>
      <Heading level="3" size="xsmall">
        {comment.author.name}
      </Heading>
      <Detail>
        <time dateTime={comment.createdAt}>{host.commentDate(comment, locale)}</time>
      </Detail>
      <BodyLong>{comment.body}</BodyLong>
      <Button variant="tertiary" size="small">
        {s.votesUp} ({comment.votes?.up ?? 0})
      </Button>
      <Button variant="tertiary" size="small">
        {s.votesDown} ({comment.votes?.down ?? 0})
      </Button>
      <Button variant="tertiary" size="small">
        {s.reply}
      </Button>
      <Button variant="tertiary" size="small" onClick={onReport}>
        {s.report}
      </Button>
    </article>
  );
}

export function Thread({ comments, s, locale }: host.PeerThreadProps) {
  const [open, setOpen] = useState(false);
  const replies = host.useReplies(comments);
  return (
    <section aria-labelledby="comments">
      <Heading level="2" size="medium" id="comments">
        {s.comments} ({comments.length})
      </Heading>
      <host.CommentList
        replies={replies}
        article={(c) => (
          <CommentArticle comment={c} s={s} locale={locale} onReport={() => setOpen(true)} />
        )}
      />
      <Modal open={open} onClose={() => setOpen(false)} header={{ heading: s.report }}>
        <Modal.Body>
          <RadioGroup legend={s.reason}>
            <Radio value="spam">{s.spam}</Radio>
            <Radio value="offensive">{s.offensive}</Radio>
          </RadioGroup>
        </Modal.Body>
        <Modal.Footer>
          <Button onClick={() => setOpen(false)}>{s.send}</Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {s.cancel}
          </Button>
        </Modal.Footer>
      </Modal>
    </section>
  );
}

function Form({ s }: { s: host.S }) {
  const { body, setBody, error, sent, submit } = host.useCommentDraft();
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <ErrorSummary heading={s.fixErrors}>
          <ErrorSummary.Item href="#comment-body">{s.required}</ErrorSummary.Item>
        </ErrorSummary>
      ) : null}
      <TextField label={s.name} autoComplete="name" />
      <Textarea
        id="comment-body"
        label={s.comment}
        maxLength={2000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error ? s.required : undefined}
      />
      <Checkbox value="remember">{s.remember}</Checkbox>
      <Button type="submit">{s.send}</Button>
      {sent ? <Alert variant="success">{s.sent}</Alert> : null}
    </form>
  );
}

function LanguageMenu({ locale, onChange }: { locale: Locale; onChange: (l: Locale) => void }) {
  return (
    <ActionMenu>
      <ActionMenu.Trigger>
        <Button variant="tertiary">{languageNames[locale]}</Button>
      </ActionMenu.Trigger>
      <ActionMenu.Content>
        {(Object.keys(languageNames) as Locale[]).map((l) => (
          <ActionMenu.Item key={l} lang={l} onSelect={() => onChange(l)}>
            {languageNames[l]}
          </ActionMenu.Item>
        ))}
      </ActionMenu.Content>
    </ActionMenu>
  );
}

export function CasePage({ data }: { data: BenchData }) {
  const [locale, setLocale] = useState<Locale>('nb');
  const [page, setPage] = useState(1);
  const s = hostStrings[locale];
  const countries = host.useCountryNames(locale);
  return (
    <Provider locale={akselLocales[locale]}>
      <div lang={locale}>
        <header>
          <LanguageMenu locale={locale} onChange={setLocale} />
        </header>
        <main>
          <Filters data={data} s={s} />
          <host.CaseList cases={data.cases} Card={AkselCaseCard} s={s} countries={countries} />
          <Pagination page={page} onPageChange={setPage} count={data.pages} />
          <Thread comments={data.comments} s={s} locale={locale} />
          <Form s={s} />
        </main>
      </div>
    </Provider>
  );
}
