export {
  ArticleCard,
  type ArticleCardProps,
} from './article-card/index.js';
export {
  ArticleFigure,
  type ArticleFigureLabels,
  type ArticleFigureProps,
} from './article-figure/index.js';
export { ArticleHeader, type ArticleHeaderProps } from './article-header/index.js';
export { Byline, type BylineLabels, type BylineProps } from './byline/index.js';
export type {
  ArticleAuthor,
  ArticleCreditKind,
  ArticleImage,
  PortalArticle,
} from './model.js';
export { PullQuote, type PullQuoteProps } from './pull-quote/index.js';
