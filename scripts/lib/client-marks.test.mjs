// Run with `node --test scripts/lib/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clientModules,
  crossPackageProblems,
  importsOf,
  isBarrel,
  markProblems,
  USE_CLIENT,
} from './client-marks.mjs';

// A small package as the library build writes it: one file per source module, and an entry
// that imports what it exports.
const built = new Map([
  [
    'index.js',
    'import { Card } from "./card/Card.js";\nimport { filterCases } from "./cases/filter.js";\nexport { Card, filterCases };\n',
  ],
  [
    'card/Card.js',
    'import { jsx } from "react/jsx-runtime";\nimport { Box } from "./Card.styles.js";\nexport function Card() { return jsx(Box, {}); }\n',
  ],
  [
    'card/Card.styles.js',
    'import { styled } from "styled-components";\nexport const Box = styled.div``;\n',
  ],
  [
    'cases/filter.js',
    'import { displayCountry } from "@samskap/i18n";\nimport { normalize } from "./normalize.js";\nexport function filterCases(c) { return normalize(c); }\n',
  ],
  [
    'cases/normalize.js',
    'import {\n  warnOnce\n} from "@samskap/react";\nexport const normalize = (c) => c;\n',
  ],
  [
    'cases/withCard.js',
    'import { Card } from "../card/Card.js";\nexport const cards = (list) => list.map(Card);\n',
  ],
  [
    'cases/labels.js',
    'import { useLabels } from "@samskap/react";\nexport const useCaseLabels = () => useLabels({});\n',
  ],
]);

test('reads imports and re-exports, over several lines too', () => {
  assert.deepEqual(importsOf(built.get('cases/normalize.js')), [
    { spec: '@samskap/react', reexport: false },
  ]);
  assert.deepEqual(importsOf('export { a } from "./a.js";\nimport "./side.js";'), [
    { spec: './a.js', reexport: true },
    { spec: './side.js', reexport: false },
  ]);
});

test('knows a barrel: nothing but imports and export lists', () => {
  assert.equal(isBarrel(built.get('index.js')), true);
  assert.equal(isBarrel('export { a } from "./a.js";\n// note\n'), true);
  assert.equal(isBarrel(built.get('cases/withCard.js')), false);
});

test('marks what needs React in the browser, hooks and what uses them; barrels and plain functions stay plain', () => {
  assert.deepEqual([...clientModules(built)].sort(), [
    'card/Card.js',
    'card/Card.styles.js',
    'cases/labels.js',
    'cases/withCard.js',
  ]);
});

test('finds a missing mark, a needless one, and a plain module that became a client one', () => {
  const marked = new Map(
    [...built].map(([f, c]) => [
      f,
      f.startsWith('card/') || f === 'index.js' || f === 'cases/labels.js'
        ? `${USE_CLIENT}\n${c}`
        : c,
    ]),
  );
  assert.deepEqual(markProblems(marked, ['index.js', 'cases/filter.js', 'cases/withCard.js']), [
    'index.js is plain but marked "use client"',
    'cases/withCard.js needs "use client" and lacks it',
    'cases/withCard.js must stay plain but needs "use client"',
  ]);
});

test('finds a plain module that calls another package’s function from a client module', () => {
  const react = new Map([
    [
      'index.js',
      'import { warnOnce } from "./utils/warnOnce.js";\nimport { labelOf } from "./labels/labels.js";\nexport { labelOf as label, warnOnce };\n',
    ],
    ['utils/warnOnce.js', 'export function warnOnce() {}\n'],
    [
      'labels/labels.js',
      `${USE_CLIENT}\nimport { useContext } from "react";\nexport function labelOf() {}\n`,
    ],
  ]);
  const portal = new Map([
    ['ok.js', 'import { warnOnce } from "@samskap/react";\nexport const a = () => warnOnce();\n'],
    [
      'bad.js',
      'import { label, warnOnce as warn } from "@samskap/react";\nexport const b = () => label(warn);\n',
    ],
  ]);
  assert.deepEqual(crossPackageProblems(portal, { '@samskap/react': react }), [
    'bad.js uses label from @samskap/react, whose labels/labels.js is marked "use client"',
  ]);
});
