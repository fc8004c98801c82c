export {
  type ColorRef,
  type ContrastPair,
  type ContrastResult,
  checkContrast,
  colorAt,
  contrastPairs,
  contrastReport,
  formatContrastResult,
} from './check.js';
export { contrastRatio, parseHex, relativeLuminance } from './contrast.js';
export {
  type CreateThemeOptions,
  createTheme,
  type GeneratedTheme,
  type RadiusStyle,
  radiusStyles,
  type ThemeAdjustment,
  type ThemeAdjustmentPair,
  ThemeOptionError,
} from './create.js';
export {
  colorVariables,
  cssVar,
  cssVarPrefix,
  reducedMotionDuration,
  type ThemeCssOptions,
  themeToCss,
  themeVariables,
} from './css.js';
export { designsystemetSteps, designsystemetTheme } from './designsystemet.js';
export { type DtcgGroup, type DtcgToken, flattenTokens } from './dtcg.js';
export { exampleThemes } from './examples.js';
export { type ThemeFile, type ThemeFiles, themeFiles, themeToDtcg } from './files.js';
export { hexToOklch, type Oklch, oklchToHex } from './oklch.js';
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
export { cssValueProblem, fontFamilyProblem, ThemeError, validateTheme } from './validate.js';
