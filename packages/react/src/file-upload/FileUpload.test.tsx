import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { checkFiles, fileMatches } from './checkFiles.js';
import { FileUpload, type FileUploadProps } from './FileUpload.js';

function Controlled(props: Partial<FileUploadProps> & { initial?: File[] }) {
  const [files, setFiles] = useState<File[]>(props.initial ?? []);
  return <FileUpload label="Vedlegg" {...props} files={files} onFilesChange={(f) => setFiles(f)} />;
}

const pdf = (name: string, size = 2_400_000) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

const words = {
  nb: { chosen: 'Valgte filer', remove: 'Fjern' },
  nn: { chosen: 'Valde filer', remove: 'Fjern' },
  en: { chosen: 'Chosen files', remove: 'Remove' },
} as const;

describe('FileUpload', () => {
  it.each(locales)(
    'in %s: chosen files are listed with their size, each with its own remove button',
    async (locale) => {
      const user = userEvent.setup();
      renderIn(locale, <Controlled />);
      const input = screen.getByLabelText('Vedlegg');
      await user.upload(input, [pdf('a.pdf'), pdf('b.pdf', 350_000)]);
      const list = screen.getByRole('list', { name: words[locale].chosen });
      expect(list).toHaveTextContent('a.pdf');
      expect(list).toHaveTextContent(/2[.,]4\s?MB/);
      expect(list).toHaveTextContent(/350\s?kB/);
      expect(
        screen.getByRole('button', { name: `${words[locale].remove} b.pdf` }),
      ).toBeInTheDocument();
    },
  );

  it('adds to the list on a second choice instead of replacing it', async () => {
    const user = userEvent.setup();
    renderIn('nb', <Controlled />);
    const input = screen.getByLabelText('Vedlegg');
    await user.upload(input, pdf('a.pdf'));
    await user.upload(input, pdf('b.pdf'));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('by keyboard: removing a file moves focus to the next one, and the last back to the chooser', async () => {
    const user = userEvent.setup();
    renderIn('nb', <Controlled initial={[pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]} />);
    await user.tab();
    expect(screen.getByLabelText('Vedlegg')).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Fjern b.pdf' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('b.pdf')).toBeNull();
    expect(screen.getByRole('button', { name: 'Fjern c.pdf' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Fjern a.pdf' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByLabelText('Vedlegg')).toHaveFocus();
  });

  it('links its error to the chooser and has no axe violations with files and an error', async () => {
    renderIn(
      'nn',
      <main>
        <Controlled initial={[pdf('a.pdf')]} error="Fila er for stor" description="Høgst 10 MB" />
      </main>,
    );
    const input = screen.getByLabelText('Vedlegg');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Fila er for stor/);
    expect(await axe()).toHaveNoViolations();
  });
});

describe('checkFiles', () => {
  const files = [
    { name: 'Rapport.PDF', type: 'application/pdf', size: 100 },
    { name: 'bilde.png', type: 'image/png', size: 5_000 },
  ];

  it('accepts files within the count, size and types', () => {
    expect(checkFiles(files, { maxFiles: 2, maxSize: 5_000, accept: '.pdf,image/*' })).toBe(
      undefined,
    );
  });

  it('says when there are too many, one is too large, or one is of the wrong type', () => {
    expect(checkFiles(files, { maxFiles: 1 })).toEqual({ code: 'tooMany', max: 1 });
    expect(checkFiles(files, { maxSize: 4_999 })).toEqual({
      code: 'tooLarge',
      name: 'bilde.png',
      max: 4_999,
    });
    expect(checkFiles(files, { accept: '.pdf' })).toEqual({ code: 'wrongType', name: 'bilde.png' });
  });

  it('matches extensions without regard to case, MIME types and wildcards', () => {
    expect(fileMatches({ name: 'a.PDF', type: '' }, '.pdf')).toBe(true);
    expect(fileMatches({ name: 'a', type: 'image/jpeg' }, 'image/*')).toBe(true);
    expect(fileMatches({ name: 'a.exe', type: 'application/x-msdownload' }, '.pdf, image/*')).toBe(
      false,
    );
  });
});
