import type { SamskapLocale } from '@samskap/i18n';
import {
  CaseDetails,
  CommentForm,
  type CommentSubmission,
  type CommentSubmitResult,
  CommentThread,
  type PortalComment,
} from '@samskap/portal';
import { Alert, Breadcrumbs } from '@samskap/react';
import { useState } from 'react';
import { styled } from 'styled-components';
import { postComment, postReport, postVote } from '../api.js';
import { copy } from '../copy.js';
import { isPortalLocale, paths } from '../paths.js';
import type { Page } from '../types.js';

const Column = styled.div`
  max-width: 60rem;
  display: grid;
  gap: var(--sk-space-5);
`;

const Comments = styled.section`
  display: grid;
  gap: var(--sk-space-6);
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

  return (
    <Column>
      <Breadcrumbs
        items={[
          { label: text.casePage.breadcrumbsHome, href: paths.home(locale) },
          { label: text.nav.cases, href: paths.cases(locale) },
          { label: c.title },
        ]}
      />
      <CaseDetails
        case={c}
        hrefForLocale={(l) => (isPortalLocale(l) ? paths.case(l, c.id) : paths.case(locale, c.id))}
        comments={
          <Comments id="comments">
            <CommentThread
              headingLevel={3}
              comments={comments}
              currentUserId={page.readerId}
              now={page.now}
              onVote={(id, vote) => void postVote(id, vote)}
              onReport={(id, report) => postReport(id, report)}
              onReply={(submission) => send(submission)}
              replyFormProps={{
                moderated: true,
                privacyHref: paths.privacy(locale),
                headingLevel: 4,
              }}
            />
            {page.sent ? (
              <Alert variant="success" tabIndex={-1} id="comment-sent">
                {text.casePage.commentsSent}
              </Alert>
            ) : null}
            <CommentForm
              headingLevel={3}
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
        }
      />
    </Column>
  );
}
