import type { Meta, StoryObj } from '@storybook/react-vite';
import { ValidationMessage } from './ValidationMessage.js';

const meta = {
  title: 'Forms/ValidationMessage',
  component: ValidationMessage,
  args: { children: 'Skriv inn en e-postadresse på formen navn@eksempel.no' },
} satisfies Meta<typeof ValidationMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongTextInNarrowContainer: Story = {
  args: {
    children:
      'Beskrivelsen kan være på høyst 2000 tegn. Korte ned teksten, eller legg ved et dokument med resten av forslaget.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
