import type { SamskapResources } from './index.js';

export type { SamskapResources };

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, Paths<T[K]>>;
}[keyof T & string];

type StripPlural<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? B
  : K;

/** Every key of the `samskap` namespace, with plural suffixes folded: `commentThread.count`. */
export type SamskapKey = StripPlural<Paths<SamskapResources>>;

/** Deeply partial resources, for overrides. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/** Per-locale overrides of built-in strings: `{ nn: { button: { loading: '...' } } }`. */
export type SamskapTranslations = Partial<Record<string, DeepPartial<SamskapResources>>>;
