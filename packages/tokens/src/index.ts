export { contrastRatio, parseHex, relativeLuminance } from './contrast.js';
export {
  colorVariables,
  cssVar,
  cssVarPrefix,
  type ThemeCssOptions,
  themeToCss,
  themeVariables,
} from './css.js';
export { type DtcgGroup, type DtcgToken, flattenTokens } from './dtcg.js';
export {
  type ColorScale,
  type ColorScaleName,
  type ColorSchemeName,
  type ColorSchemeTokens,
  type ColorStep,
  colorScaleNames,
  colorSteps,
  defaultTheme,
  type SamskapTheme,
} from './theme.js';
