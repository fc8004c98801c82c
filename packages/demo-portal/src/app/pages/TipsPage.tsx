import { type SamskapLocale, tipsStrings } from '@samskap/i18n';
import { TipForm } from '@samskap/portal';
import { Alert, Heading, Paragraph, useLabels, useSamskapStrings } from '@samskap/react';
import { styled } from 'styled-components';
import { postTip } from '../api.js';
import { copy } from '../copy.js';
import { tipLimits } from '../limits.js';
import { paths } from '../paths.js';
import type { Page } from '../types.js';

const Column = styled.div`
  max-width: 48rem;
  display: grid;
  gap: var(--sk-space-4);
`;

const receiptKeys = {
  heading: 'tips.form.receiptHeading',
  receipt: 'tips.form.receipt',
  anonymous: 'tips.form.receiptAnonymous',
} as const;

/**
 * "Tips oss". With scripts the form sends a multipart request to the API; without them it is a
 * plain multipart post, files included, and the server answers with the reference or the errors.
 */
export function TipsPage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'tips' }>;
}) {
  const text = copy[locale];
  // The receipt uses the tip form's words, whose area comes with the form: add it here too,
  // since after a plain post the receipt stands without the form.
  useSamskapStrings('tips', tipsStrings);
  const receipt = useLabels(receiptKeys);
  return (
    <Column>
      <Heading level={1}>{text.tips.title}</Heading>
      <Paragraph>{text.tips.intro}</Paragraph>
      {page.sent ? (
        <Alert variant="success" tabIndex={-1} id="tip-sent">
          <Heading level={2} size="sm">
            {receipt('heading')}
          </Heading>
          <Paragraph>
            {receipt('receipt', { reference: page.sent.reference })}
            {page.sent.anonymous ? ` ${receipt('anonymous')}` : ''}
          </Paragraph>
        </Alert>
      ) : (
        <TipForm
          action={paths.tips(locale)}
          method="post"
          encType="multipart/form-data"
          privacyHref={paths.privacy(locale)}
          draftKey="portal:tip-draft"
          {...tipLimits}
          initialValues={page.form?.values}
          initialErrors={page.form?.errors}
          onSubmit={(tip) => postTip(locale, tip)}
        />
      )}
    </Column>
  );
}
