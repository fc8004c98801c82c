import type { Meta, StoryObj } from '@storybook/react-vite';
import { sampleArticles } from '../../sample-data/index.js';
import type { ArticleImage, PortalArticle } from '../model.js';
import { ArticleFigure } from './ArticleFigure.js';

const bus = sampleArticles[0] as PortalArticle;

const meta = {
  title: 'Portal/Articles/ArticleFigure',
  component: ArticleFigure,
  args: { image: bus.image as ArticleImage, language: 'nb' },
} satisfies Meta<typeof ArticleFigure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A picture with a caption and an illustrator's credit. */
export const WithCaptionAndCredit: Story = {};

/** A photo credited to its photographer, with no caption. */
export const CreditOnly: Story = {
  args: { image: { ...(bus.image as ArticleImage), caption: undefined, creditKind: 'photo' } },
};
