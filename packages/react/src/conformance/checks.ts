import { type CriterionConformance, meets, storyCheck } from './model.js';
import { resizeText, textSpacing } from './statements.js';

/**
 * 1.4.4 Resize text and 1.4.12 Text spacing for a component that shows text, shown by the
 * checks the story test run makes on every story (the 200 % zoom and the text-spacing check,
 * docs/decisions/0014), cited on one story of the component.
 */
export const resizeAndSpacing = (storyId: string): CriterionConformance[] => [
  meets('1.4.4', resizeText, storyCheck('zoom', storyId)),
  meets('1.4.12', textSpacing, storyCheck('text-spacing', storyId)),
];
