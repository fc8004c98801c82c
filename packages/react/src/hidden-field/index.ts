export { HiddenField, type HiddenFieldProps } from './HiddenField.js';
