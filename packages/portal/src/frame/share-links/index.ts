export {
  type ShareLink,
  ShareLinks,
  type ShareLinksLabels,
  type ShareLinksProps,
} from './ShareLinks.js';
