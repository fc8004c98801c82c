export { Textarea, type TextareaLabels, type TextareaProps } from './Textarea.js';
