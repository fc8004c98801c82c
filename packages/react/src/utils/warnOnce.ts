declare const process: { env?: { NODE_ENV?: string } } | undefined;

const warned = new Set<string>();

function isProduction(): boolean {
  try {
    return process?.env?.NODE_ENV === 'production';
  } catch {
    // No `process` in this environment (a browser without a bundler's define): development.
    return false;
  }
}

/**
 * Warns once per key, in development builds only: for malformed data a component renders
 * anyway (a case without a safe link, an unknown value), so the host hears about it without a
 * console flooded by every render.
 */
export function warnOnce(key: string, message: string): void {
  if (isProduction() || warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
