// Forms (issue 5): keep these lines together, after a blank line so the import sorter keeps
// them apart from the rest.
export {
  type AnnounceOptions,
  announce,
  ensureLiveRegions,
  type Politeness,
} from './announce/index.js';
export {
  Button,
  type ButtonBaseProps,
  type ButtonIconOnlyContent,
  type ButtonLabels,
  type ButtonProps,
  type ButtonSize,
  type ButtonTextContent,
  type ButtonVariant,
  type IconOnlyButtonProps,
  type TextButtonProps,
} from './button/index.js';
export { Checkbox, type CheckboxProps } from './checkbox/index.js';
export { CheckboxGroup, type CheckboxGroupProps } from './checkbox-group/index.js';
export {
  ErrorSummary,
  type ErrorSummaryError,
  type ErrorSummaryLabels,
  type ErrorSummaryProps,
  focusField,
} from './error-summary/index.js';
export {
  Field,
  type FieldBaseProps,
  type FieldLabels,
  type FieldProps,
  type FieldState,
  joinIds,
  RequirementMarker,
  type UseFieldOptions,
  useField,
  useFieldContext,
  useFieldControl,
} from './field/index.js';
export { Fieldset, type FieldsetProps, useFieldsetContext } from './fieldset/index.js';
export {
  type CheckFilesOptions,
  checkFiles,
  type FileProblem,
  FileUpload,
  type FileUploadLabels,
  type FileUploadProps,
  fileMatches,
  formatFileSize,
} from './file-upload/index.js';
export { HiddenField, type HiddenFieldProps } from './hidden-field/index.js';
export {
  type LabelFn,
  type LabelOverride,
  type LabelOverrides,
  type LabelValues,
  useLabels,
  useSamskapStrings,
} from './labels/index.js';
export {
  type ColorScheme,
  type SamskapContextValue,
  SamskapProvider,
  type SamskapProviderProps,
  useSamskapLocale,
} from './provider/index.js';
export { Radio, RadioGroup, type RadioGroupProps, type RadioProps } from './radio-group/index.js';
export { Select, type SelectProps } from './select/index.js';
export { TextField, type TextFieldProps, type TextFieldType } from './text-field/index.js';
export { Textarea, type TextareaLabels, type TextareaProps } from './textarea/index.js';
export { focusRing } from './utils/focus.js';
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
export {
  ValidationMessage,
  type ValidationMessageLabels,
  type ValidationMessageProps,
} from './validation-message/index.js';
export {
  VisuallyHidden,
  type VisuallyHiddenProps,
  visuallyHidden,
} from './visually-hidden/index.js';

// --- issue-5b: non-form primitives (keep this block contiguous) ---

export { Alert, type AlertLabels, type AlertProps, type AlertVariant } from './alert/index.js';
export { Avatar, type AvatarProps } from './avatar/index.js';
export { Badge, type BadgeColor, type BadgeProps } from './badge/index.js';
export {
  type BreadcrumbItem,
  Breadcrumbs,
  type BreadcrumbsLabels,
  type BreadcrumbsProps,
} from './breadcrumbs/index.js';
export { Card, CardLink, type CardLinkProps, type CardProps } from './card/index.js';
export { Details, type DetailsProps } from './details/index.js';
export { Dialog, type DialogLabels, type DialogProps } from './dialog/index.js';
export { Divider, type DividerProps } from './divider/index.js';
export {
  Heading,
  type HeadingLevel,
  type HeadingProps,
  type HeadingSize,
  subheadingLevel,
} from './heading/index.js';
export { Icon, type IconName, type IconProps, iconNames } from './icon/index.js';
export { Link, type LinkLabels, type LinkProps } from './link/index.js';
export { List, type ListProps } from './list/index.js';
export { Pagination, type PaginationLabels, type PaginationProps } from './pagination/index.js';
export { Paragraph, type ParagraphProps } from './paragraph/index.js';
export {
  SearchField,
  type SearchFieldLabels,
  type SearchFieldProps,
} from './search-field/index.js';
export { Skeleton, type SkeletonProps } from './skeleton/index.js';
export { SkipLink, type SkipLinkLabels, type SkipLinkProps } from './skip-link/index.js';
export { Spinner, type SpinnerProps } from './spinner/index.js';
export { Tag, type TagLabels, type TagProps } from './tag/index.js';
export {
  ToggleButton,
  type ToggleButtonProps,
  ToggleGroup,
  type ToggleGroupProps,
} from './toggle-button/index.js';
export { safeUrl } from './utils/safeUrl.js';

// --- end issue-5b ---
// End of forms (issue 5).
