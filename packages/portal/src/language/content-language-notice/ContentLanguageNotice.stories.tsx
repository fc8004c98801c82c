import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { ContentLanguageNotice } from './ContentLanguageNotice.js';

const meta = {
  title: 'Portal/ContentLanguageNotice',
  component: ContentLanguageNotice,
  args: { onChange: fn() },
  decorators: [withoutNavigation],
} satisfies Meta<typeof ContentLanguageNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

// Sample content, written in the language it claims to be in; stories are not component source.
const bokmaal = (
  <article>
    <h2>Ny barnehage på Nordnes</h2>
    <p>Kommunen vil bygge en ny barnehage og ønsker innspill fra dem som bor i nærheten.</p>
  </article>
);
const nynorsk = (
  <article>
    <h2>Ny barnehage på Nordnes</h2>
    <p>Kommunen vil byggje ein ny barnehage og ønskjer innspel frå dei som bur i nærleiken.</p>
  </article>
);

/**
 * The case exists in bokmål only. In bokmål no notice shows; in nynorsk and English the notice
 * says so in the reader's language, and the article carries `lang="nb-NO"`.
 */
export const OnlyInBokmaal: Story = {
  args: { contentLocale: 'nb', hrefFor: (l) => `#/${l}/saker/ny-barnehage`, children: bokmaal },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const article = canvas.getByRole('article');
    if (globals.locale === 'nb') {
      await expect(canvas.queryByRole('link')).toBeNull();
    } else {
      await expect(article.parentElement).toHaveAttribute('lang', 'nb-NO');
      await expect(canvas.getByRole('link', { name: 'Norsk bokmål' })).toHaveAttribute(
        'hreflang',
        'nb',
      );
    }
  },
};

/** The case exists in both written forms of Norwegian but not in English. */
export const NotInEnglish: Story = {
  args: {
    contentLocale: 'nn',
    availableIn: ['nb', 'nn'],
    hrefFor: (l) => `#/${l}/saker/ny-barnehage`,
    children: nynorsk,
  },
};

/** In a single-page app the versions are buttons that call `onChange`. */
export const WithButtons: Story = {
  args: { contentLocale: 'nn', availableIn: ['nn'], children: nynorsk },
  play: async ({ canvasElement, args, globals }) => {
    if (globals.locale === 'nn') return;
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Norsk nynorsk' }));
    await expect(args.onChange).toHaveBeenCalledWith('nn');
  },
};

/** Only the notice, without content below it, in a narrow column. */
export const NarrowWithoutContent: Story = {
  args: { contentLocale: 'en', availableIn: ['en'], hrefFor: (l) => `#/${l}` },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
