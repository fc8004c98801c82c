import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleArticles } from '../../sample-data/index.js';
import type { PortalArticle } from '../model.js';
import { ArticleHeader } from './ArticleHeader.js';

const [bus, , trust] = sampleArticles as [PortalArticle, PortalArticle, PortalArticle];

const meta = {
  title: 'Portal/Articles/ArticleHeader',
  component: ArticleHeader,
  args: { article: bus },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '44rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
/** An article in English on a Norwegian page: its texts carry `lang="en"`. */
export const InAnotherLanguage: Story = { args: { article: trust, headingLevel: 2 } };
