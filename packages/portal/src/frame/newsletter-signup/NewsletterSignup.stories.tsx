import { resources, type SamskapLocale } from '@samskap/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { preventNavigation } from '../../comments/story-helpers.js';
import { NewsletterSignup, type NewsletterSubmission } from './NewsletterSignup.js';

const meta = {
  title: 'Portal/Frame/NewsletterSignup',
  component: NewsletterSignup,
  args: {
    onSubmit: fn(async (_signup: NewsletterSubmission) => {}),
    action: '#nyhetsbrev',
    topics: [
      { value: 'roads', label: 'Veg og trafikk' },
      { value: 'schools', label: 'Skule og barnehage' },
      { value: 'culture', label: 'Kultur og fritid' },
    ],
  },
  decorators: [preventNavigation],
} satisfies Meta<typeof NewsletterSignup>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsFor = (locale: unknown) =>
  resources[(locale as SamskapLocale) in resources ? (locale as SamskapLocale) : 'nb']
    .newsletterSignup;

/** Empty: the address, the topics and the consent box, not ticked. */
export const Empty: Story = {};

/** Sent empty: the summary takes focus and links to the address and the consent box. */
export const WithErrors: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(2);
  },
};

/** Sent: "check your inbox", naming the address, with focus on the message. */
export const Sent: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(
      canvas.getByRole('textbox', { name: new RegExp(`^${s.email}`) }),
      'kari@eksempel.no',
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: new RegExp(`^${s.consent}`) }));
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const result = await canvas.findByText(s.sent.replace('{{email}}', 'kari@eksempel.no'));
    await waitFor(() => expect(result.closest('[tabindex="-1"]')).toHaveFocus());
    await expect(args.onSubmit).toHaveBeenCalledWith({
      email: 'kari@eksempel.no',
      topics: [],
      consent: true,
    });
  },
};
