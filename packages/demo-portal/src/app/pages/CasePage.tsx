import type { LocaleCode, SamskapLocale } from '@samskap/i18n';
import {
  CommentForm,
  type CommentSubmission,
  type CommentSubmitResult,
  CommentThread,
  ContentLanguageNotice,
  type PortalComment,
} from '@samskap/portal';
import { Alert, Breadcrumbs, Heading, Paragraph } from '@samskap/react';
import { useState } from 'react';
import { styled } from 'styled-components';
import { postComment, postReport, postVote } from '../api.js';
import { copy } from '../copy.js';
import { isPortalLocale, paths } from '../paths.js';
import type { Page } from '../types.js';

const Column = styled.div`
  max-width: 48rem;
  display: grid;
  gap: var(--sk-space-5);
`;

const Article = styled.article`
  display: grid;
  gap: var(--sk-space-3);
`;

const Comments = styled.section`
  display: grid;
  gap: var(--sk-space-6);
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: var(--sk-space-1) var(--sk-space-4);
  margin: 0;
  & dt {
    font-weight: var(--sk-font-weight-bold);
  }
  & dd {
    margin: 0;
  }
`;

/** A case with its comments. The comment form posts to the API, or as HTML without scripts. */
export function CasePage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'case' }>;
}) {
  const text = copy[locale];
  const c = page.case;
  const [comments, setComments] = useState<PortalComment[]>(page.comments);

  const send = async (
    submission: CommentSubmission,
  ): Promise<(CommentSubmitResult & { id?: string }) | undefined> => {
    const outcome = await postComment(locale, c.id, submission);
    if ('fieldErrors' in outcome) return { fieldErrors: outcome.fieldErrors };
    setComments((list) => [...list, outcome.comment]);
    return { id: outcome.comment.id };
  };

  const contentLocale = (c.language || locale) as LocaleCode;
  const available = (c.availableLocales ?? [contentLocale]).filter(isPortalLocale);

  return (
    <Column>
      <Breadcrumbs
        items={[
          { label: text.casePage.breadcrumbsHome, href: paths.home(locale) },
          { label: text.nav.cases, href: paths.cases(locale) },
          { label: c.title },
        ]}
      />
      <ContentLanguageNotice
        contentLocale={contentLocale}
        availableIn={available.length > 0 ? available : [contentLocale]}
        hrefFor={(l) => (isPortalLocale(l) ? paths.case(l, c.id) : paths.case(locale, c.id))}
      >
        <Article>
          <Heading level={1}>{c.title}</Heading>
          <Facts>
            <dt>{text.casePage.organisation}</dt>
            <dd>{c.organisation}</dd>
          </Facts>
          <Heading level={2}>{text.casePage.summary}</Heading>
          <Paragraph>{c.summary}</Paragraph>
        </Article>
      </ContentLanguageNotice>

      <Comments id="comments">
        <CommentThread
          comments={comments}
          currentUserId={page.clientId}
          now={page.now}
          onVote={(id, vote) => void postVote(id, vote)}
          onReport={(id, report) => postReport(id, report)}
          onReply={(submission) => send(submission)}
          replyFormProps={{ moderated: true, privacyHref: paths.privacy(locale) }}
        />
        {page.sent ? (
          <Alert variant="success" tabIndex={-1} id="comment-sent">
            {text.casePage.commentsSent}
          </Alert>
        ) : null}
        <CommentForm
          action={paths.comments(locale, c.id)}
          method="post"
          onSubmit={send}
          draftKey={`portal:comment-draft:${c.id}`}
          moderated
          privacyHref={paths.privacy(locale)}
          initialValues={page.form?.values}
          initialErrors={page.form?.errors}
        />
      </Comments>
    </Column>
  );
}
