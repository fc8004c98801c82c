// Runs after the JS build: writes each shipped theme as a CSS file and the flat token JSON,
// from the built module so the CSS can never drift from what createTheme/themeToCss produce.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const tokens = await import(resolve(dist, 'index.js'));
const themes = [
  tokens.defaultTheme,
  ...Object.values(tokens.exampleThemes ?? {}),
  ...(tokens.designsystemetTheme ? [tokens.designsystemetTheme] : []),
];
// The samskap-theme command runs straight from a checkout too, not only once npm has linked it.
chmodSync(resolve(dist, 'cli.js'), 0o755);

mkdirSync(resolve(dist, 'css'), { recursive: true });
mkdirSync(resolve(dist, 'json'), { recursive: true });
for (const theme of themes) {
  writeFileSync(resolve(dist, 'css', `${theme.name}.css`), tokens.themeToCss(theme));
  // The same variables as flat JSON, per scheme, for tools that are not CSS (native apps, Figma).
  const json = {
    name: theme.name,
    base: Object.fromEntries(Object.entries(theme.base).map(([k, v]) => [`--sk-${k}`, v])),
    light: tokens.colorVariables(theme.color.light),
    dark: tokens.colorVariables(theme.color.dark),
  };
  writeFileSync(resolve(dist, 'json', `${theme.name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
const flat = {
  base: Object.fromEntries(Object.entries(tokens.defaultTheme.base)),
  light: tokens.colorVariables(tokens.defaultTheme.color.light),
  dark: tokens.colorVariables(tokens.defaultTheme.color.dark),
};
writeFileSync(resolve(dist, 'tokens.json'), `${JSON.stringify(flat, null, 2)}\n`);
console.log(`tokens: wrote ${themes.length} theme(s) as CSS and JSON, and tokens.json`);
