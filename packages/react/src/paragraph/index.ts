export { Paragraph, type ParagraphProps } from './Paragraph.js';
