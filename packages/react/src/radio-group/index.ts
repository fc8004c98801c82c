export { Radio, type RadioProps } from './Radio.js';
export { RadioGroup, type RadioGroupProps } from './RadioGroup.js';
