export {
  Button,
  type ButtonBaseProps,
  type ButtonLabels,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
  type IconOnlyButtonProps,
  type TextButtonProps,
} from './Button.js';
