export {
  Heading,
  type HeadingLevel,
  type HeadingProps,
  type HeadingSize,
  subheadingLevel,
} from './Heading.js';
