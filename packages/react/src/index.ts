// Forms (issue 5): keep these lines together, after a blank line so the import sorter keeps
// them apart from the rest.
export {
  type AnnounceOptions,
  announce,
  ensureLiveRegions,
  type Politeness,
} from './announce/index.js';
export * from './button/index.js';
export * from './checkbox/index.js';
export * from './checkbox-group/index.js';
export * from './error-summary/index.js';
export * from './field/index.js';
export * from './fieldset/index.js';
export * from './file-upload/index.js';
export * from './hidden-field/index.js';
export * from './labels/index.js';
export * from './provider/index.js';
export * from './radio-group/index.js';
export * from './select/index.js';
export * from './text-field/index.js';
export * from './textarea/index.js';
export { focusRing } from './utils/focus.js';
export { staticCss } from './utils/staticCss.js';
export {
  DEFAULT_STORED_MAX_AGE,
  readStored,
  removeStored,
  type StoredReadOptions,
  type StoredWriteOptions,
  writeStored,
} from './utils/storage.js';
export { countCharacters } from './utils/text.js';
export { useControllableState } from './utils/useControllableState.js';
export { warnOnce } from './utils/warnOnce.js';
export * from './validation-message/index.js';
export * from './visually-hidden/index.js';

// --- issue-5b: non-form primitives (keep this block contiguous) ---

export * from './alert/index.js';
export * from './avatar/index.js';
export * from './badge/index.js';
export * from './breadcrumbs/index.js';
export * from './card/index.js';
export * from './details/index.js';
export * from './dialog/index.js';
export * from './divider/index.js';
export * from './heading/index.js';
export * from './icon/index.js';
export * from './link/index.js';
export * from './list/index.js';
export * from './pagination/index.js';
export * from './paragraph/index.js';
export * from './search-field/index.js';
export * from './skeleton/index.js';
export * from './skip-link/index.js';
export * from './spinner/index.js';
export * from './tag/index.js';
export * from './toggle-button/index.js';
export { safeUrl } from './utils/safeUrl.js';

// --- end issue-5b ---
// End of forms (issue 5).
