export {
  type LabelFn,
  type LabelOverride,
  type LabelOverrides,
  type LabelValues,
  useLabels,
} from './useLabels.js';
