import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Textarea } from './Textarea.js';

const meta = {
  title: 'Forms/Textarea',
  component: Textarea,
  args: { label: 'Kommentar', name: 'kommentar' },
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('textbox');
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard('Første linje{Enter}Andre linje');
    await expect(box).toHaveValue('Første linje\nAndre linje');
  },
};

export const WithDescription: Story = {
  args: {
    label: 'Hva er forslaget ditt?',
    description: 'Fortell hva du vil endre, og hvorfor. Ikke skriv personopplysninger om andre.',
  },
};

export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };

export const WithError: Story = {
  args: {
    label: 'Hva er forslaget ditt?',
    required: true,
    error: 'Skriv forslaget ditt',
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'Denne kommentaren kan ikke endres lenger.' },
};

/** The count is shown as the person types and read aloud once they pause. */
export const CharacterCount: Story = {
  args: { label: 'Tittel på forslaget', characterLimit: 60, announceDelay: 300 },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('textbox');
    await expect(box).not.toHaveAttribute('maxlength');
    await userEvent.click(box);
    await userEvent.keyboard('Gatelys');
    // The live region sits at the end of the page, shared by every component.
    const status = within(document.body).getByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/53/));
  },
};

/** Going over the limit is allowed, so a pasted text can be edited down, but it is an error. */
export const OverTheLimit: Story = {
  args: {
    label: 'Tittel på forslaget',
    characterLimit: 40,
    defaultValue: 'Bedre gatelys langs skoleveien ved Haugen barneskole og Haugen barnehage',
  },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('textbox');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveValue(
      'Bedre gatelys langs skoleveien ved Haugen barneskole og Haugen barnehage',
    );
  },
};

export const LongLabelInNarrowContainer: Story = {
  args: {
    label: 'Beskriv hvordan forslaget vil gjøre hverdagen bedre for innbyggerne i kommunen',
    description: 'Du kan skrive om hvem det gjelder, hvor og når.',
    characterLimit: 500,
    optional: true,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
