import type { Meta, StoryObj } from '@storybook/react-vite';
import { List } from './List.js';

const meta = {
  title: 'Primitives/List',
  component: List,
  args: {
    children: [<li key="1">Barnehage</li>, <li key="2">Skole</li>, <li key="3">Helsestasjon</li>],
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bulleted: Story = {};

export const Ordered: Story = {
  args: {
    ordered: true,
    children: [
      <li key="1">Skriv innspillet ditt</li>,
      <li key="2">Se over før du sender</li>,
      <li key="3">Send inn</li>,
    ],
  },
};

export const Plain: Story = {
  args: {
    plain: true,
    children: [
      <li key="1">
        <a href="#personvern">Personvern</a>
      </li>,
      <li key="2">
        <a href="#tilgjengelighet">Tilgjengelighetserklæring</a>
      </li>,
    ],
  },
};

export const Small: Story = { args: { size: 'sm' } };
export const Large: Story = { args: { size: 'lg' } };

export const Nested: Story = {
  args: {
    children: [
      <li key="1">
        Oppvekst
        <List>
          <li>Barnehage</li>
          <li>Skole</li>
        </List>
      </li>,
      <li key="2">Helse</li>,
    ],
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    children: [
      <li key="1">Innovasjonsprosjektkoordineringsgruppa for barnehagebehov i bydelen</li>,
      <li key="2">Kort</li>,
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
