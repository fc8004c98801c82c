// What the portal's forms take, shared by the page (the components' props) and the server (its
// own checks): a limit the browser applies and the server does not is no limit.

/** "Tips oss": the files are stored in the database, so they are kept small. */
export const tipLimits = {
  maxLength: 4000,
  maxFiles: 3,
  maxFileSize: 2_000_000,
  accept: '.pdf,.jpg,.jpeg,.png',
} as const;

/** The content types the server stores for each accepted extension. */
export const tipFileTypes: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The longest comment on "Was this page useful?", as the component's default. */
export const FEEDBACK_MAX_LENGTH = 1000;
