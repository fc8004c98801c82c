export const clientPackage: RegExp;
export const USE_CLIENT: string;
export function importsOf(code: string): { spec: string; reexport: boolean }[];
export function bindingsOf(code: string): {
  imports: Map<string, { spec: string; name: string }>;
  reexports: Map<string, { spec: string; name: string }>;
  exports: Map<string, string>;
};
export function isBarrel(code: string): boolean;
export function clientModules(modules: Map<string, string>): Set<string>;
export function hasMark(code: string): boolean;
export function markProblems(modules: Map<string, string>, plain?: readonly string[]): string[];
export function crossPackageProblems(
  modules: Map<string, string>,
  exporters: Record<string, Map<string, string>>,
): string[];
