import { exampleThemes } from '@samskap/tokens';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { TextField } from '../text-field/TextField.js';
import { SamskapProvider } from './SamskapProvider.js';

// Storybook wraps every story in a provider set from the toolbar; these show one inside it, as
// a second theme or language on the same page would be.
const meta = {
  title: 'Foundations/SamskapProvider',
  component: SamskapProvider,
  args: {
    locale: 'nn',
    style: { padding: '1rem' },
    children: (
      <div style={{ display: 'grid', gap: '1rem', maxWidth: '24rem' }}>
        <TextField label="Telefonnummer" optional />
        <Button>Send inn</Button>
      </div>
    ),
  },
} satisfies Meta<typeof SamskapProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nynorsk: the field's marker comes from the nynorsk strings, and `lang` is set on the root. */
export const Nynorsk: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('(valfritt)')).toBeInTheDocument();
  },
};

/** An agency's theme and its own wording for one string, for this subtree only. */
export const ThemeAndTranslations: Story = {
  args: {
    locale: 'nb',
    theme: exampleThemes.kommune,
    translations: { nb: { field: { optional: '(hvis du vil)' } } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('(hvis du vil)')).toBeInTheDocument();
  },
};
