// Stand-in for the shared storage helper (`readStored`/`writeStored` in @samskap/react, from the
// forms work), with the same signatures: when it is on main, this file goes and the import in
// consent.ts points there.
const MARK = 'samskap-stored';

export function writeStored(
  key: string,
  value: unknown,
  { maxAge, now = Date.now() }: { maxAge: number; now?: number },
): boolean {
  try {
    window.localStorage.setItem(
      key,
      JSON.stringify({ kind: MARK, v: 1, savedAt: now, expiresAt: now + maxAge, value }),
    );
    return true;
  } catch {
    return false;
  }
}

export function readStored<T>(
  key: string,
  { parse, now = Date.now() }: { parse: (value: unknown) => T | undefined; now?: number },
): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return undefined;
    const e = JSON.parse(raw) as Record<string, unknown> | null;
    if (!e || e.kind !== MARK || typeof e.expiresAt !== 'number' || now >= e.expiresAt) {
      return undefined;
    }
    return parse(e.value);
  } catch {
    return undefined;
  }
}
