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
