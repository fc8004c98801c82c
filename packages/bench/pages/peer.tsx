// What the Designsystemet and Aksel case pages share: the code a host writes around either
// system's components (the strings, the case card's text, the thread's nesting, the form's
// state). Each page keeps its own components; only the host's part is written once.
import type { InnovationCase, PortalComment } from '@samskap/portal';
import {
  type ComponentType,
  type FormEvent,
  type HTMLAttributes,
  type ReactNode,
  useMemo,
  useState,
} from 'react';
import type { Locale } from './data.ts';
import type { hostStrings } from './host-strings.ts';

/** The host's strings in one language. */
export type S = (typeof hostStrings)['nb'];

/** What a peer's case card gets. */
export interface PeerCardProps {
  item: InnovationCase;
  s: S;
  /** A country's name from its code, in the page's language. */
  countries: (code: string) => string;
}

/** What a peer's comment thread gets. */
export interface PeerThreadProps {
  comments: PortalComment[];
  s: S;
  locale: Locale;
}

/** What a peer's comment (the article, without its replies) gets. */
export interface PeerCommentProps {
  comment: PortalComment;
  s: S;
  locale: Locale;
  onReport: () => void;
}

/** The name of the case's stage, if it has one. */
export function stageName(item: InnovationCase, s: S): string | undefined {
  return item.stage ? s.stage[item.stage] : undefined;
}

/** "Organisation · countries · Launched 2024", as text. */
export function CaseFacts({ item, s, countries }: PeerCardProps) {
  return (
    <>
      {item.organisation} · {item.countries.map(countries).join(', ')} · {s.launched}{' '}
      {item.yearLaunched}
    </>
  );
}

/** The first three tags and "+n" for the rest, as text. */
export function CaseTags({ item }: { item: InnovationCase }) {
  const more = item.tags.length - 3;
  return (
    <>
      {item.tags.slice(0, 3).join(', ')}
      {more > 0 ? ` +${more}` : ''}
    </>
  );
}

/** The cases as a list of the system's cards. */
export function CaseList({
  cases,
  Card,
  s,
  countries,
  ...rest
}: Omit<PeerCardProps, 'item'> &
  HTMLAttributes<HTMLUListElement> & {
    cases: InnovationCase[];
    Card: ComponentType<PeerCardProps>;
  }) {
  return (
    <ul {...rest}>
      {cases.map((c) => (
        <li key={c.id}>
          <Card item={c} s={s} countries={countries} />
        </li>
      ))}
    </ul>
  );
}

/** Countries' names in `locale`, from their codes. */
export function useCountryNames(locale: Locale): (code: string) => string {
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  }, [locale]);
}

/** The replies to each comment by its id, top-level comments under ''. */
export function useReplies(comments: PortalComment[]): Map<string, PortalComment[]> {
  return useMemo(() => {
    const map = new Map<string, PortalComment[]>();
    for (const c of comments) {
      const key = c.parentId ?? '';
      map.set(key, [...(map.get(key) ?? []), c]);
    }
    return map;
  }, [comments]);
}

/** A comment's date as the host formats it. */
export function commentDate(comment: PortalComment, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
    new Date(comment.createdAt),
  );
}

/**
 * The comments below `parent` ('' for the top level) as a list, each in an item with its replies
 * in a list of their own below it; `article` draws one comment with the system's components.
 */
export function CommentList({
  replies,
  parent = '',
  article,
}: {
  replies: Map<string, PortalComment[]>;
  parent?: string;
  article: (comment: PortalComment) => ReactNode;
}) {
  return (
    <ul>
      {replies.get(parent)?.map((c) => (
        <li key={c.id}>
          {article(c)}
          {replies.get(c.id)?.length ? (
            <CommentList replies={replies} parent={c.id} article={article} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The comment form's state: the body, whether a submit found it empty, and whether it was sent. */
export function useCommentDraft() {
  const [body, setBody] = useState('');
  const [error, setError] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(body.trim() === '');
    setSent(body.trim() !== '');
  };
  return { body, setBody, error, sent, submit };
}

/** The filters' checked countries, with a way to take one off. */
export function useChecked() {
  const [checked, setChecked] = useState<string[]>([]);
  const remove = (value: string) => setChecked((c) => c.filter((x) => x !== value));
  return { checked, setChecked, remove };
}
