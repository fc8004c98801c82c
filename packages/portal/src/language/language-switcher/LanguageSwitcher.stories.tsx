import { type LocaleCode, registerLocale, unregisterLocale } from '@samskap/i18n';
import { SamskapProvider, useSamskapLocale } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { LanguageSwitcher, type LanguageSwitcherProps } from './LanguageSwitcher.js';

const meta = {
  title: 'Portal/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { onChange: fn() },
  decorators: [withoutNavigation],
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Holds the locale in state like a host app, so picking a language re-renders the switcher in
 * it. Starts in the toolbar's language.
 */
function Stateful(
  props: LanguageSwitcherProps & { variants?: LanguageSwitcherProps['variant'][] },
) {
  const { variants = [props.variant], onChange, ...rest } = props;
  const outer = useSamskapLocale().locale;
  const [locale, setLocale] = useState<LocaleCode>(outer);
  return (
    <SamskapProvider locale={locale}>
      <Variants
        {...rest}
        variants={variants}
        onChange={(l) => {
          onChange?.(l);
          setLocale(l);
        }}
      />
    </SamskapProvider>
  );
}

function Variants({
  variants,
  ...rest
}: LanguageSwitcherProps & { variants: LanguageSwitcherProps['variant'][] }) {
  const { t } = useSamskapLocale();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '1.5rem' }}>
      {variants.map((variant, i) => (
        <LanguageSwitcher
          key={variant ?? 'links'}
          {...rest}
          variant={variant}
          // Several switchers on one page need distinct landmark names.
          labels={
            variants.length > 1 ? { label: `${t('languageSwitcher.label')} ${i + 1}` } : undefined
          }
        />
      ))}
    </div>
  );
}

/** For multi-page sites: real links to this page in the other languages. */
export const Links: Story = {
  parameters: { a11yTree: true },
  args: { hrefFor: (locale) => `#/${locale}/saker/ny-barnehage` },
  play: async ({ canvasElement, args }) => {
    const nav = within(canvasElement).getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    await expect(links).toHaveLength(2);
    for (const link of links) {
      await expect(link).toHaveAttribute('rel', 'alternate');
      await expect(link).toHaveAttribute('hreflang');
    }
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

/** For single-page apps without URLs per language: each option calls `onChange`. */
export const Callback: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, args }) => {
    const buttons = within(canvasElement).getAllByRole('button');
    await expect(buttons).toHaveLength(2);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

/**
 * For single-page apps and tight headers: a button with the current language's code opens the
 * list. Enter or Space opens it on the current language, the arrow keys, Home and End move,
 * Escape closes it and returns focus to the button.
 */
export const Menu: Story = {
  args: { variant: 'menu' },
  render: (args) => <Stateful {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { expanded: false });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const list = canvas.getByRole('list');
    const items = within(list).getAllByRole('button');
    await expect(items).toHaveLength(3);
    const current = items.find((el) => el.getAttribute('aria-current') === 'true');
    await waitFor(() => expect(current).toHaveFocus());
    await userEvent.keyboard('{End}');
    await expect(items[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** The menu, opened, as a reader sees it. */
export const MenuOpen: Story = {
  parameters: { a11yTree: true },
  args: { variant: 'menu' },
  render: (args) => <Stateful {...args} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { expanded: false }));
    await expect(within(canvasElement).getByRole('list')).toBeVisible();
  },
};

/** The menu with links, for a multi-page site with a tight header. */
export const MenuWithLinks: Story = {
  parameters: { a11yTree: true },
  args: { variant: 'menu', hrefFor: (locale) => `#/${locale}/saker/ny-barnehage` },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { expanded: false }));
    const links = within(canvasElement).getAllByRole('link');
    await expect(links).toHaveLength(3);
    for (const link of links) await expect(link).toHaveAttribute('hreflang');
  },
};

/**
 * For the tightest spaces: a native select. The choice applies on the button, so arrowing
 * through the options does not change the page under the reader.
 */
export const Select: Story = {
  parameters: { a11yTree: true },
  args: { variant: 'select' },
  render: (args) => <Stateful {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox');
    const other = within(select)
      .getAllByRole('option')
      .find((o) => !(o as HTMLOptionElement).selected) as HTMLOptionElement;
    await userEvent.selectOptions(select, other.value);
    await expect(args.onChange).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onChange).toHaveBeenCalledWith(other.value);
    await waitFor(() => expect(select).toHaveValue(other.value));
  },
};

export const TwoLanguages: Story = {
  args: { locales: ['nb', 'nn'], hrefFor: (locale) => `#/${locale}` },
};

export const NarrowContainer: Story = {
  args: { hrefFor: (locale) => `#/${locale}` },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};

/** The menu and the select in a 10rem column: nothing spills out. */
export const NarrowMenuAndSelect: Story = {
  render: (args) => <Stateful {...args} variants={['menu', 'select']} />,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};

/**
 * An agency registers Northern Sámi (`se`) with `registerLocale`. It appears in all three
 * variants; the strings it has no translation for (here, all of them) fall back to bokmål.
 */
export const RegisteredLocale: Story = {
  beforeEach: () => {
    registerLocale({ code: 'se', fallback: ['nb'] });
    return () => unregisterLocale('se');
  },
  render: (args) => (
    <Stateful {...args} hrefFor={undefined} variants={['links', 'menu', 'select']} />
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const [links, menu, select] = canvas.getAllByRole('navigation');
    if (!links || !menu || !select) throw new Error('three switchers expected');
    const sami = within(links).getByRole('button', { name: /Davvisámegiella/ });
    await expect(sami).toHaveAttribute('lang', 'se-NO');
    await userEvent.click(within(menu).getByRole('button', { expanded: false }));
    await expect(within(menu).getByRole('button', { name: /Davvisámegiella/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    const combobox = within(select).getByRole('combobox');
    await expect(within(combobox).getByRole('option', { name: 'Davvisámegiella' })).toBeTruthy();
    await userEvent.selectOptions(combobox, 'se');
    await userEvent.click(within(select).getByRole('button'));
    await expect(args.onChange).toHaveBeenCalledWith('se');
    // Now in Sámi: the menu button shows SE, its word falls back to bokmål.
    await waitFor(() =>
      expect(within(menu).getByRole('button', { name: 'Språk (SE)' })).toBeVisible(),
    );
    await expect(within(links).getByText('Davvisámegiella')).toHaveAttribute(
      'aria-current',
      'true',
    );
  },
};
