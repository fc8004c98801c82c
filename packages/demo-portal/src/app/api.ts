import type { SamskapLocale } from '@samskap/i18n';
import type { CommentReport, CommentSubmission, CommentVote, PortalComment } from '@samskap/portal';

// The browser's side of the API in src/server/api. Errors the reader can fix come back as field
// errors; anything else throws, and the form keeps every character and offers to try again.

export type CommentOutcome =
  | { comment: PortalComment }
  | { fieldErrors: Partial<Record<'name' | 'email' | 'body', string>> };

export async function postComment(
  locale: SamskapLocale,
  caseId: string,
  submission: CommentSubmission,
): Promise<CommentOutcome> {
  const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify({ ...submission, language: locale }),
  });
  if (response.status === 201) return (await response.json()) as { comment: PortalComment };
  if (response.status === 422 || response.status === 429) {
    const body = (await response.json()) as { fieldErrors?: Record<string, string> };
    if (body.fieldErrors) return { fieldErrors: body.fieldErrors };
  }
  throw new Error(`The comment was not stored (${response.status})`);
}

export async function postVote(commentId: string, vote: CommentVote | undefined): Promise<void> {
  await fetch(`/api/comments/${encodeURIComponent(commentId)}/vote`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ vote: vote ?? null }),
  });
}

export async function postReport(commentId: string, report: CommentReport): Promise<void> {
  const response = await fetch(`/api/comments/${encodeURIComponent(commentId)}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!response.ok) throw new Error(`The report was not stored (${response.status})`);
}
