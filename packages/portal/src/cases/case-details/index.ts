export {
  CaseDetails,
  type CaseDetailsLabels,
  type CaseDetailsProps,
  type CaseSectionKey,
  caseSections,
} from './CaseDetails.js';
