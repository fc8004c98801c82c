import { pageFeedbackStrings } from '@samskap/i18n';
import {
  Alert,
  announce,
  Button,
  countCharacters,
  Heading,
  type LabelOverrides,
  Paragraph,
  subheadingLevel,
  Textarea,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import { type FormEvent, forwardRef, useId, useRef, useState } from 'react';
import { FormMessages } from '../../forms/FormParts.js';
import type { HeadedSectionProps } from '../../forms/FormProps.js';
import { takeChoice } from '../../forms/submitter.js';
import { useForm } from '../../forms/useForm.js';
import { useFocusNext } from '../../shared/focus.js';
import { Root, Row, Stack } from './PageFeedback.styles.js';

/** Whether the page helped. */
export type PageFeedbackAnswer = 'yes' | 'no';

/** What reaches the host: the answer, and the comment once the reader sends one. */
export interface PageFeedbackValue {
  useful: PageFeedbackAnswer;
  comment?: string;
}

const keys = {
  question: 'pageFeedback.question',
  yes: 'pageFeedback.yes',
  no: 'pageFeedback.no',
  thanks: 'pageFeedback.thanks',
  moreYes: 'pageFeedback.moreYes',
  moreNo: 'pageFeedback.moreNo',
  privacy: 'pageFeedback.privacy',
  send: 'pageFeedback.send',
  sent: 'pageFeedback.sent',
  failed: 'pageFeedback.failed',
  failedBody: 'pageFeedback.failedBody',
  retry: 'pageFeedback.retry',
} as const;

export type PageFeedbackLabels = LabelOverrides<keyof typeof keys>;

export interface PageFeedbackProps extends HeadedSectionProps<PageFeedbackLabels, 'onSubmit'> {
  /**
   * Where the forms post when scripts have not run. The answer comes as `useful=yes|no`, the
   * comment as `comment` (with `useful` again, from the send button).
   */
  action?: string;
  /**
   * Called with the answer as soon as the reader picks yes or no, and again with the comment
   * if they send one. A rejected promise shows "try again" and keeps the text.
   */
  onSubmit?: (feedback: PageFeedbackValue) => void | Promise<void>;
  /** The answer the server already has (from a post without scripts): starts at the comment step. */
  answer?: PageFeedbackAnswer;
  /** The most characters in a comment. @default 1000 */
  commentLimit?: number;
}

type Step = 'question' | 'comment' | 'sent';

/**
 * "Var denne sida nyttig?": yes or no, then an optional comment with a warning not to write
 * personal details. Both steps are plain forms that post to `action` without scripts. With
 * scripts, the answer goes to `onSubmit` at once, the thanks is announced and focus moves to the
 * next step, so a keyboard user never lands on nothing.
 */
export const PageFeedback = forwardRef<HTMLElement, PageFeedbackProps>(function PageFeedback(
  { action, onSubmit, answer, commentLimit = 1000, headingLevel = 2, labels, ...rest },
  ref,
) {
  useSamskapStrings('pageFeedback', pageFeedbackStrings);
  const label = useLabels(keys, labels);
  const headingId = useId();
  const [useful, setUseful] = useState<PageFeedbackAnswer | undefined>(answer);
  const [step, setStep] = useState<Step>(answer ? 'comment' : 'question');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const focusNext = useFocusNext();
  const stepRef = useRef<HTMLDivElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  // The comment step runs on the shared form machinery: busy, one send at a time, and the text
  // kept through a failed send for "try again". The Textarea's counter says when it is too long.
  const form = useForm<{ comment: string }>({
    initialValues: { comment: '' },
    validate: (v) =>
      countCharacters(v.comment) > commentLimit ? { comment: { code: 'tooLong' } } : {},
    onSubmit: async (v) => {
      if (useful) await onSubmit?.({ useful, comment: v.comment.trim() });
    },
  });
  const comment = form.values.comment;

  const send = async (value: PageFeedbackValue): Promise<boolean> => {
    setBusy(true);
    setFailed(false);
    try {
      await onSubmit?.(value);
      return true;
    } catch {
      setFailed(true);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onAnswer = async (event: FormEvent<HTMLFormElement>) => {
    const value = takeChoice(event, ['yes', 'no'] as const);
    if (!value || busy) return;
    if (await send({ useful: value })) {
      setUseful(value);
      setStep('comment');
      focusNext(stepRef);
      announce(label('thanks'));
    }
  };

  const sendComment = async () => {
    if (busy || !useful || comment.trim() === '') return;
    if ((await form.submit()) === 'succeeded') {
      setStep('sent');
      focusNext(stepRef);
      announce(label('sent'));
    }
  };
  const onComment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void sendComment();
  };

  return (
    <Root ref={ref} aria-labelledby={headingId} {...rest}>
      <Heading level={headingLevel} size="xs" id={headingId}>
        {label('question')}
      </Heading>
      {failed ? (
        <Alert variant="danger" live="assertive">
          {label('failed')}
        </Alert>
      ) : null}
      {step === 'question' ? (
        <form method="post" action={action} onSubmit={onAnswer}>
          <Row>
            <Button type="submit" name="useful" value="yes" variant="secondary" loading={busy}>
              {label('yes')}
            </Button>
            <Button type="submit" name="useful" value="no" variant="secondary" loading={busy}>
              {label('no')}
            </Button>
          </Row>
        </form>
      ) : step === 'comment' ? (
        <div ref={stepRef} tabIndex={-1}>
          <Paragraph>{label('thanks')}</Paragraph>
          {/* No error summary: a comment's one problem, its length, the counter shows. Retry
              sends the comment as the send button does, with what follows a send. */}
          <FormMessages
            form={{ ...form, submit: sendComment }}
            errors={[]}
            headingLevel={subheadingLevel(headingLevel)}
            submitButton={sendButton}
            labels={{
              failedTitle: label('failed'),
              failedBody: label('failedBody'),
              retry: label('retry'),
            }}
          />
          <Stack
            method="post"
            action={action}
            onSubmit={onComment}
            aria-busy={form.busy || undefined}
          >
            <Textarea
              name="comment"
              label={label(useful === 'no' ? 'moreNo' : 'moreYes')}
              description={label('privacy')}
              optional
              rows={4}
              characterLimit={commentLimit}
              value={comment}
              readOnly={form.busy}
              onChange={(event) => form.setField('comment', event.target.value)}
            />
            {/* The button carries the answer, so the post without scripts has both. */}
            <Button ref={sendButton} type="submit" name="useful" value={useful} loading={form.busy}>
              {label('send')}
            </Button>
          </Stack>
        </div>
      ) : (
        <div ref={stepRef} tabIndex={-1}>
          <Paragraph>{label('sent')}</Paragraph>
        </div>
      )}
    </Root>
  );
});
