// The data every case page renders, in Samskap's own shapes (the peers read the same fields).
// The pages read it from `window.benchData` at run time so that no system's byte count
// includes data: the size figures are code and styles only.
import type { CaseFacets, InnovationCase, PortalComment } from '@samskap/portal';

export interface BenchData {
  cases: InnovationCase[];
  comments: PortalComment[];
  facets: CaseFacets;
  pages: number;
}

export type Locale = 'nb' | 'nn' | 'en';

declare global {
  interface Window {
    benchData: BenchData;
  }
}
