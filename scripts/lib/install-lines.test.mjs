// Run with `node --test scripts/lib/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingFromInstallLine, packageOf } from './install-lines.mjs';

const fence = '```';
const doc = (install, code) =>
  `# x\n\n${fence}sh\n${install}\n${fence}\n\n${fence}tsx\n${code}\n${fence}\n`;

test('subpath imports count as their package', () => {
  assert.equal(packageOf('@samskap/portal/sample-data'), '@samskap/portal');
  assert.equal(packageOf('react-dom/server'), 'react-dom');
});

test('an install line that names every import passes', () => {
  const md = doc(
    'pnpm add @samskap/portal @samskap/react react',
    "import { CaseList } from '@samskap/portal';\nimport { SamskapProvider } from '@samskap/react';\nimport { useState } from 'react';",
  );
  assert.deepEqual(missingFromInstallLine(md), []);
});

test('an import of a package the install line leaves out is reported', () => {
  const md = doc(
    'pnpm add @samskap/react',
    "import { createTheme } from '@samskap/tokens';\nimport './local';",
  );
  assert.deepEqual(missingFromInstallLine(md), ['@samskap/tokens']);
});
