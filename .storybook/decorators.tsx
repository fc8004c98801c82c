import type { Decorator } from '@storybook/react-vite';

/**
 * Stands in for the host's router in stories with links: a followed link would navigate the
 * story frame away and end the story test.
 */
export const withoutNavigation: Decorator = (Story) => (
  // biome-ignore lint/a11y/noStaticElementInteractions: only catches clicks bubbling from links
  // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link is a click
  <div
    onClick={(e) => {
      if ((e.target as Element).closest('a')) e.preventDefault();
    }}
  >
    <Story />
  </div>
);
