import {
  announce,
  Button,
  Checkbox,
  ErrorSummary,
  ensureLiveRegions,
  safeUrl,
  Textarea,
  TextField,
  useSamskapLocale,
} from '@samskap/react';
import {
  type FormEvent,
  type FormHTMLAttributes,
  forwardRef,
  useEffect,
  useId,
  useRef,
} from 'react';
import type { PortalComment, PortalCommentAlignment } from '../comments/model.js';
import {
  Actions,
  Form,
  Group,
  GroupLabel,
  Heading,
  Marker,
  Message,
  Privacy,
  Signed,
  Toggle,
  Toggles,
  Trap,
} from './CommentForm.styles.js';
import { type CommentFormLabels, errorText, formLabels } from './labels.js';
import {
  type CommentSubmission,
  type CommentSubmitResult,
  DEFAULT_REMEMBER_KEY,
  type UseCommentFormOptions,
  useCommentForm,
} from './useCommentForm.js';
import { DEFAULT_COMMENT_MAX_LENGTH } from './validate.js';

export interface CommentFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /**
   * Sends the comment. While its promise runs the form is busy and ignores another submit. It
   * may resolve with `{ fieldErrors }` (the server's words, shown on the fields). If it rejects,
   * the form says so in plain words, keeps every character and offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (submission: CommentSubmission) => Promise<void | CommentSubmitResult>;
  /** The signed-in person. Hides the name and email fields. */
  user?: { name: string; email?: string };
  /** The comment being answered. Says whom the reply is to and sends its id as `parentId`. */
  replyTo?: Pick<PortalComment, 'id' | 'author'>;
  /** Shows a cancel button in reply mode. */
  onCancelReply?: () => void;
  /** Comments are checked before they are shown: the confirmation says so. */
  moderated?: boolean;
  /**
   * The most characters a comment may have.
   * @default 1000
   */
  maxLength?: number;
  /**
   * Saves the text (never the name or email) in localStorage under this key as the person
   * types, restores it on the next visit, and removes it after a successful submit. Use one key
   * per case or thread: `comment-draft:case-42`.
   */
  draftKey?: string;
  /**
   * Where "remember me" keeps the name and email.
   * @default 'samskap:comment-author'
   */
  rememberKey?: string;
  /** The privacy notice. Goes through `safeUrl`. */
  privacyHref?: string;
  /**
   * Offers "for, neutral, against". Off by default in reply mode.
   * @default true
   */
  showAlignment?: boolean;
  /**
   * The heading's level, to fit the page's outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called after a successful submit, when the form has cleared. */
  onSuccess?: () => void;
  /**
   * The values the form starts with. A server that received the form as a plain HTML post (no
   * script yet) and found errors renders the page again with these and `initialErrors`.
   */
  initialValues?: UseCommentFormOptions['initialValues'];
  /** Errors to show on the first render, in the server's words, per field. */
  initialErrors?: UseCommentFormOptions['initialErrors'];
  /** Overrides of the built-in strings. */
  labels?: Partial<CommentFormLabels>;
}

const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;
const alignments: PortalCommentAlignment[] = ['for', 'neutral', 'against'];

/**
 * A comment form that never loses what a citizen wrote: the text survives a failed submit, a
 * validation message and a reload (with `draftKey`). Guests give a name and an email; a
 * signed-in `user` does not.
 */
export const CommentForm = forwardRef<HTMLFormElement, CommentFormProps>(function CommentForm(
  {
    onSubmit,
    user,
    replyTo,
    onCancelReply,
    moderated = false,
    maxLength = DEFAULT_COMMENT_MAX_LENGTH,
    draftKey,
    rememberKey = DEFAULT_REMEMBER_KEY,
    privacyHref,
    showAlignment = replyTo === undefined,
    headingLevel = 2,
    onSuccess,
    initialValues,
    initialErrors,
    labels: labelsProp,
    ...rest
  },
  ref,
) {
  const { t, info } = useSamskapLocale();
  const labels = formLabels(t, labelsProp);
  const guest = user === undefined;
  const form = useCommentForm({
    guest,
    user,
    onSubmit,
    maxLength,
    draftKey,
    rememberKey,
    parentId: replyTo?.id,
    initialValues,
    initialErrors,
  });
  const { values, errors, status, busy, setField } = form;

  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    name: `${id}-name`,
    email: `${id}-email`,
    body: `${id}-body`,
    alignment: `${id}-alignment`,
    remember: `${id}-remember`,
    trap: `${id}-trap`,
  };
  const confirmation = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const onSuccessRef = useRef(onSuccess);
  onSuccessRef.current = onSuccess;

  useEffect(() => {
    ensureLiveRegions();
  }, []);

  useEffect(() => {
    if (status !== 'succeeded') return;
    // Focus on the confirmation has it read; a host that unmounts the form in onSuccess still
    // gets it said through the live region.
    confirmation.current?.focus();
    onSuccessRef.current?.();
    if (!confirmation.current?.isConnected) {
      announce(moderated ? labels.successModerated : labels.success, { lang: info.tag });
    }
  }, [status, moderated, labels.success, labels.successModerated, info.tag]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
  };
  const retry = () => {
    // The alert with the retry button goes away while sending, so focus moves to the submit
    // button first rather than being dropped on the page.
    submitButton.current?.focus();
    void form.submit();
  };

  const fieldError = (field: 'name' | 'email' | 'body') => errorText(errors[field], labels);
  const summary = (['name', 'email', 'body'] as const)
    .filter((f) => errors[f] && (guest || f === 'body'))
    .map((f) => ({ target: ids[f], message: fieldError(f) }));

  const HeadingTag = headingTags[headingLevel] ?? 'h2';
  const replyName = replyTo?.author?.name ?? '';
  const privacy = privacyHref ? safeUrl(privacyHref) : undefined;

  return (
    <Form
      ref={ref}
      noValidate
      aria-labelledby={ids.heading}
      aria-busy={busy || undefined}
      onSubmit={handleSubmit}
      {...rest}
    >
      <Heading as={HeadingTag} id={ids.heading}>
        {replyTo ? labels.replyHeading(replyName) : labels.heading}
      </Heading>

      {status === 'succeeded' ? (
        <Message ref={confirmation} tabIndex={-1} data-tone="success">
          <p>{moderated ? labels.successModerated : labels.success}</p>
        </Message>
      ) : null}

      {form.draftRestored ? (
        <Message data-tone="info">
          <p>{labels.draftRestored}</p>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              form.discardDraft();
              announce(labels.draftDiscarded, { lang: info.tag });
              document.getElementById(ids.body)?.focus();
            }}
          >
            {labels.discardDraft}
          </Button>
        </Message>
      ) : null}

      {status === 'failed' ? (
        <Message role="alert" data-tone="danger">
          <p>
            <strong>{labels.failedTitle}</strong>
          </p>
          <p>{labels.failedBody}</p>
          <Button variant="primary" size="sm" onClick={retry}>
            {labels.retry}
          </Button>
        </Message>
      ) : null}

      <ErrorSummary
        key={form.attempt}
        errors={summary}
        headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
      />

      {guest ? (
        <>
          <TextField
            id={ids.name}
            name="name"
            label={labels.name}
            autoComplete="name"
            aria-required="true"
            value={values.name}
            readOnly={busy}
            error={fieldError('name')}
            onChange={(e) => setField('name', e.target.value)}
          />
          <TextField
            id={ids.email}
            name="email"
            type="email"
            label={labels.email}
            description={labels.emailDescription}
            autoComplete="email"
            spellCheck={false}
            aria-required="true"
            value={values.email}
            readOnly={busy}
            error={fieldError('email')}
            onChange={(e) => setField('email', e.target.value)}
          />
        </>
      ) : (
        <Signed>{labels.signedInAs(user.name)}</Signed>
      )}

      <Textarea
        id={ids.body}
        name="body"
        label={labels.body}
        characterLimit={maxLength}
        aria-required="true"
        value={values.body}
        readOnly={busy}
        error={fieldError('body')}
        onChange={(e) => setField('body', e.target.value)}
      />

      {showAlignment ? (
        <Group role="group" aria-labelledby={ids.alignment}>
          <GroupLabel id={ids.alignment}>
            {labels.alignment} <Marker>{labels.optional}</Marker>
          </GroupLabel>
          <Toggles>
            {alignments.map((a) => (
              <Toggle
                key={a}
                variant="secondary"
                size="sm"
                aria-pressed={values.alignment === a}
                onClick={() => setField('alignment', values.alignment === a ? undefined : a)}
              >
                {a === 'for'
                  ? labels.alignmentFor
                  : a === 'against'
                    ? labels.alignmentAgainst
                    : labels.alignmentNeutral}
              </Toggle>
            ))}
          </Toggles>
        </Group>
      ) : null}

      {guest ? (
        <Checkbox
          id={ids.remember}
          name="remember"
          value="1"
          label={labels.remember}
          checked={values.remember}
          onChange={(e) => setField('remember', e.target.checked)}
        />
      ) : null}

      {privacy ? (
        <Privacy>
          <a href={privacy}>{labels.privacy}</a>
        </Privacy>
      ) : null}

      {/* The names above and these hidden fields make the form a working HTML post for a
          host that gives it an action, before scripts load or without them. */}
      {values.alignment ? <input type="hidden" name="alignment" value={values.alignment} /> : null}
      {replyTo ? <input type="hidden" name="parentId" value={replyTo.id} /> : null}

      <Trap aria-hidden="true">
        <label htmlFor={ids.trap}>{labels.honeypot}</label>
        <input
          id={ids.trap}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.trap}
          onChange={(e) => setField('trap', e.target.value)}
        />
      </Trap>

      <Actions>
        <Button ref={submitButton} type="submit" loading={busy}>
          {replyTo ? labels.submitReply : labels.submit}
        </Button>
        {replyTo && onCancelReply ? (
          <Button variant="secondary" onClick={onCancelReply}>
            {labels.cancelReply}
          </Button>
        ) : null}
      </Actions>
    </Form>
  );
});
