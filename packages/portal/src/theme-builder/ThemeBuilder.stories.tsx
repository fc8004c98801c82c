import { resources, type SamskapLocale } from '@samskap/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useArgs } from 'storybook/preview-api';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { defaultValues, encodeThemeState } from './state.js';
import { ThemeBuilder } from './ThemeBuilder.js';

interface Args {
  /** The theme as URL state; Storybook keeps args in the address, so a reload restores it. */
  theme: string;
}

const meta = {
  title: 'Theming/Theme builder',
  tags: ['!autodocs'],
  args: { theme: '' },
  // The state is opaque text the builder writes; editing it by hand is not the way in.
  argTypes: { theme: { control: false } },
  render: function Render(args) {
    const [, updateArgs] = useArgs<Args>();
    return (
      <ThemeBuilder initialState={args.theme} onStateChange={(theme) => updateArgs({ theme })} />
    );
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsFor = (globals: Record<string, unknown>) =>
  resources[((globals.locale as string) ?? 'nb') as SamskapLocale].themeBuilder;

/** The builder's own form (the preview holds comment forms too) and its text fields. */
function builderForm(canvasElement: HTMLElement, globals: Record<string, unknown>) {
  const form = within(canvasElement).getByRole('form', { name: stringsFor(globals).form.label });
  const [name, accent] = within(form).getAllByRole('textbox') as HTMLInputElement[];
  return { form, name: name as HTMLInputElement, accent: accent as HTMLInputElement };
}

/** Clears a field and pastes text into it: as a user would, and faster than typing. */
async function replace(field: HTMLInputElement, text: string) {
  await userEvent.clear(field);
  await userEvent.paste(text);
}

const orange = { ...defaultValues, name: 'varm', accent: '#f28c28', radius: 'lg' as const };

/** Opened from a shared link: the builder starts from the theme in the address. */
export const FromSharedLink: Story = {
  args: { theme: encodeThemeState(orange) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { name, accent } = builderForm(canvasElement, globals);
    await expect(name).toHaveValue('varm');
    await expect(accent).toHaveValue('#f28c28');
    await expect(canvas.getByRole('button', { name: /varm\.tokens\.json/ })).toBeVisible();
  },
};

/** A link with values the builder cannot use: it falls back to the defaults and says so. */
export const FromBrokenLink: Story = {
  args: {
    theme: btoa('name=fin&accent=red-ish&radius=huge')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, ''),
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsFor(globals);
    const canvas = within(canvasElement);
    const warning = canvas.getByRole('heading', { name: new RegExp(strings.url.heading) });
    await expect(warning.closest('div')).toHaveTextContent(strings.form.accent);
    const { name, accent } = builderForm(canvasElement, globals);
    await expect(name).toHaveValue('fin');
    await expect(accent).toHaveValue(defaultValues.accent);
    await expect(canvas.queryAllByText('#f28c28', { exact: false })).toHaveLength(0);
  },
};

/**
 * Make a theme from your brand colours, fonts and corners: see it on portal patterns in light and
 * dark, what was adjusted for contrast and why, and download the files `samskap-theme` writes.
 * The theme is kept in the address, so a reload or a shared link brings it back.
 */
export const Builder: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement);
    const { form, name, accent } = builderForm(canvasElement, globals);

    await step('the theme is made and what was adjusted is explained', async () => {
      await replace(name, 'varm');
      await replace(accent, '#f28c28');
      await userEvent.click(within(form).getByRole('button'));
      const light = await canvas.findByTestId('adjustments-light');
      await expect(light).toHaveTextContent('#f28c28');
    });

    await step('the CSS download is the theme made from the form', async () => {
      const made: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        made.push(blob);
        return original.call(URL, blob);
      };
      try {
        await userEvent.click(canvas.getByRole('button', { name: /varm\.css/ }));
      } finally {
        URL.createObjectURL = original;
      }
      // Byte-for-byte equality with the command is tested in downloads.test.ts.
      await expect(made[0]?.type).toBe('text/css;charset=utf-8');
      const css = (await made[0]?.text()) ?? '';
      await expect(css.startsWith('/* Samskap theme "varm" */')).toBe(true);
      await expect(css).toContain('--sk-radius-md: 0.25rem;');
    });
  },
};

/** Input the theme cannot use: an error summary takes focus and links to each field. */
export const BadInput: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { form, accent } = builderForm(canvasElement, globals);
    await replace(accent, 'orange');
    await userEvent.click(within(form).getByRole('button'));
    const heading = resources[(globals.locale ?? 'nb') as SamskapLocale].errorSummary.heading;
    const summary = await canvas.findByRole('region', { name: heading });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(accent).toHaveAttribute('aria-invalid', 'true');
    await expect(accent).toHaveAccessibleDescription(
      expect.stringContaining(stringsFor(globals).form.errors.colour),
    );
    await userEvent.click(within(summary).getByRole('link'));
    await expect(accent).toHaveFocus();
  },
};
