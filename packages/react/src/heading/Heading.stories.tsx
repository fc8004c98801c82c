import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading, type HeadingSize } from './Heading.js';

const sizes: HeadingSize[] = ['2xl', 'xl', 'lg', 'md', 'sm', 'xs'];

const meta = {
  title: 'Primitives/Heading',
  component: Heading,
  args: { level: 2, children: 'Ny barnehage på Tøyen' },
  argTypes: {
    level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    size: { control: 'inline-radio', options: sizes },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Levels: Story = {
  render: () => (
    <div>
      <Heading level={1}>Nivå 1</Heading>
      <Heading level={2}>Nivå 2</Heading>
      <Heading level={3}>Nivå 3</Heading>
      <Heading level={4}>Nivå 4</Heading>
      <Heading level={5}>Nivå 5</Heading>
      <Heading level={6}>Nivå 6</Heading>
    </div>
  ),
};

/** Every size on an `h2`: the look changes, the outline does not. */
export const SizesOnOneLevel: Story = {
  render: (args) => (
    <div>
      {sizes.map((size) => (
        <Heading key={size} {...args} level={2} size={size}>
          {`h2, size ${size}`}
        </Heading>
      ))}
    </div>
  ),
};

export const LongTextInNarrowContainer: Story = {
  args: {
    level: 1,
    children: 'Innovasjonsprosjektkoordineringsgruppa vil høre fra innbyggerne om barnehagebehov',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
