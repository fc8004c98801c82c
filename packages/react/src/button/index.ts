export {
  Button,
  type ButtonLabels,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from './Button.js';
