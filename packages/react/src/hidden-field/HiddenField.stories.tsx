import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { HiddenField } from './HiddenField.js';

const meta = {
  title: 'Primitives/HiddenField',
  component: HiddenField,
  args: { name: 'parentId', value: 'c-42' },
} satisfies Meta<typeof HiddenField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing shows: the value travels with the form when it is posted. */
export const InAForm: Story = {
  render: (args) => (
    <form aria-label="Svar" action="#" onSubmit={(e) => e.preventDefault()}>
      <HiddenField {...args} />
      <Button type="submit">Send svar</Button>
    </form>
  ),
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Svar' }) as HTMLFormElement;
    await expect(new FormData(form).get('parentId')).toBe('c-42');
  },
};
