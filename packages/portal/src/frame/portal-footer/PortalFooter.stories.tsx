import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { PortalFooter } from './PortalFooter.js';

const meta = {
  title: 'Portal/Frame/PortalFooter',
  component: PortalFooter,
  decorators: [withoutNavigation],
  args: {
    organisationName: 'Samskap kommune',
    organisationNumber: '974760673',
    contact: {
      email: 'postmottak@samskap.kommune.no',
      phone: '55 55 55 55',
      address: ['Postboks 7700', '5020 Bergen'],
    },
    accessibilityStatementHref: '#/tilgjengelighet',
    privacyHref: '#/personvern',
    cookieSettingsHref: '#/informasjonskapsler',
  },
} satisfies Meta<typeof PortalFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Contact details, the three links every public site needs, and the organisation number. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('footer nav a')).toHaveLength(3);
  },
};

/** Only what is required: the name and the links, no contact section. */
export const Minimal: Story = {
  args: { contact: undefined, organisationNumber: undefined },
};
