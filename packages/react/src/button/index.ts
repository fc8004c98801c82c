export {
  Button,
  type ButtonBaseProps,
  type ButtonIconOnlyContent,
  type ButtonLabels,
  type ButtonProps,
  type ButtonSize,
  type ButtonTextContent,
  type ButtonVariant,
  type IconOnlyButtonProps,
  type TextButtonProps,
} from './Button.js';
