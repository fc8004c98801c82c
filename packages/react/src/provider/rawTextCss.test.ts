import { defaultTheme, themeToCss } from '@samskap/tokens';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../../../test/linear.js';
import { rawTextCss } from './rawTextCss.js';

describe('rawTextCss', () => {
  it('leaves none of the characters React 18 escapes in a theme', () => {
    const css = rawTextCss(themeToCss(defaultTheme, { selector: '[data-sk-theme="default"]' }));
    expect(css).not.toMatch(/["'&<>]/);
    expect(css).toContain('[data-sk-theme=default][data-color-scheme=dark] {');
  });

  it('writes quoted font names as identifiers and keeps a quoted keyword a name', () => {
    expect(rawTextCss("--f: system-ui, 'Segoe UI', 'SFMono-Regular', 'serif';")).toBe(
      '--f: system-ui, Segoe\\20 UI, SFMono-Regular, \\73 erif;',
    );
  });

  it('escapes a name that starts with a digit and markup characters outside strings', () => {
    expect(rawTextCss('[a="3d"] { --x: a&b<c>d; }')).toBe(
      '[a=\\33 d] { --x: a\\26 b\\3c c\\3e d; }',
    );
  });

  it('is linear in the length of hostile input', () => {
    expectLinear((n) => `"${'\\"'.repeat(n)}/*${"'".repeat(n)}`, rawTextCss, { n: 20_000 });
  });
});
