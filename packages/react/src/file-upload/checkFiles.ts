/** Why a set of chosen files cannot be sent, before translation. */
export type FileProblem =
  | { code: 'tooMany'; max: number }
  | { code: 'tooLarge'; name: string; max: number }
  | { code: 'wrongType'; name: string };

export interface CheckFilesOptions {
  /** The most files at once. */
  maxFiles?: number;
  /** The largest file, in bytes. */
  maxSize?: number;
  /**
   * The types allowed, as in `<input accept>`: extensions (`.pdf`), MIME types
   * (`application/pdf`) and wildcards (`image/*`), separated by commas.
   */
  accept?: string;
}

/** Whether a file matches an `accept` list. Linear in the list and the name. */
export function fileMatches(file: Pick<File, 'name' | 'type'>, accept: string | undefined) {
  if (!accept || accept.trim() === '') return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  for (const raw of accept.split(',')) {
    const rule = raw.trim().toLowerCase();
    if (rule === '') continue;
    if (rule.startsWith('.')) {
      if (name.endsWith(rule)) return true;
    } else if (rule.endsWith('/*')) {
      if (type.startsWith(rule.slice(0, -1))) return true;
    } else if (type === rule) {
      return true;
    }
  }
  return false;
}

/**
 * The first reason the files cannot be sent (too many, one too large, one of a type not
 * accepted), or undefined. Check before sending, so a person hears it at once rather than after
 * a long upload; the server must check again.
 */
export function checkFiles(
  files: readonly Pick<File, 'name' | 'type' | 'size'>[],
  { maxFiles, maxSize, accept }: CheckFilesOptions,
): FileProblem | undefined {
  if (maxFiles !== undefined && files.length > maxFiles) return { code: 'tooMany', max: maxFiles };
  for (const file of files) {
    if (!fileMatches(file, accept)) return { code: 'wrongType', name: file.name };
    if (maxSize !== undefined && file.size > maxSize) {
      return { code: 'tooLarge', name: file.name, max: maxSize };
    }
  }
  return undefined;
}

/** A file size in the units people use: "350 kB", "2,4 MB". */
export function formatFileSize(bytes: number, locale: string | string[]): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
