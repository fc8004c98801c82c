export { ToggleButton, type ToggleButtonProps } from './ToggleButton.js';
export { ToggleGroup, type ToggleGroupProps } from './ToggleGroup.js';
