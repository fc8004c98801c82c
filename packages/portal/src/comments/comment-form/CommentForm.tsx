import {
  announce,
  Button,
  Checkbox,
  ensureLiveRegions,
  Fieldset,
  HiddenField,
  Link,
  Paragraph,
  safeUrl,
  Textarea,
  TextField,
  ToggleButton,
  useLabels,
  useSamskapLocale,
} from '@samskap/react';
import { forwardRef, useEffect, useMemo } from 'react';
import { FormFrame, FormTail, splitFormProps, useFormParts } from '../../forms/FormParts.js';
import { Actions } from '../../forms/FormParts.styles.js';
import type { FormStartProps, PortalFormProps } from '../../forms/FormProps.js';
import { formLabels, labelsFrom } from '../../forms/labels.js';
import { DEFAULT_REMEMBER_MAX_AGE } from '../../forms/useForm.js';
import type { PortalComment, PortalCommentAlignment } from '../model.js';
import { Toggles } from './CommentForm.styles.js';
import {
  type CommentFormLabels,
  commentFormKeys,
  commentFormOverrides,
  errorText,
} from './labels.js';
import {
  type CommentSubmission,
  type CommentSubmitResult,
  DEFAULT_REMEMBER_KEY,
  type UseCommentFormOptions,
  useCommentForm,
} from './useCommentForm.js';
import { DEFAULT_COMMENT_MAX_LENGTH } from './validate.js';

export interface CommentFormProps
  extends PortalFormProps<CommentSubmission, CommentSubmitResult, Partial<CommentFormLabels>>,
    FormStartProps<UseCommentFormOptions['initialValues'], 'name' | 'email' | 'body'> {
  /**
   * Sends the comment. While its promise runs the form is busy and ignores another submit. It
   * may resolve with `{ fieldErrors }` (the server's words, shown on the fields). If it rejects,
   * the form says so in plain words, keeps every character and offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (submission: CommentSubmission) => Promise<void | CommentSubmitResult>;
  /**
   * Called instead of `onSubmit` when the hidden spam trap was filled: most likely a bot, but
   * possibly a person's autofill, so log it or queue it for moderation. The form says the
   * comment was not sent, keeps the text and the draft, and does not remember the author.
   */
  onTrap?: (submission: CommentSubmission) => void;
  /** The signed-in person. Hides the name and email fields. */
  user?: { name: string; email?: string };
  /** The comment being answered. Says whom the reply is to and sends its id as `parentId`. */
  replyTo?: Pick<PortalComment, 'id' | 'author'>;
  /** Shows a cancel button in reply mode. */
  onCancelReply?: () => void;
  /** Comments are checked before they are shown: the confirmation says so. */
  moderated?: boolean;
  /**
   * The most characters a comment may have, counted as the counter counts them.
   * @default 1000
   */
  maxLength?: number;
  /**
   * Saves the text (never the name or email) in localStorage under this key as the person
   * types, restores it on the next visit, and removes it after a successful submit. Drafts
   * expire after 7 days. Use one key per case or thread: `comment-draft:case-42`; a reply
   * form's draft is kept apart under `${draftKey}:reply:${replyTo.id}`. Changing the key takes
   * up that key's draft, or an empty form.
   */
  draftKey?: string;
  /**
   * Where "remember me" keeps the name and email (for 30 days, or until "forget me").
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
  /** Called after a successful submit, when the form has cleared. */
  onSuccess?: () => void;
}

const REMEMBER_DAYS = Math.round(DEFAULT_REMEMBER_MAX_AGE / (24 * 60 * 60 * 1000));
const alignments: PortalCommentAlignment[] = ['for', 'neutral', 'against'];
const alignmentLabel = {
  for: 'alignmentFor',
  neutral: 'alignmentNeutral',
  against: 'alignmentAgainst',
} as const;

/**
 * A comment form that never loses what a citizen wrote: the text survives a failed submit, a
 * validation message and a reload (with `draftKey`). Guests give a name and an email; a
 * signed-in `user` does not. Runs on the shared form machinery (`useForm`).
 */
export const CommentForm = forwardRef<HTMLFormElement, CommentFormProps>(
  function CommentForm(props, ref) {
    const [shared, own] = splitFormProps(props);
    const {
      user,
      replyTo,
      onCancelReply,
      moderated = false,
      maxLength = DEFAULT_COMMENT_MAX_LENGTH,
      draftKey,
      rememberKey = DEFAULT_REMEMBER_KEY,
      privacyHref,
      showAlignment = replyTo === undefined,
      ...rest
    } = own;
    const labelsProp = shared.labels;
    const { info } = useSamskapLocale();
    const overrides = useMemo(() => commentFormOverrides(labelsProp), [labelsProp]);
    const label = useLabels(commentFormKeys, overrides);
    const guest = user === undefined;
    const form = useCommentForm({
      guest,
      user,
      onSubmit: shared.onSubmit,
      onTrap: shared.onTrap,
      maxLength,
      draftKey,
      rememberKey,
      parentId: replyTo?.id,
      initialValues: shared.initialValues,
      initialErrors: shared.initialErrors,
    });
    const { values, setField } = form;

    const parts = useFormParts({
      form,
      fields: ['name', 'email', 'body', 'remember'],
      summaryFields: guest ? ['name', 'email', 'body'] : ['body'],
      headingLevel: shared.headingLevel,
      errorText: (error) => errorText(error, label),
      draftField: 'body',
      messageLabels: labelsFrom(label, formLabels.messages, formLabels.draft),
      ref,
      onSuccess: shared.onSuccess,
    });
    const { ids } = parts;

    useEffect(() => {
      ensureLiveRegions();
    }, []);

    const privacy = privacyHref ? safeUrl(privacyHref) : undefined;

    return (
      <FormFrame
        {...parts.frame}
        heading={
          replyTo ? label('replyHeading', { name: replyTo.author?.name ?? '' }) : label('heading')
        }
        receipt={{ paragraphs: [[moderated ? label('successModerated') : label('success')]] }}
        {...rest}
      >
        {guest ? (
          <>
            <TextField
              {...parts.field('name')}
              label={label('name')}
              autoComplete="name"
              aria-required="true"
            />
            <TextField
              {...parts.emailField('email')}
              label={label('email')}
              description={label('emailDescription')}
              aria-required="true"
            />
          </>
        ) : (
          <Paragraph>{label('signedInAs', { name: user.name })}</Paragraph>
        )}

        <Textarea
          {...parts.field('body')}
          label={label('body')}
          characterLimit={maxLength}
          aria-required="true"
        />

        {showAlignment ? (
          <Fieldset legend={label('alignment')} optional labels={{ optional: label('optional') }}>
            {/* Buttons that are on or off rather than radios: a stance is optional, and pressing
              the chosen one again takes it back. */}
            <Toggles>
              {alignments.map((a) => (
                <ToggleButton
                  key={a}
                  size="sm"
                  pressed={values.alignment === a}
                  onPressedChange={(on) => setField('alignment', on ? a : undefined)}
                >
                  {label(alignmentLabel[a])}
                </ToggleButton>
              ))}
            </Toggles>
          </Fieldset>
        ) : null}

        {guest ? (
          <Checkbox
            id={ids.remember}
            name="remember"
            value="1"
            label={label('remember')}
            description={label('rememberDescription', { count: REMEMBER_DAYS })}
            checked={values.remember}
            onChange={(e) => setField('remember', e.target.checked)}
          />
        ) : null}
        {guest && form.authorRemembered ? (
          <Actions>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                form.forgetAuthor();
                announce(label('forgotten'), { lang: info.tag });
                document.getElementById(ids.name)?.focus();
              }}
            >
              {label('forget')}
            </Button>
          </Actions>
        ) : null}

        {privacy ? (
          <Paragraph>
            <Link href={privacy}>{label('privacy')}</Link>
          </Paragraph>
        ) : null}

        {/* The names above and these hidden fields make the form a working HTML post for a
          host that gives it an action, before scripts load or without them. */}
        {values.alignment ? <HiddenField name="alignment" value={values.alignment} /> : null}
        {replyTo ? <HiddenField name="parentId" value={replyTo.id} /> : null}

        <FormTail
          {...parts.tail}
          labels={{
            honeypot: label('honeypot'),
            submit: label(replyTo ? 'submitReply' : 'submit'),
          }}
        >
          {replyTo && onCancelReply ? (
            <Button variant="secondary" onClick={onCancelReply}>
              {label('cancelReply')}
            </Button>
          ) : null}
        </FormTail>
      </FormFrame>
    );
  },
);
