import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Paragraph } from '../paragraph/Paragraph.js';
import { Details } from './Details.js';

const meta = {
  title: 'Primitives/Details',
  component: Details,
  args: {
    summary: 'Hvordan bruker vi innspillet ditt?',
    children: (
      <Paragraph>
        Vi leser alle innspill og tar dem med i saksframlegget til bydelsutvalget.
      </Paragraph>
    ),
  },
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details') as HTMLDetailsElement;
    const summary = within(canvasElement)
      .getByText(/Hvordan/)
      .closest('summary') as HTMLElement;
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    // Enter and Space on a summary are the browser's own activation, which synthetic key
    // events do not trigger; a click runs the same activation.
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
  },
};

export const Open: Story = { args: { open: true } };

export const Group: Story = {
  render: () => (
    <div>
      <Details summary="Hvem kan sende innspill?">
        <Paragraph>Alle kan sende innspill.</Paragraph>
      </Details>
      <Details summary="Blir navnet mitt vist?">
        <Paragraph>Nei, ikke uten at du ber om det.</Paragraph>
      </Details>
    </div>
  ),
};

export const LongTextInNarrowContainer: Story = {
  args: {
    open: true,
    summary: 'Hva gjør Innovasjonsprosjektkoordineringsgruppa med innspillene?',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
