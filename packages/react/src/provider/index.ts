export type { SamskapContextValue } from './context.js';
export { type ColorScheme, SamskapProvider, type SamskapProviderProps } from './SamskapProvider.js';
export { useSamskapLocale } from './useSamskapLocale.js';
