/**
 * The one way Samskap keeps something in the browser between visits (drafts, a remembered
 * name). Everything it keeps is a convenience, so it never throws: `localStorage` can be missing
 * (server rendering), switched off or blocked (Safari's private mode, sandboxed frames, a
 * privacy setting), full, or hold anything at all under a key (another app's value, a corrupt
 * string, an older format). Every value is stored with the time it was saved and the time it
 * expires, so nothing stays forever on a shared computer.
 */

/** How long a value is kept when the caller does not say. */
export const DEFAULT_STORED_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

// Marks our envelope, so another app's JSON under the same key is not mistaken for ours.
const MARK = 'samskap-stored';
const VERSION = 1;

export interface StoredWriteOptions {
  /**
   * How long the value is kept, in ms. After that it is read as missing and removed.
   * @default 7 days
   */
  maxAge?: number;
  /** The clock, for tests. */
  now?: number;
}

export interface StoredReadOptions<T> {
  /**
   * Checks the stored value and returns it in the shape the caller needs, or `undefined` when it
   * is not usable. Stored data is untrusted: it may have been written by another version, another
   * app or a person with the developer tools open.
   */
  parse: (value: unknown) => T | undefined;
  /** The clock, for tests. */
  now?: number;
}

/** `window.localStorage`, or undefined where there is none or touching it throws. */
function store(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined;
  }
}

/**
 * Keeps `value` (anything JSON can hold) under `key` until it expires. Returns false when it
 * could not be kept (no storage, storage blocked, quota full); the caller still has the value.
 */
export function writeStored(
  key: string,
  value: unknown,
  { maxAge = DEFAULT_STORED_MAX_AGE, now = Date.now() }: StoredWriteOptions = {},
): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(
      key,
      JSON.stringify({ kind: MARK, v: VERSION, savedAt: now, expiresAt: now + maxAge, value }),
    );
    return true;
  } catch {
    // Quota exceeded, storage blocked, or a value JSON cannot hold: nothing is kept.
    return false;
  }
}

/**
 * The value under `key`, or `undefined` when there is none, it has expired, it is not ours or
 * `parse` refuses it. An expired value is removed as it is found; a value that is not ours is
 * left alone, since it may belong to another app on the same origin.
 */
export function readStored<T>(key: string, { parse, now = Date.now() }: StoredReadOptions<T>) {
  let raw: string | null | undefined;
  try {
    raw = store()?.getItem(key);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'string' || raw === '') return undefined;
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isEnvelope(envelope)) return undefined;
  // A value saved "in the future" means the clock was changed; it cannot be trusted to expire.
  if (now >= envelope.expiresAt || envelope.savedAt > now) {
    removeStored(key);
    return undefined;
  }
  let parsed: T | undefined;
  try {
    parsed = parse(envelope.value);
  } catch {
    parsed = undefined;
  }
  return parsed;
}

/** Removes the value under `key`, if storage lets us. */
export function removeStored(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Storage blocked: there is nothing we can remove.
  }
}

interface Envelope {
  kind: typeof MARK;
  v: typeof VERSION;
  savedAt: number;
  expiresAt: number;
  value: unknown;
}

function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const e = x as Record<string, unknown>;
  return (
    e.kind === MARK &&
    e.v === VERSION &&
    typeof e.savedAt === 'number' &&
    Number.isFinite(e.savedAt) &&
    typeof e.expiresAt === 'number' &&
    Number.isFinite(e.expiresAt)
  );
}
