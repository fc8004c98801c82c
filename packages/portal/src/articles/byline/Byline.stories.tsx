import type { Meta, StoryObj } from '@storybook/react-vite';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { sampleArticles } from '../../sample-data/index.js';
import type { PortalArticle } from '../model.js';
import { Byline } from './Byline.js';

const trust = sampleArticles[2] as PortalArticle;

const meta = {
  title: 'Portal/Articles/Byline',
  component: Byline,
  args: {
    authors: trust.authors,
    publishedAt: trust.publishedAt,
    updatedAt: '2026-11-20T10:00:00Z',
    readingMinutes: 12,
    category: 'Method',
    language: 'en',
  },
  decorators: [withoutNavigation],
} satisfies Meta<typeof Byline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three authors with roles and organisations, published and updated dates, reading time, category. */
export const Full: Story = {};

/** The one-line form used on cards. */
export const Compact: Story = { args: { variant: 'compact' } };
