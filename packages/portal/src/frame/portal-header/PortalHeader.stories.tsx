import { SearchField } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { LanguageSwitcher } from '../../language/language-switcher/index.js';
import { PortalHeader } from './PortalHeader.js';

const meta = {
  title: 'Portal/Frame/PortalHeader',
  component: PortalHeader,
  decorators: [withoutNavigation],
  args: {
    siteName: 'Samskap',
    homeHref: '#/',
    navigation: [
      { label: 'Saker', href: '#/saker', current: true },
      { label: 'Arrangement', href: '#/arrangement' },
      { label: 'Tips oss', href: '#/tips' },
      { label: 'Om portalen', href: '#/om' },
    ],
    languageSwitcher: <LanguageSwitcher hrefFor={(locale) => `#/${locale}/saker`} />,
    search: <SearchField hideLabel onSearch={() => {}} />,
  },
} satisfies Meta<typeof PortalHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A wide header: the navigation and search are shown, with no menu button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    // Plain selectors: role queries over a whole header are slow on a loaded machine.
    await expect(canvasElement.querySelector('a[aria-current="page"]')).toBeVisible();
    await expect(canvasElement.querySelector('button[aria-expanded]')).not.toBeVisible();
  },
};

/**
 * At 320 px, with a beta banner: the navigation and search fold behind the menu button, the
 * language switcher stays in the top bar, and nothing scrolls sideways.
 */
export const NarrowWithPhaseBanner: Story = {
  args: { phase: 'beta', feedbackHref: '#/tilbakemelding' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const [switcher, nav] = canvasElement.querySelectorAll('header nav');
    await expect(switcher).toBeVisible();
    await expect(nav).not.toBeVisible();
    const menu = canvasElement.querySelector<HTMLButtonElement>('button[aria-expanded]');
    menu?.focus();
    await userEvent.keyboard('{Enter}');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await userEvent.tab();
    await expect(nav?.querySelector('a')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(menu).toHaveFocus();
    await expect(nav).not.toBeVisible();
  },
};
