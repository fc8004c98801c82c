export {
  type LabelFn,
  type LabelOverride,
  type LabelOverrides,
  type LabelValues,
  useLabels,
} from './useLabels.js';
export { useSamskapStrings } from './useSamskapStrings.js';
