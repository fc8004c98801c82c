export {
  Button,
  type ButtonLabels,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from './button/index.js';
export {
  type ColorScheme,
  type SamskapContextValue,
  SamskapProvider,
  type SamskapProviderProps,
  useSamskapLocale,
} from './provider/index.js';
export { focusRing } from './utils/focus.js';
// --- issue-5b: non-form primitives (keep this block contiguous) ---
export { safeUrl } from './utils/safeUrl.js';
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden/index.js';
// --- end issue-5b ---
