export { Alert, type AlertLabels, type AlertProps, type AlertVariant } from './Alert.js';
