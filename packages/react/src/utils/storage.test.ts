import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STORED_MAX_AGE, readStored, removeStored, writeStored } from './storage.js';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('storage', () => {
  it('gives back what was written, until it expires, and then removes it', () => {
    const now = 1_700_000_000_000;
    expect(writeStored('k', 'hei', { maxAge: DAY, now })).toBe(true);
    expect(readStored('k', { parse: text, now: now + DAY - 1 })).toBe('hei');
    expect(readStored('k', { parse: text, now: now + DAY })).toBeUndefined();
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('keeps a value for seven days when no age is given', () => {
    const now = 1_700_000_000_000;
    writeStored('k', 'hei', { now });
    expect(DEFAULT_STORED_MAX_AGE).toBe(7 * DAY);
    expect(readStored('k', { parse: text, now: now + 7 * DAY - 1 })).toBe('hei');
    expect(readStored('k', { parse: text, now: now + 7 * DAY })).toBeUndefined();
  });

  it('does not trust a value saved in the future (a changed clock)', () => {
    writeStored('k', 'hei', { now: 2_000_000_000_000 });
    expect(readStored('k', { parse: text, now: 1_000_000_000_000 })).toBeUndefined();
  });

  it.each([
    ['corrupt JSON', '{"kind":'],
    ['another app’s JSON', JSON.stringify({ body: 'x' })],
    ['a plain string', 'hei'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['an envelope of a future version', JSON.stringify({ kind: 'samskap-stored', v: 2 })],
    [
      'an envelope without times',
      JSON.stringify({ kind: 'samskap-stored', v: 1, value: 'x', savedAt: 'i går' }),
    ],
  ])('reads %s as nothing, and leaves it alone', (_, raw) => {
    localStorage.setItem('k', raw);
    expect(readStored('k', { parse: text })).toBeUndefined();
    expect(localStorage.getItem('k')).toBe(raw);
  });

  it('reads a value that parse refuses, or throws on, as nothing', () => {
    writeStored('k', 42);
    expect(readStored('k', { parse: text })).toBeUndefined();
    expect(
      readStored('k', {
        parse: () => {
          throw new Error('bad');
        },
      }),
    ).toBeUndefined();
  });

  it('survives a full quota and blocked storage without throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(writeStored('k', 'hei')).toBe(false);
    expect(readStored('k', { parse: text })).toBeUndefined();
    expect(() => removeStored('k')).not.toThrow();
  });

  it('survives a window whose localStorage getter throws (storage switched off)', () => {
    const spy = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('disabled', 'SecurityError');
    });
    expect(writeStored('k', 'hei')).toBe(false);
    expect(readStored('k', { parse: text })).toBeUndefined();
    expect(() => removeStored('k')).not.toThrow();
    spy.mockRestore();
  });

  it('does nothing without a window (server rendering)', () => {
    vi.stubGlobal('window', undefined);
    try {
      expect(writeStored('k', 'hei')).toBe(false);
      expect(readStored('k', { parse: text })).toBeUndefined();
      expect(() => removeStored('k')).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a value JSON cannot hold instead of throwing', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(writeStored('k', loop)).toBe(false);
  });
});
