// Reading records from a CMS or an API, where any field may be missing, null or of the wrong
// type. Each reader gives a value a component can render, or undefined, and never throws.

/** A non-empty string from data (trimmed of outer space), or undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The non-empty strings of an array from data, in order; anything else gives []. */
export function asTextList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const text = asText(item);
    if (text) out.push(text);
  }
  return out;
}

/** The records (non-null objects) of an array from data; anything else gives []. */
export function asRecords<T extends object>(value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is T => typeof item === 'object' && item !== null);
}

/** A finite number from data, or undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Plain text from data as paragraphs: a blank line starts a new one. One pass over the lines,
 * so the cost is linear in the text's length.
 */
export function paragraphsOf(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length) out.push(current.join('\n'));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}
