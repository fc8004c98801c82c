export {
  ArticleFigure,
  type ArticleFigureLabels,
  type ArticleFigureProps,
} from './ArticleFigure.js';
