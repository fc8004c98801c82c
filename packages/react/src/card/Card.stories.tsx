import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Badge } from '../badge/Badge.js';
import { Button } from '../button/Button.js';
import { Heading } from '../heading/Heading.js';
import { Link } from '../link/Link.js';
import { Paragraph } from '../paragraph/Paragraph.js';
import { Card, CardLink } from './Card.js';

const meta = {
  title: 'Primitives/Card',
  component: Card,
  argTypes: { variant: { control: 'inline-radio', options: ['outlined', 'tinted'] } },
  // A followed link would navigate the story frame away.
  decorators: [
    (Story) => (
      // biome-ignore lint/a11y/noStaticElementInteractions: only catches clicks bubbling from links
      // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link is a click
      <div
        style={{ maxWidth: '24rem' }}
        onClick={(e) => {
          if ((e.target as Element).closest('a')) e.preventDefault();
        }}
      >
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Where on the page a point hits; the real test of the stretched link and what sits above it. */
function hitAt(element: Element, dx = 0.5, dy = 0.5): Element | null {
  const r = element.getBoundingClientRect();
  return document.elementFromPoint(r.left + r.width * dx, r.top + r.height * dy);
}

export const Default: Story = {
  render: (args) => (
    <Card {...args}>
      <Heading level={3} size="md">
        <CardLink href="#/saker/ny-barnehage">Ny barnehage på Tøyen</CardLink>
      </Heading>
      <Paragraph>Kommunen vil høre hva du mener om plasseringen og uteområdet.</Paragraph>
    </Card>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link');
    // A click on the body text lands on the link's overlay.
    await expect(hitAt(canvas.getByText(/Kommunen/))?.closest('a')).toBe(link);
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

export const Tinted: Story = { ...Default, args: { variant: 'tinted' }, play: undefined };

const onFollow = fn();

/** Other links and buttons in the card stay clickable above the overlay. */
export const WithOtherControls: Story = {
  render: (args) => (
    <Card {...args}>
      <Badge color="success">Åpen for innspill</Badge>
      <Heading level={3} size="md">
        <CardLink href="#/saker/ny-barnehage">Ny barnehage på Tøyen</CardLink>
      </Heading>
      <Paragraph>
        Publisert av <Link href="#/etater/bydel-gamle-oslo">Bydel Gamle Oslo</Link>.
      </Paragraph>
      <div>
        <Button variant="secondary" size="sm" onClick={onFollow}>
          Følg saka
        </Button>
      </div>
    </Card>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button');
    const other = canvas.getByRole('link', { name: 'Bydel Gamle Oslo' });
    await expect(button.contains(hitAt(button))).toBe(true);
    await expect(other.contains(hitAt(other))).toBe(true);
    await userEvent.click(button);
    await expect(onFollow).toHaveBeenCalled();
  },
};

export const LongTextInNarrowContainer: Story = {
  render: (args) => (
    <div style={{ maxWidth: '12rem' }}>
      <Card {...args}>
        <Heading level={3} size="md">
          <CardLink href="#/saker/1">
            Innovasjonsprosjektkoordineringsgruppa vil høre om barnehagebehovet
          </CardLink>
        </Heading>
        <Paragraph>
          Kommunen planlegger en ny barnehage og ønsker innspill om plassering og åpningstider.
        </Paragraph>
      </Card>
    </div>
  ),
};

/** Without a `CardLink` the card is a plain box. */
export const WithoutLink: Story = {
  render: (args) => (
    <Card {...args} as="section" aria-labelledby="card-heading">
      <Heading level={3} size="md" id="card-heading">
        Om tjenesten
      </Heading>
      <Paragraph>Her kan du sende innspill til kommunen.</Paragraph>
    </Card>
  ),
};
