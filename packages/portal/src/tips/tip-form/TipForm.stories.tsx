import { resources, type SamskapLocale } from '@samskap/i18n';
import { Heading, Paragraph } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { preventNavigation } from '../../comments/story-helpers.js';
import { TipForm, type TipSubmission, type TipSubmitResult } from './TipForm.js';

const meta = {
  title: 'Portal/Tips/TipForm',
  component: TipForm,
  args: {
    onSubmit: fn(
      async (_tip: TipSubmission): Promise<TipSubmitResult> => ({
        reference: 'T-2026-0042',
      }),
    ),
    privacyHref: '#personvern',
  },
  decorators: [preventNavigation],
} satisfies Meta<typeof TipForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsFor = (locale: unknown) =>
  resources[(locale as SamskapLocale) in resources ? (locale as SamskapLocale) : 'nb'].tips.form;

const file = (name: string, size: number, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });

const TEXT = 'Gatelyset i Storgata 3 har vært slukket i to uker.';

/** Empty: the message with its counter, the contact block, attachments and the privacy notice. */
export const Empty: Story = {};

/** Submitted empty: the summary takes focus and links to the message. */
export const ValidationErrors: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    await expect(within(summary).getByRole('link')).toHaveTextContent(s.errors.messageRequired);
  },
};

/** A file too large: a clear error on the chooser; the text and the other file stay. */
export const AttachmentTooLarge: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    const message = canvas.getByRole('textbox', { name: new RegExp(`^${s.message}`) });
    await userEvent.type(message, TEXT);
    await userEvent.upload(canvas.getByLabelText(new RegExp(`^${s.attachments}`)), [
      file('referat.pdf', 300_000),
      file('video-av-gata.pdf', 25_000_000),
    ]);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await canvas.findByRole('alert');
    await expect(message).toHaveValue(TEXT);
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  },
};

/** "Send anonymously" chosen: the name and email fields go, and the choice says what it means. */
export const Anonymous: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: s.anonymous }));
    await expect(canvas.queryByRole('textbox', { name: new RegExp(`^${s.name}`) })).toBeNull();
  },
};

/** While sending: the button is busy and the fields are read-only. */
export const Busy: Story = {
  args: { onSubmit: fn((_tip: TipSubmission) => new Promise<TipSubmitResult>(() => {})) },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: new RegExp(`^${s.message}`) }), TEXT);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await expect(canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The service fails: plain words, text and files kept, and "try again". */
export const SendFails: Story = {
  args: {
    onSubmit: fn(async (_tip: TipSubmission): Promise<TipSubmitResult> => {
      throw new Error('503');
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    const message = canvas.getByRole('textbox', { name: new RegExp(`^${s.message}`) });
    await userEvent.type(message, TEXT);
    await userEvent.upload(
      canvas.getByLabelText(new RegExp(`^${s.attachments}`)),
      file('referat.pdf', 300_000),
    );
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await canvas.findByText(s.failedTitle);
    await expect(message).toHaveValue(TEXT);
    await expect(canvas.getByRole('listitem')).toHaveTextContent('referat.pdf');
  },
};

/** Sent: the receipt takes focus and gives the reference `onSubmit` returned. */
export const Receipt: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: new RegExp(`^${s.message}`) }), TEXT);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const receipt = await canvas.findByText(/T-2026-0042/);
    await waitFor(() => expect(receipt.closest('[tabindex="-1"]')).toHaveFocus());
  },
};

/**
 * "Tips oss" as a portal page composes it, in a 320 px wide column: nothing may stick out
 * sideways, with files chosen and an error shown.
 */
export const TipsOssPage: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div data-testid="page" style={{ maxWidth: '20rem', boxSizing: 'border-box', padding: '1rem' }}>
      <main>
        <Heading level={1}>Tips oss</Heading>
        <Paragraph>Samskap kommune · Innovasjonsavdelingen</Paragraph>
        <TipForm {...args} />
      </main>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(new RegExp(`^${s.attachments}`)), [
      file('Referat-fra-bydelsutvalget-mars-2026-med-vedlegg-og-kart.pdf', 2_400_000),
    ]);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await canvas.findByRole('alert');
    const page = canvas.getByTestId('page');
    const edge = page.getBoundingClientRect().right;
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    for (const el of page.querySelectorAll<HTMLElement>('button, input, textarea, a, li, h1, h2')) {
      await expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(edge + 1);
    }
  },
};
