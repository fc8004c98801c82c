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
 * Warns once per key, and only in development builds. Samskap calls it when data it was given is
 * malformed (a case without a safe link, a comment with an unknown status): the render goes on
 * with a safe fallback, and the developer learns why once, not on every render.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || isProduction()) return;
  // A page fed broken data by the thousand must not grow this set without bound.
  if (warned.size > 500) warned.clear();
  warned.add(key);
  console.warn(message);
}

/**
 * Forgets what was warned. For tests only (not exported from the package): test files share a
 * worker, and a test that checks a warning must not depend on which file warned first.
 */
export function forgetWarnings(): void {
  warned.clear();
}
