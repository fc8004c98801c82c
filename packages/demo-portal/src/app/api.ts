import type { SamskapLocale } from '@samskap/i18n';
import type {
  CommentReport,
  CommentSubmission,
  CommentVote,
  EventRegistrationField,
  EventRegistrationSubmission,
  NewsletterSubmission,
  PageFeedbackValue,
  PortalComment,
  TipFormField,
  TipSubmission,
} from '@samskap/portal';

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

/** The answer of a form's API: a reference, or messages for the fields. */
export type FormOutcome<F extends string> =
  | { reference?: string }
  | { fieldErrors: Partial<Record<F, string>> };

async function formOutcome<F extends string>(
  response: Response,
  what: string,
): Promise<FormOutcome<F>> {
  if (response.status === 201 || response.status === 202) {
    return response.status === 201 ? ((await response.json()) as { reference: string }) : {};
  }
  if (response.status === 422 || response.status === 429) {
    const body = (await response.json()) as { fieldErrors?: Partial<Record<F, string>> };
    if (body.fieldErrors) return { fieldErrors: body.fieldErrors };
  }
  throw new Error(`The ${what} was not stored (${response.status})`);
}

const jsonPost = (url: string, locale: SamskapLocale, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify(body),
  });

export async function postRegistration(
  locale: SamskapLocale,
  eventId: string,
  registration: EventRegistrationSubmission,
): Promise<FormOutcome<EventRegistrationField>> {
  const url = `/api/events/${encodeURIComponent(eventId)}/registrations`;
  return formOutcome(await jsonPost(url, locale, registration), 'registration');
}

/** A tip goes as multipart form data, files and all: the same body as the plain HTML post. */
export async function postTip(
  locale: SamskapLocale,
  tip: TipSubmission,
): Promise<FormOutcome<TipFormField>> {
  const body = new FormData();
  body.set('message', tip.message);
  if (tip.anonymous) body.set('anonymous', '1');
  if (tip.name) body.set('name', tip.name);
  if (tip.email) body.set('email', tip.email);
  for (const file of tip.attachments) body.append('attachments', file);
  const response = await fetch('/api/tips', {
    method: 'POST',
    headers: { 'accept-language': locale },
    body,
  });
  return formOutcome(response, 'tip');
}

export async function postNewsletter(
  locale: SamskapLocale,
  signup: NewsletterSubmission,
): Promise<{ fieldErrors?: Partial<Record<'email' | 'consent', string>> }> {
  const outcome = await formOutcome<'email' | 'consent'>(
    await jsonPost('/api/newsletter', locale, signup),
    'sign-up',
  );
  return 'fieldErrors' in outcome ? outcome : {};
}

export async function postFeedback(
  locale: SamskapLocale,
  path: string,
  feedback: PageFeedbackValue,
): Promise<void> {
  const response = await jsonPost('/api/feedback', locale, { ...feedback, path });
  if (!response.ok) throw new Error(`The feedback was not stored (${response.status})`);
}

/** Tells the server the cookie answer, so that its next render shows no banner. */
export function postConsent(choice: 'accepted' | 'rejected'): void {
  void fetch('/cookies', {
    method: 'POST',
    body: new URLSearchParams({ 'cookie-consent': choice }),
    redirect: 'manual',
  });
}
