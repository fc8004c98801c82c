import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../.storybook/decorators.js';
import { Pagination } from './Pagination.js';

const meta = {
  title: 'Primitives/Pagination',
  component: Pagination,
  args: { page: 5, total: 12, hrefFor: (page: number) => `#/saker?side=${page}`, onChange: fn() },
  // A followed link would navigate the story frame away.
  decorators: [withoutNavigation],
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Links: Story = {
  play: async ({ canvasElement, args }) => {
    const nav = within(canvasElement).getByRole('navigation');
    const current = nav.querySelector('[aria-current="page"]');
    await expect(current).toHaveTextContent('5');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith(4, expect.anything());
  },
};

export const FirstPage: Story = { args: { page: 1 } };
export const LastPage: Story = { args: { page: 12 } };
export const FewPages: Story = { args: { page: 2, total: 3 } };

/** For apps without URLs per page: buttons that call `onChange`. */
export const Buttons: Story = {
  args: { hrefFor: undefined },
  render: (args) => {
    const [page, setPage] = useState(1);
    return (
      <Pagination
        {...args}
        page={page}
        onChange={(p, e) => {
          args.onChange?.(p, e);
          setPage(p);
        }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const current = canvas.getByRole('navigation').querySelector('[aria-current="page"]');
    await expect(current).toHaveTextContent('2');
  },
};

/** In less than 30 rem only previous, "Side 5 av 12" and next are shown. */
export const Compact: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(within(nav).getAllByRole('link')).toHaveLength(2);
  },
};
