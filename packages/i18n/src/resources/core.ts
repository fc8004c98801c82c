import type { SamskapLocale } from '../locales.js';
import { alert } from './alert.js';
import { breadcrumbs } from './breadcrumbs.js';
import { button } from './button.js';
import { cases } from './cases.js';
import { comments } from './comments.js';
import { byLocale } from './define.js';
import { dialog } from './dialog.js';
import { errorSummary } from './error-summary.js';
import { field } from './field.js';
import { fileUpload } from './file-upload.js';
import { forms } from './forms.js';
import { languageSwitcher } from './language-switcher.js';
import { link } from './link.js';
import { pagination } from './pagination.js';
import { searchField } from './search-field.js';
import { skipLink } from './skip-link.js';
import { status } from './status.js';
import { tag } from './tag.js';
import { textarea } from './textarea.js';

// One entry per area (a component or a group of them), each file holding nb, nn and en side by
// side. Add a new area here and in its own file. These are the areas every instance gets up
// front; the few in `deferredAreas` (index.ts) come with the component that uses them.
export const coreAreas = {
  alert,
  breadcrumbs,
  button,
  cases,
  comments,
  dialog,
  errorSummary,
  field,
  fileUpload,
  forms,
  languageSwitcher,
  link,
  pagination,
  searchField,
  skipLink,
  status,
  tag,
  textarea,
};

export type CoreResources = { [K in keyof typeof coreAreas]: (typeof coreAreas)[K]['nb'] };

/** The core areas' strings by locale: what every Samskap instance holds from the start. */
export const coreResources: Record<SamskapLocale, CoreResources> = byLocale(coreAreas);
