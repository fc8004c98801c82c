import { formatList } from '@samskap/i18n';
import {
  Checkbox,
  Fieldset,
  FileUpload,
  formatFileSize,
  Link,
  Paragraph,
  Textarea,
  TextField,
  useSamskapLocale,
} from '@samskap/react';
import { forwardRef, useRef } from 'react';
import { FormFrame, FormTail, splitFormProps, useFormParts } from '../../forms/FormParts.js';
import type { FormStartProps, PortalFormProps } from '../../forms/FormProps.js';
import { formLabels, labelsFrom } from '../../forms/labels.js';
import { type FormFieldError, useForm } from '../../forms/useForm.js';
import { type TipFormLabels, useTipFormLabels } from './labels.js';
import { Stack } from './TipForm.styles.js';
import {
  type TipFieldProblem,
  type TipFormField,
  type TipValues,
  validateTip,
} from './validate.js';

/** What `onSubmit` receives. */
export interface TipSubmission {
  /** The tip, trimmed. Plain text. */
  message: string;
  /** The person chose to send anonymously: no name or email is sent. */
  anonymous: boolean;
  name?: string;
  email?: string;
  /** The chosen files, already checked for count, size and type. The server must check again. */
  attachments: File[];
}

/** What `onSubmit` may resolve with. */
export interface TipSubmitResult {
  /** The tip's reference, shown on the receipt. */
  reference?: string;
  /** The server's messages, shown on the fields. */
  fieldErrors?: Partial<Record<TipFormField, string>>;
}

export interface TipFormProps
  extends PortalFormProps<TipSubmission, TipSubmitResult, TipFormLabels>,
    FormStartProps<Partial<Omit<TipValues, 'attachments' | 'trap'>>, TipFormField> {
  /**
   * Sends the tip. While it runs the form is busy. Resolve with `{ reference }` for the receipt,
   * or `{ fieldErrors }`; if it rejects, the text and the files stay and the form offers to try
   * again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (t) => { await post(t) }`
  onSubmit: (tip: TipSubmission) => Promise<TipSubmitResult | void>;
  /** The privacy notice. Goes through `safeUrl`. */
  privacyHref?: string;
  /** @default 4000 */
  maxLength?: number;
  /** @default 3 */
  maxFiles?: number;
  /** In bytes. @default 10 MB */
  maxFileSize?: number;
  /**
   * The file types accepted, as in a file input's `accept` attribute.
   * @default '.pdf,.jpg,.jpeg,.png'
   */
  accept?: string;
  /** Keeps the message (never contact details or files) as a draft for 7 days. */
  draftKey?: string;
  /** Called once the receipt is shown. */
  onSuccess?: () => void;
  /**
   * The values the form starts with. A server that received the form as a plain HTML post (no
   * script yet) and found errors renders the page again with these and `initialErrors`. Files
   * cannot be given back this way; the person chooses them again.
   */
  initialValues?: Partial<Omit<TipValues, 'attachments' | 'trap'>>;
}

const empty: TipValues = {
  message: '',
  anonymous: false,
  name: '',
  email: '',
  attachments: [],
  trap: '',
};

const fields: readonly TipFormField[] = ['message', 'name', 'email', 'attachments'];

/** "PDF, JPG or PNG" from an accept list, for the description and the type error. */
function typesText(accept: string, or: (items: string[]) => string): string {
  const names = new Set<string>();
  for (const part of accept.split(',')) {
    const p = part.trim();
    if (p.startsWith('.')) names.add(p.slice(1).toUpperCase().replace('JPEG', 'JPG'));
    else if (p !== '') names.add(p);
  }
  return or([...names]);
}

/**
 * "Tips oss": a citizen tells the agency something, with their name or anonymously, with files
 * if they have them. What they wrote and the files they chose survive a validation error and a
 * failed send; the receipt carries the reference `onSubmit` returns. Runs on `useForm`.
 */
export const TipForm = forwardRef<HTMLFormElement, TipFormProps>(function TipForm(props, ref) {
  const [shared, own] = splitFormProps(props);
  const {
    privacyHref,
    maxLength = 4000,
    maxFiles = 3,
    maxFileSize = 10_000_000,
    accept = '.pdf,.jpg,.jpeg,.png',
    draftKey,
    ...rest
  } = own;
  const { onSubmit, onTrap } = shared;
  const { info, locale } = useSamskapLocale();
  const label = useTipFormLabels(shared.labels);
  const limits = { maxLength, maxFiles, maxFileSize, accept };
  const sentAnonymously = useRef(false);
  const toSubmission = (v: TipValues): TipSubmission => ({
    message: v.message.trim(),
    anonymous: v.anonymous,
    ...(v.anonymous
      ? {}
      : {
          ...(v.name.trim() ? { name: v.name.trim() } : {}),
          ...(v.email.trim() ? { email: v.email.trim() } : {}),
        }),
    attachments: v.attachments,
  });
  const form = useForm<TipValues, TipFieldProblem, TipSubmitResult>({
    initialValues: empty,
    startValues: shared.initialValues,
    startErrors: shared.initialErrors,
    validate: (v) => validateTip(v, limits),
    onSubmit: (v) => {
      sentAnonymously.current = v.anonymous;
      return onSubmit(toSubmission(v));
    },
    onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
    honeypot: 'trap',
    draft: { key: draftKey, fields: ['message'] },
  });
  const { values, errors, busy, setField } = form;

  // Through the i18n package's formatter: a browser without nynorsk data (Chromium's own ICU)
  // would otherwise say "PDF, JPG, or PNG" where the server said "eller", and hydration breaks.
  const listOr = (items: string[]) => formatList(items, locale, { type: 'disjunction' });
  const types = typesText(accept, listOr);
  const size = formatFileSize(maxFileSize, info.tag);

  const errorText = (error: FormFieldError<TipFieldProblem> | undefined) => {
    if (!error) return undefined;
    switch (error.code) {
      case 'server':
        return error.message;
      case 'messageTooLong':
        return label('messageTooLong', { max: error.max, length: error.length });
      case 'tooMany':
        return label('tooMany', { count: error.max });
      case 'tooLarge':
        return label('tooLarge', { name: error.name, size });
      case 'wrongType':
        return label('wrongType', { name: error.name, types });
      default:
        return label(error.code);
    }
  };

  const parts = useFormParts({
    form,
    fields,
    headingLevel: shared.headingLevel,
    errorText,
    draftField: 'message',
    messageLabels: labelsFrom(label, formLabels.messages, formLabels.draft),
    ref,
    onSuccess: shared.onSuccess,
  });
  const reference = form.result?.reference;
  const receipt = [
    reference ? label('receipt', { reference }) : undefined,
    sentAnonymously.current ? label('receiptAnonymous') : undefined,
  ];

  return (
    <FormFrame
      {...parts.frame}
      heading={label('heading')}
      intro={label('intro')}
      receipt={{ heading: label('receiptHeading'), paragraphs: [receipt] }}
      {...rest}
    >
      <Textarea
        {...parts.field('message')}
        label={label('message')}
        description={label('messageDescription')}
        characterLimit={maxLength}
        required
      />

      <Fieldset legend={label('contact')} description={label('contactDescription')} optional>
        <Stack>
          <Checkbox
            name="anonymous"
            value="1"
            label={label('anonymous')}
            description={label('anonymousDescription')}
            checked={values.anonymous}
            disabled={busy}
            onChange={(e) => setField('anonymous', e.target.checked)}
          />
          {values.anonymous ? null : (
            <>
              <TextField {...parts.field('name')} label={label('name')} autoComplete="name" />
              <TextField {...parts.emailField('email')} label={label('email')} />
            </>
          )}
        </Stack>
      </Fieldset>

      <FileUpload
        id={parts.ids.attachments}
        name="attachments"
        label={label('attachments')}
        description={label('attachmentsDescription', { count: maxFiles, size, types })}
        optional
        accept={accept}
        files={values.attachments}
        disabled={busy}
        error={errorText(errors.attachments)}
        onFilesChange={(files) => setField('attachments', files)}
      />

      <Paragraph>
        {label('privacy')}
        {privacyHref ? (
          <>
            {' '}
            <Link href={privacyHref}>{label('privacyLink')}</Link>
          </>
        ) : null}
      </Paragraph>

      <FormTail {...parts.tail} labels={labelsFrom(label, formLabels.tail)} />
    </FormFrame>
  );
});
