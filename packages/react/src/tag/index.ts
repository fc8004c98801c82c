export { Tag, type TagLabels, type TagProps } from './Tag.js';
