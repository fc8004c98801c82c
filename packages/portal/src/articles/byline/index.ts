export { Byline, type BylineLabels, type BylineProps } from './Byline.js';
