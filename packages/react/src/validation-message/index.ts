export {
  ValidationMessage,
  type ValidationMessageLabels,
  type ValidationMessageProps,
} from './ValidationMessage.js';
