export { CaseLibraryLayout, type CaseLibraryLayoutProps } from './CaseLibraryLayout.js';
export {
  CaseList,
  type CaseListLabels,
  type CaseListLayout,
  type CaseListProps,
} from './CaseList.js';
