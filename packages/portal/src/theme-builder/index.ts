// Not exported from @samskap/portal: the builder is a Storybook tool, not a shipped pattern.

export {
  type BuilderValues,
  decodeThemeState,
  defaultValues,
  encodeThemeState,
  resolveTheme,
  themeDownloads,
} from './state.js';
export { ThemeBuilder, type ThemeBuilderLabels, type ThemeBuilderProps } from './ThemeBuilder.js';
