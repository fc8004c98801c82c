export {
  CaseList,
  type CaseListLabels,
  type CaseListLayout,
  type CaseListProps,
} from './CaseList.js';
