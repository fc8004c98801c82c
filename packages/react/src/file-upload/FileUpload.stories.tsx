import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { FileUpload, type FileUploadProps } from './FileUpload.js';

function Controlled(props: Partial<FileUploadProps> & { initial?: File[] }) {
  const { initial, ...rest } = props;
  const [files, setFiles] = useState<File[]>(initial ?? []);
  return <FileUpload label="Vedlegg" {...rest} files={files} onFilesChange={setFiles} />;
}

const file = (name: string, size: number, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });

const meta = {
  title: 'Forms/FileUpload',
  component: FileUpload,
  args: { label: 'Vedlegg', files: [], onFilesChange: () => {} },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  args: { description: 'PDF, JPG eller PNG. Høyst 3 filer på 10 MB hver.', optional: true },
};

/** Files chosen; removing one by keyboard moves focus to the next file's button. */
export const WithFiles: Story = {
  render: (args) => (
    <Controlled
      {...args}
      initial={[
        file('Referat fra møtet i bydelsutvalget 12. mars.pdf', 2_400_000),
        file('bilde.png', 350_000, 'image/png'),
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button');
    await expect(buttons).toHaveLength(2);
    buttons[0]?.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getAllByRole('button')).toHaveLength(1);
    await expect(canvas.getByRole('button')).toHaveFocus();
  },
};

export const WithError: Story = {
  args: { error: 'bilde.bmp er av en type vi ikke tar imot. Velg en PDF-, JPG- eller PNG-fil.' },
  render: (args) => <Controlled {...args} initial={[file('bilde.bmp', 1_200_000, 'image/bmp')]} />,
};
