/** A DTCG token group: nested objects whose leaves have a `$value`. */
export interface DtcgGroup {
  [key: string]: DtcgGroup | DtcgToken | string | undefined;
}

export interface DtcgToken {
  $value: string | number;
  $type?: string;
  $description?: string;
}

function isToken(node: unknown): node is DtcgToken {
  return typeof node === 'object' && node !== null && '$value' in node;
}

/**
 * Flattens a DTCG tree into `path -> value`, with path segments joined by `-`
 * (`color.accent.base` becomes `color-accent-base`). Keys starting with `$` are metadata.
 */
export function flattenTokens(group: DtcgGroup, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$') || node === undefined || typeof node === 'string') continue;
    const path = prefix ? `${prefix}-${key}` : key;
    if (isToken(node)) {
      out[path] = String(node.$value);
    } else {
      Object.assign(out, flattenTokens(node, path));
    }
  }
  return out;
}
