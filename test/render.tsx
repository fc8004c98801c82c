import { SamskapProvider, type SamskapProviderProps } from '@samskap/react';
import { type RenderOptions, type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';

export const locales = ['nb', 'nn', 'en'] as const;

/** Renders inside a SamskapProvider in the given locale. */
export function renderIn(
  locale: (typeof locales)[number],
  ui: ReactElement,
  providerProps: Omit<SamskapProviderProps, 'locale' | 'children'> = {},
  options?: RenderOptions,
): RenderResult {
  return render(
    <SamskapProvider locale={locale} {...providerProps}>
      {ui}
    </SamskapProvider>,
    options,
  );
}
