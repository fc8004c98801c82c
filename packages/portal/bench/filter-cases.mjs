// How long `filterCases` takes to answer a change of filter over 5,000 cases, measured on the
// built output (run `pnpm build` first). A benchmark, not a test: it prints figures and never fails
// on them. Usage: pnpm --filter @samskap/portal bench [count]
import { performance } from 'node:perf_hooks';
import { filterCases } from '../dist/cases/filter.js';
import { generateCases } from '../dist/sample-data/index.js';

const count = Number(process.argv[2] ?? 5000);
const cases = generateCases(count, 42);

// What a reader does in a session: types a search word letter by letter, ticks facets, narrows
// the years, clears. Each step is one change of filter.
const typed = (word) => [...word].map((_, i) => word.slice(0, i + 1));
const steps = [
  {},
  ...typed('høyskole').map((query) => ({ query })),
  { query: 'HØYSKOLE' },
  { query: 'høyskole', countries: ['NO'] },
  { query: 'høyskole', countries: ['NO', 'SE'] },
  { query: 'høyskole', countries: ['NO', 'SE'], stages: ['implementing'] },
  { countries: ['NO', 'SE'], stages: ['implementing'], levels: ['local'] },
  { countries: ['NO', 'SE'], stages: ['implementing'], levels: ['local'], yearFrom: 2015 },
  { countries: ['NO'], yearFrom: 2015, yearTo: 2020, sectors: ['health', 'education'] },
  { tags: ['skole', 'school', 'skule'] },
  ...typed('bus service').map((query) => ({ query })),
  {},
];

const locale = 'nb';
const cpu0 = process.cpuUsage();
const t0 = performance.now();
filterCases(cases, { query: 'x' }, locale);
const cold = performance.now() - t0;
const coldCpu = process.cpuUsage(cpu0);

// Warm up, then time every step many times over.
for (let i = 0; i < 20; i++) for (const s of steps) filterCases(cases, s, locale);
// Wall time includes waiting for a core on a busy machine; CPU time is the work itself.
const wall = [];
const cpu = [];
let matched = 0;
for (let round = 0; round < 30; round++) {
  for (const s of steps) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    const r = filterCases(cases, s, locale);
    wall.push(performance.now() - start);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    matched += r.cases.length;
  }
}
const ms = (n) => `${n.toFixed(2)} ms`;
const summary = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${ms(at(0.5))}  p95 ${ms(at(0.95))}  max ${ms(sorted[sorted.length - 1])}`;
};
console.log(
  `filterCases over ${count} cases, ${wall.length} filter changes (${steps.length} steps x 30)`,
);
console.log(
  `  first search (builds the search text once): ${ms(cold)} wall, ${ms((coldCpu.user + coldCpu.system) / 1000)} CPU`,
);
console.log(`  wall time: ${summary(wall)}`);
console.log(`  CPU time:  ${summary(cpu)}`);
console.log(`  (one frame at 60 Hz is 16.7 ms; cases matched in total: ${matched})`);
