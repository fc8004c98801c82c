export { VisuallyHidden, type VisuallyHiddenProps } from './VisuallyHidden.js';
export { visuallyHidden } from './VisuallyHidden.styles.js';
