import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { sampleArticles } from '../../sample-data/index.js';
import type { PortalArticle } from '../model.js';
import { ArticleCard } from './ArticleCard.js';

const [bus, skyss, trust] = sampleArticles as [PortalArticle, PortalArticle, PortalArticle];

const meta = {
  title: 'Portal/Articles/ArticleCard',
  component: ArticleCard,
  args: { article: bus },
  decorators: [withoutNavigation],
} satisfies Meta<typeof ArticleCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(1);
  },
};

/** An article in nynorsk with a decorative picture and a one-minute read. */
export const Nynorsk: Story = { args: { article: skyss } };

/** Three cards in a list, as on the magazine's front page. */
export const InAList: Story = {
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
        gap: '1rem',
        padding: 0,
        margin: 0,
        listStyle: 'none',
      }}
    >
      {[bus, skyss, trust].map((article) => (
        <ArticleCard key={article.id} as="li" article={article} />
      ))}
    </ul>
  ),
};

/** No picture, no lead, no authors: the card still holds together. */
export const Sparse: Story = {
  args: {
    article: {
      id: 'sparse',
      title: 'Kort nytt fra redaksjonen',
      href: '#',
      publishedAt: '2026-11-30',
    },
  },
};
