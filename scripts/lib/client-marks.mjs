// Which built modules of a React package need "use client" (Next.js server components render
// their components as client components) and which stay plain (a server component can call
// them: filterCases, the URL helpers, sample data, records). Used by the library build
// (vite.lib.ts), which adds the mark, and by `pnpm check:packages`, which checks it in dist/.
import { posix } from 'node:path';

/** Packages that need React in the browser: its runtime (hooks, context, JSX), styles, i18n hooks. */
export const clientPackage = /^(?:react|react-dom|styled-components|react-i18next)(?:\/|$)/;

/** A hook, by React's naming rule: it runs only while a component renders. */
const hookName = /^use[A-Z0-9]/;

export const USE_CLIENT = '"use client";';

const fromStatement =
  /(?:^|[;\n])\s*(import|export)\b([^'"`;]*?)\bfrom\s*["']([^"']+)["']|(?:^|[;\n])\s*import\s*["']([^"']+)["']/g;
const namedFrom = /(?:^|[;\n])\s*(import|export)\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const exportList = /(?:^|[;\n])\s*export\s*\{([^}]*)\}\s*;/g;

/**
 * What a built ES module imports: each specifier, and whether the module only re-exports it
 * (`export … from`).
 * @param {string} code
 * @returns {{ spec: string, reexport: boolean }[]}
 */
export function importsOf(code) {
  return [...code.matchAll(fromStatement)].map((m) => ({
    spec: m[3] ?? m[4] ?? '',
    reexport: m[1] === 'export',
  }));
}

/** `a, b as c, type d` as [[a, a], [b, c], [d, d]]. @param {string} list */
const pairs = (list) =>
  list
    .split(',')
    .map((part) => part.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((part) => {
      const [name, as] = part.split(/\s+as\s+/);
      return /** @type {[string, string]} */ ([name ?? '', as ?? name ?? '']);
    });

/**
 * The names a built module binds: what it imports by name (local name to specifier and the
 * name there), what it re-exports straight from another module, and what its export list
 * exports (exported name to local name).
 * @param {string} code
 */
export function bindingsOf(code) {
  /** @type {Map<string, { spec: string, name: string }>} */
  const imports = new Map();
  /** @type {Map<string, { spec: string, name: string }>} */
  const reexports = new Map();
  /** @type {Map<string, string>} */
  const exports = new Map();
  for (const m of code.matchAll(namedFrom)) {
    for (const [name, as] of pairs(m[2] ?? '')) {
      (m[1] === 'export' ? reexports : imports).set(as, { spec: m[3] ?? '', name });
    }
  }
  for (const m of code.matchAll(exportList)) {
    for (const [local, as] of pairs(m[1] ?? '')) exports.set(as, local);
  }
  return { imports, reexports, exports };
}

/**
 * A barrel: a module of nothing but imports and export lists. What it imports it hands on, so
 * it does not use it, and Next.js follows it to each module's own mark.
 * @param {string} code
 */
export function isBarrel(code) {
  const rest = code
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .replace(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*["'][^"']+["']\s*;?/g, '')
    .replace(/\bimport\s*["'][^"']+["']\s*;?/g, '')
    .replace(/\bexport\s*\{[^}]*\}\s*;?/g, '');
  return rest.trim() === '';
}

/**
 * The modules that need "use client", from a map of file name (relative, `/`-separated) to code:
 * those that import a client package or a hook (`useLabels` from another package), and those
 * that import a module that needs it, since they would call or render it. A barrel stays plain.
 * @param {Map<string, string>} modules
 * @returns {Set<string>}
 */
export function clientModules(modules) {
  const client = new Set();
  const uses = new Map();
  for (const [file, code] of modules) {
    if (isBarrel(code)) continue;
    const found = importsOf(code);
    const hooks = [...bindingsOf(code).imports.values()].some((i) => hookName.test(i.name));
    if (hooks || found.some((i) => clientPackage.test(i.spec))) client.add(file);
    uses.set(
      file,
      found
        .filter((i) => !i.reexport && i.spec.startsWith('.'))
        .map((i) => posix.join(posix.dirname(file), i.spec)),
    );
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [file, deps] of uses) {
      if (!client.has(file) && deps.some((d) => client.has(d))) {
        client.add(file);
        changed = true;
      }
    }
  }
  return client;
}

/** @param {string} code */
export const hasMark = (code) => code.startsWith(USE_CLIENT);

/**
 * The modules as they were before the build marked them.
 * @param {Map<string, string>} modules
 */
const withoutMarks = (modules) =>
  new Map([...modules].map(([f, c]) => [f, hasMark(c) ? c.slice(USE_CLIENT.length) : c]));

/**
 * What is wrong with the marks of a built package: a module that needs "use client" and lacks
 * it, one that has it and should not, and any of `plain` (files that must stay callable from a
 * server component) that is marked.
 * @param {Map<string, string>} modules
 * @param {readonly string[]} plain
 * @returns {string[]}
 */
export function markProblems(modules, plain = []) {
  const client = clientModules(withoutMarks(modules));
  const problems = [];
  for (const [file, code] of modules) {
    if (client.has(file) && !hasMark(code))
      problems.push(`${file} needs "use client" and lacks it`);
    if (!client.has(file) && hasMark(code))
      problems.push(`${file} is plain but marked "use client"`);
  }
  for (const file of plain) {
    if (!modules.has(file)) problems.push(`${file} is not in the build`);
    else if (client.has(file)) problems.push(`${file} must stay plain but needs "use client"`);
  }
  return problems;
}

/**
 * The module that defines `name`, following barrels (export lists and re-exports) from `file`.
 * @param {Map<string, string>} modules
 * @param {string} file
 * @param {string} name
 * @returns {string}
 */
function origin(modules, file, name, depth = 0) {
  const { imports, reexports, exports } = bindingsOf(modules.get(file) ?? '');
  const next = reexports.get(name) ?? imports.get(exports.get(name) ?? '');
  if (!next?.spec.startsWith('.') || depth > 20) return file;
  return origin(modules, posix.join(posix.dirname(file), next.spec), next.name, depth + 1);
}

/**
 * Plain modules that call a function of another package which lives in one of its client
 * modules: in a server component that function is a client reference and throws when called.
 * `exporters` maps a package name to its built modules; its `index.js` says where each name is.
 * @param {Map<string, string>} modules
 * @param {Record<string, Map<string, string>>} exporters
 * @returns {string[]}
 */
export function crossPackageProblems(modules, exporters) {
  const problems = [];
  const client = clientModules(withoutMarks(modules));
  for (const [file, code] of modules) {
    if (client.has(file) || isBarrel(code)) continue;
    for (const { spec, name } of bindingsOf(code).imports.values()) {
      const other = exporters[spec];
      if (!other) continue;
      const source = origin(other, 'index.js', name);
      if (hasMark(other.get(source) ?? '')) {
        problems.push(`${file} uses ${name} from ${spec}, whose ${source} is marked "use client"`);
      }
    }
  }
  return problems;
}
