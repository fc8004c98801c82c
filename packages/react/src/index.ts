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
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden/index.js';
