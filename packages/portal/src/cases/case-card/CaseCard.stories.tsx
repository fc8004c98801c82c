import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { edgeCases, sampleCases } from '../../sample-data/index.js';
import type { InnovationCase } from '../types.js';
import { CaseCard } from './CaseCard.js';
import { CaseCardSkeleton } from './CaseCardSkeleton.js';

const byId = (id: string) => sampleCases.find((c) => c.id === id) as InnovationCase;

const width =
  (maxWidth: string): Decorator =>
  (Story) => (
    <div style={{ maxWidth }}>
      <Story />
    </div>
  );

const meta = {
  title: 'Portal/CaseCard',
  component: CaseCard,
  args: { case: byId('bodo-bestill-buss') },
  decorators: [width('24rem'), withoutNavigation],
} satisfies Meta<typeof CaseCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Image, stage, title link, summary, organisation, countries, year and tags. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole('link');
    await expect(links).toHaveLength(1);
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
  },
};

/** The image beside the text when there is room; it stacks in a narrow container. */
export const Horizontal: Story = {
  args: { variant: 'horizontal', case: byId('finland-aurora') },
  decorators: [width('48rem')],
};

export const HorizontalNarrow: Story = {
  args: { variant: 'horizontal', case: byId('finland-aurora') },
  decorators: [width('20rem')],
};

/** For dense lists: no image, summary or tags. */
export const Compact: Story = { args: { variant: 'compact' } };

export const WithoutImage: Story = { args: { case: byId('nav-klarsprak-vedtak') } };

/** The image is decorative (`alt: ''`): the text says it all. */
export const DecorativeImage: Story = { args: { case: byId('vestland-skuleskyss') } };

/** Nynorsk content: title, summary and tags get `lang="nn"` on a page in another language. */
export const ContentInAnotherLanguage: Story = { args: { case: byId('voss-heimetenester') } };

/** Several countries, named in the page's language. */
export const SeveralCountries: Story = { args: { case: byId('oecd-innovation-network') } };

/** Five tags, three shown and a translated "+2". */
export const ManyTags: Story = { args: { case: byId('digdir-livshendelser') } };

export const HeadingLevel2: Story = { args: { headingLevel: 2 } };

/** Only what the model requires. */
export const Minimal: Story = { args: { case: edgeCases.minimal } };

/** A 300-character title in a narrow container. */
export const LongTitle: Story = {
  args: { case: edgeCases.longTitle },
  decorators: [width('18rem')],
};

export const Emoji: Story = { args: { case: edgeCases.emoji } };

/** Arabic content: set right to left inside a left-to-right page. */
export const RightToLeft: Story = { args: { case: edgeCases.rightToLeft } };

/** Words longer than the card wrap instead of overflowing it, down to 320 px. */
export const NoSpaces: Story = {
  args: { case: edgeCases.noSpaces },
  decorators: [width('20rem')],
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article');
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
  },
};

/** `href: 'javascript:alert(1)'`: the card renders without a link. */
export const UnsafeHref: Story = {
  args: { case: edgeCases.scriptHref },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(canvasElement.innerHTML).not.toContain('javascript:');
  },
};

export const Skeleton: Story = {
  render: () => <CaseCardSkeleton />,
};

export const SkeletonHorizontal: Story = {
  render: () => <CaseCardSkeleton variant="horizontal" />,
  decorators: [width('48rem')],
};

export const SkeletonCompact: Story = {
  render: () => <CaseCardSkeleton variant="compact" />,
};
