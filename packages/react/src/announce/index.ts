export {
  type AnnounceOptions,
  announce,
  ensureLiveRegions,
  MODAL_ATTRIBUTE,
  type Politeness,
} from './announce.js';
