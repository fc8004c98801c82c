import {
  addSamskapArea,
  createSamskapI18n,
  eventRegistrationStrings,
  formatList,
  localeInfo,
  newsletterSignupStrings,
  type SamskapLocale,
  samskapT,
  tipsStrings,
} from '@samskap/i18n';
import {
  type CommentFormField,
  type CommentReportReason,
  DEFAULT_COMMENT_MAX_LENGTH,
  type EventRegistrationField,
  isEmailLike,
  type PortalCommentAlignment,
  type TipFormField,
  validateComment,
  validateRegistration,
  validateTip,
} from '@samskap/portal';
import { countCharacters, formatFileSize } from '@samskap/react';
import { FEEDBACK_MAX_LENGTH, tipFileTypes, tipLimits } from '../../app/limits.js';

// The server checks every input itself, with the limits the components export, and answers in
// the words the form shows: the same messages, on the same fields, in the reader's language.

const i18n = createSamskapI18n();
// The forms' areas are deferred (each form adds its own when it renders); this instance never
// renders one, so it adds the areas whose words it answers with.
addSamskapArea(i18n, 'tips', tipsStrings);
addSamskapArea(i18n, 'eventRegistration', eventRegistrationStrings);
addSamskapArea(i18n, 'newsletterSignup', newsletterSignupStrings);

export const alignments: readonly PortalCommentAlignment[] = ['for', 'neutral', 'against'];
export const reportReasons: readonly CommentReportReason[] = ['spam', 'offensive', 'off-topic'];

/** The longest id and report the API takes: guards against abuse, not component limits. */
export const MAX_ID_LENGTH = 100;
export const MAX_REPORT_LENGTH = 2000;

export type FieldErrors = Partial<Record<CommentFormField, string>>;

export interface CommentInput {
  name: string;
  email: string;
  body: string;
  alignment?: PortalCommentAlignment;
  parentId?: string;
  /** The honeypot: a person leaves it empty. */
  website: string;
}

/** A form or JSON value as text: anything that is not a string is ''. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A ticked consent box: `true` from the JSON API, or what a plain post sends (the sign-up's box
 * posts "yes", a box without a value "on", the other forms "1").
 */
export const isTicked = (value: unknown): boolean =>
  value === true || value === '1' || value === 'on' || value === 'yes';

/**
 * Checks a comment as the form does, and drops what it does not know (an unknown
 * alignment, an overlong parent id). Takes anything (JSON or form fields) and never throws.
 */
export function checkComment(
  raw: unknown,
  locale: SamskapLocale,
): { ok: true; value: CommentInput } | { ok: false; fieldErrors: FieldErrors } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const value: CommentInput = {
    name: str(input.name).trim(),
    email: str(input.email).trim(),
    body: str(input.body).trim(),
    website: str(input.website),
  };
  const alignment = str(input.alignment);
  if ((alignments as readonly string[]).includes(alignment)) {
    value.alignment = alignment as PortalCommentAlignment;
  }
  const parentId = str(input.parentId);
  if (parentId && parentId.length <= MAX_ID_LENGTH) value.parentId = parentId;

  const t = samskapT(i18n, locale);
  const problems = validateComment(value, { guest: true, maxLength: DEFAULT_COMMENT_MAX_LENGTH });
  const fieldErrors: FieldErrors = {};
  for (const field of ['name', 'email', 'body'] as const) {
    const problem = problems[field];
    if (!problem) continue;
    fieldErrors[field] =
      problem.code === 'bodyTooLong'
        ? t('comments.form.errors.bodyTooLong', { max: problem.max, length: problem.length })
        : t(`comments.form.errors.${problem.code}`);
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value };
}

// --- Event registration ---

export interface RegistrationInput {
  name: string;
  email: string;
  organisation?: string;
  dietary?: string;
  accessibility?: string;
  website: string;
}

const optional = (value: unknown) => {
  const t = str(value).trim();
  return t === '' ? undefined : t;
};

/** Takes JSON (`consent: true`) or form fields (`consent=1`); never throws. */
export function checkRegistration(
  raw: unknown,
  locale: SamskapLocale,
):
  | { ok: true; value: RegistrationInput }
  | { ok: false; fieldErrors: Partial<Record<EventRegistrationField, string>> } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const consent = input.consent === true || input.consent === '1' || input.consent === 'on';
  const problems = validateRegistration({
    name: str(input.name),
    email: str(input.email),
    organisation: str(input.organisation),
    dietary: str(input.dietary),
    accessibility: str(input.accessibility),
    consent,
    trap: '',
  });
  const t = samskapT(i18n, locale);
  const fieldErrors: Partial<Record<EventRegistrationField, string>> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (problem) {
      fieldErrors[field as EventRegistrationField] = t(`eventRegistration.errors.${problem.code}`);
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const value: RegistrationInput = {
    name: str(input.name).trim(),
    email: str(input.email).trim(),
    website: str(input.website),
  };
  for (const key of ['organisation', 'dietary', 'accessibility'] as const) {
    const v = optional(input[key]);
    if (v) value[key] = v;
  }
  return { ok: true, value };
}

// --- Tips oss ---

export interface TipInput {
  message: string;
  anonymous: boolean;
  name?: string;
  email?: string;
  attachments: { filename: string; contentType: string; content: Uint8Array }[];
  website: string;
}

/** The first bytes each accepted kind of file starts with. */
const signatures: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The file's type from its name, when its content starts as that type does; else undefined. */
export function sniffTipFile(name: string, content: Uint8Array): string | undefined {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const type = tipFileTypes[extension];
  const signature = type ? signatures[type] : undefined;
  if (!type || !signature) return undefined;
  return signature.every((byte, i) => content[i] === byte) ? type : undefined;
}

/** "PDF, JPG or PNG", as the form says it. */
function typesText(locale: SamskapLocale): string {
  const names = new Set(
    tipLimits.accept.split(',').map((p) => p.trim().slice(1).toUpperCase().replace('JPEG', 'JPG')),
  );
  return formatList(names, locale, { type: 'disjunction' });
}

/**
 * Checks a tip as the form does (the same limits), and then the files' content: a file whose
 * first bytes are not what its name says is refused, whatever type the browser claimed. Takes
 * the fields of a multipart post (with scripts or without); never throws.
 */
export async function checkTip(
  form: Record<string, unknown>,
  locale: SamskapLocale,
): Promise<
  { ok: true; value: TipInput } | { ok: false; fieldErrors: Partial<Record<TipFormField, string>> }
> {
  const listed = Array.isArray(form.attachments) ? form.attachments : [form.attachments];
  // A file input left empty still posts one nameless, empty file.
  const files = listed.filter((f): f is File => f instanceof File && (f.name !== '' || f.size > 0));
  const anonymous = form.anonymous === '1' || form.anonymous === 'true' || form.anonymous === 'on';
  const values = {
    message: str(form.message),
    anonymous,
    name: anonymous ? '' : str(form.name),
    email: anonymous ? '' : str(form.email),
    attachments: files,
    trap: '',
  };
  const problems = validateTip(values, tipLimits);
  const t = samskapT(i18n, locale);
  const tag = localeInfo[locale].tag;
  const fieldErrors: Partial<Record<TipFormField, string>> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (!problem) continue;
    const key = `tips.form.errors.${problem.code}` as const;
    fieldErrors[field as TipFormField] =
      problem.code === 'messageTooLong'
        ? t(key, { max: problem.max, length: problem.length })
        : problem.code === 'tooMany'
          ? t(key, { count: problem.max })
          : problem.code === 'tooLarge'
            ? t(key, { name: problem.name, size: formatFileSize(tipLimits.maxFileSize, tag) })
            : problem.code === 'wrongType'
              ? t(key, { name: problem.name, types: typesText(locale) })
              : t(key);
  }
  const attachments: TipInput['attachments'] = [];
  if (!fieldErrors.attachments) {
    for (const file of files) {
      const content = new Uint8Array(await file.arrayBuffer());
      const contentType = sniffTipFile(file.name, content);
      if (!contentType) {
        fieldErrors.attachments = t('tips.form.errors.wrongType', {
          name: file.name,
          types: typesText(locale),
        });
        break;
      }
      attachments.push({ filename: file.name.slice(0, 200), contentType, content });
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    value: {
      message: values.message.trim(),
      anonymous,
      ...(optional(values.name) ? { name: optional(values.name) } : {}),
      ...(optional(values.email) ? { email: optional(values.email) } : {}),
      attachments,
      website: str(form.website),
    },
  };
}

// --- Newsletter ---

/** An email and consent, as the sign-up form checks them. */
export function checkNewsletter(
  raw: unknown,
  locale: SamskapLocale,
):
  | { ok: true; value: { email: string; website: string } }
  | { ok: false; fieldErrors: Partial<Record<'email' | 'consent', string>> } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const t = samskapT(i18n, locale);
  const email = str(input.email).trim();
  const consent = isTicked(input.consent);
  const fieldErrors: Partial<Record<'email' | 'consent', string>> = {};
  if (email === '') fieldErrors.email = t('newsletterSignup.errors.emailRequired');
  else if (!isEmailLike(email)) fieldErrors.email = t('newsletterSignup.errors.emailInvalid');
  if (!consent) fieldErrors.consent = t('newsletterSignup.errors.consentRequired');
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: { email, website: str(input.website) } };
}

// --- Was this page useful? ---

/** The answer, a local path and an optional comment; undefined when it is not one. */
export function checkFeedback(
  raw: unknown,
): { useful: 'yes' | 'no'; path: string; comment?: string } | undefined {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const useful = input.useful === 'yes' || input.useful === 'no' ? input.useful : undefined;
  const path = str(input.path);
  const comment = str(input.comment).trim();
  if (!useful || !path.startsWith('/') || path.length > 300) return undefined;
  if (countCharacters(comment) > FEEDBACK_MAX_LENGTH) return undefined;
  return { useful, path, ...(comment ? { comment } : {}) };
}
