export {
  type CheckFilesOptions,
  checkFiles,
  type FileProblem,
  fileMatches,
  formatFileSize,
} from './checkFiles.js';
export { FileUpload, type FileUploadLabels, type FileUploadProps } from './FileUpload.js';
