import type { Meta, StoryObj } from '@storybook/react-vite';
import { Paragraph } from './Paragraph.js';

const meta = {
  title: 'Primitives/Paragraph',
  component: Paragraph,
  args: {
    children:
      'Kommunen vil bygge en ny barnehage på Tøyen og vil høre hva du mener om plasseringen, uteområdet og åpningstidene.',
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    variant: { control: 'inline-radio', options: ['default', 'subtle'] },
  },
} satisfies Meta<typeof Paragraph>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Lead: Story = { args: { size: 'lg' } };
export const Small: Story = { args: { size: 'sm' } };
export const Subtle: Story = { args: { variant: 'subtle', children: 'Publisert 3. mars 2026' } };

/** Content in another language than the page carries its own `lang`. */
export const OtherLanguage: Story = {
  args: { lang: 'en', children: 'The municipality wants to hear from you.' },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    children:
      'Innovasjonsprosjektkoordineringsgruppa har sendt ut et nytt høringsnotat om barnehagebehovet.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
