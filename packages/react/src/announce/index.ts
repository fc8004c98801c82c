export { type AnnounceOptions, announce, ensureLiveRegions, type Politeness } from './announce.js';
