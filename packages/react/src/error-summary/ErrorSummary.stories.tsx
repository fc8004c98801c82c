import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../text-field/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';

const meta = {
  title: 'Forms/ErrorSummary',
  component: ErrorSummary,
  args: {
    errors: [
      { target: 'es-name', message: 'Skriv inn navnet ditt' },
      { target: 'es-email', message: 'Skriv inn en e-postadresse på formen navn@eksempel.no' },
    ],
  },
  render: (args, context) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {/* On the docs page every story would grab focus and scroll the page to itself. */}
      <ErrorSummary {...args} autoFocus={context.viewMode === 'docs' ? false : args.autoFocus} />
      {/* Pushes the fields below the fold, to show that a link scrolls the label into view. */}
      <div style={{ height: '120vh' }} />
      <TextField id="es-name" label="Navn" autoComplete="name" error="Skriv inn navnet ditt" />
      <TextField
        id="es-email"
        label="E-post"
        type="email"
        autoComplete="email"
        defaultValue="kari@"
        error="Skriv inn en e-postadresse på formen navn@eksempel.no"
      />
      <div style={{ height: '120vh' }} />
    </div>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Takes focus when it appears; each link focuses its field with the label in view. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('region');
    await expect(summary).toHaveFocus();
    await expect(canvas.queryByRole('alert')).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: /e-postadresse/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const email = canvas.getByRole('textbox', { name: 'E-post' });
    await expect(email).toHaveFocus();
    await expect(email).toHaveValue('kari@');
    const label = canvasElement.querySelector('label[for="es-email"]') as HTMLElement;
    const top = label.getBoundingClientRect().top;
    await expect(top).toBeGreaterThanOrEqual(-1);
    await expect(top).toBeLessThan(window.innerHeight / 2);
  },
};

export const OneError: Story = {
  args: { errors: [{ target: 'es-name', message: 'Skriv inn navnet ditt' }] },
};

export const HeadingLevel3: Story = { args: { headingLevel: 3 } };

export const LongTextInNarrowContainer: Story = {
  args: {
    errors: [
      {
        target: 'es-name',
        message:
          'Skriv inn navnet ditt slik det står i Folkeregisteret, med fornavn, mellomnavn og etternavn',
      },
      { target: 'es-email', message: 'Skriv inn en e-postadresse på formen navn@eksempel.no' },
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
