import type { SamskapFormatters, SamskapT } from '@samskap/i18n';

// A page of 1,000 cards asks for the same few strings 1,000 times on every language switch: each
// answer is looked up once per context value (one per locale, resources and overrides, since the
// provider makes a new value whenever any of those changes) and remembered. Calls with values
// other than a `count` go straight through. The caches are bounded, so untrusted input (a
// country code from data) cannot grow them without end.
const LIMIT = 2000;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  if (cache.size >= LIMIT) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

function onlyCount(options: Record<string, unknown>): boolean {
  for (const name in options) if (name !== 'count') return false;
  return typeof options.count === 'number';
}

// `t`, remembering what it said for a key alone or a key and a count.
export function memoT(t: SamskapT): SamskapT {
  const cache = new Map<string, string>();
  return (key, options) => {
    if (options === undefined) return remember(cache, key, () => t(key));
    if (!onlyCount(options)) return t(key, options);
    return remember(cache, `${key}\u0000${options.count}`, () => t(key, options));
  };
}

// The formatters, with `displayCountry` remembering each code's name.
export function memoFormatters(formatters: SamskapFormatters): SamskapFormatters {
  const names = new Map<string, string>();
  const { displayCountry } = formatters;
  return {
    ...formatters,
    displayCountry: (code) =>
      typeof code === 'string'
        ? remember(names, code, () => displayCountry(code))
        : displayCountry(code),
  };
}
