import {
  type ChangeEvent,
  forwardRef,
  type InputHTMLAttributes,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react';
import { announce, ensureLiveRegions } from '../announce/announce.js';
import { Button } from '../button/Button.js';
import { type FieldBaseProps, FieldFrame } from '../field/Field.js';
import { splitFieldProps } from '../field/splitFieldProps.js';
import { type LabelOverrides, useLabels } from '../labels/useLabels.js';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';
import { useIdOr } from '../utils/useIdOr.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { formatFileSize } from './checkFiles.js';
import { FileItem, FileName, FileSize, Files, Input } from './FileUpload.styles.js';

const keys = {
  chosen: 'fileUpload.chosen',
  remove: 'fileUpload.remove',
  removed: 'fileUpload.removed',
  added: 'fileUpload.added',
} as const;

export type FileUploadLabels = LabelOverrides<keyof typeof keys>;

export interface FileUploadProps
  extends FieldBaseProps,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      'type' | 'value' | 'defaultValue' | 'onChange' | 'required' | 'children'
    > {
  /** The chosen files. The component is controlled: keep them in state, so they survive errors. */
  files: readonly File[];
  /** Called with the new list when files are added or one is removed. */
  onFilesChange: (files: File[]) => void;
  /**
   * More than one file may be chosen; each choice adds to the list.
   * @default true
   */
  multiple?: boolean;
  /** Overrides of the built-in strings (the field's own too). */
  labels?: FieldBaseProps['labels'] & FileUploadLabels;
}

/**
 * A file chooser with the list of chosen files under it. Each file shows its name and size and
 * has its own "Fjern" button (named with the file, for screen readers). Removing a file moves
 * focus to the next file's button, or back to the chooser, and says what was removed. Check the
 * files with `checkFiles` before sending, and pass the message as `error`.
 */
export const FileUpload = forwardRef<HTMLInputElement, FileUploadProps>(function FileUpload(
  { files, onFilesChange, multiple = true, ...props },
  ref,
) {
  const [field, rest] = splitFieldProps(props);
  const { labels } = props;
  const { info } = useSamskapLocale();
  const label_ = useLabels<keyof typeof keys>(keys, labels);
  const controlId = useIdOr(field.controlId, 'sk-file-upload');
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current as HTMLInputElement);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // Where focus goes after a removal, once the list has re-rendered.
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    ensureLiveRegions();
  }, []);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    (buttons.current[index] ?? input.current)?.focus();
  });

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const added = Array.from(event.target.files ?? []);
    // Emptied so choosing the same file again after removing it still fires a change.
    event.target.value = '';
    if (added.length === 0) return;
    onFilesChange(multiple ? [...files, ...added] : added.slice(0, 1));
    announce(label_('added', { count: added.length }), { lang: info.tag });
  };

  const remove = (index: number) => {
    const file = files[index];
    if (!file) return;
    const next = files.filter((_, i) => i !== index);
    pendingFocus.current = next.length === 0 ? -1 : Math.min(index, next.length - 1);
    onFilesChange(next);
    announce(label_('removed', { name: file.name }), { lang: info.tag });
  };

  const listId = `${controlId}-files`;
  return (
    <FieldFrame {...field} controlId={controlId}>
      {(wire) => (
        <>
          <Input ref={input} type="file" {...wire({ multiple, onChange: handleChange, ...rest })} />
          {files.length > 0 ? (
            <Files id={listId} aria-label={label_('chosen')}>
              {files.map((file, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two chosen files may share a name
                <FileItem key={`${index}-${file.name}`}>
                  <FileName>
                    {file.name} <FileSize>({formatFileSize(file.size, info.tag)})</FileSize>
                  </FileName>
                  <Button
                    ref={(el) => {
                      buttons.current[index] = el;
                    }}
                    variant="secondary"
                    size="sm"
                    disabled={field.disabled}
                    onClick={() => remove(index)}
                  >
                    {label_('remove')} <VisuallyHidden>{file.name}</VisuallyHidden>
                  </Button>
                </FileItem>
              ))}
            </Files>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
});
