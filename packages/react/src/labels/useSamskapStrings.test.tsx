import { resources, themeBuilderStrings } from '@samskap/i18n';
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { SamskapProvider } from '../provider/SamskapProvider.js';
import { useLabels } from './useLabels.js';
import { useSamskapStrings } from './useSamskapStrings.js';

const keys = { heading: 'themeBuilder.heading', name: 'themeBuilder.form.name' } as const;

function Builder() {
  useSamskapStrings('themeBuilder', themeBuilderStrings);
  const label = useLabels(keys);
  return (
    <>
      <h2>{label('heading')}</h2>
      <p>{label('name')}</p>
    </>
  );
}

describe('useSamskapStrings', () => {
  it.each([
    ['nb', 'Lag et tema'],
    ['nn', 'Lag eit tema'],
    ['en', resources.en.themeBuilder.heading],
  ] as const)('in %s the deferred strings show on the first render: "%s"', (locale, text) => {
    renderIn(locale, <Builder />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(text);
  });

  it('server rendering is synchronous and shows no key', () => {
    const html = renderToString(
      <SamskapProvider locale="nn">
        <Builder />
      </SamskapProvider>,
    );
    expect(html).toContain('Lag eit tema');
    expect(html).not.toContain('themeBuilder.');
  });

  it("keeps the provider's translations on a host's instance, which it leaves alone", () => {
    const host = i18next.createInstance();
    void host.init({ lng: 'en', resources: {}, initAsync: false });
    // What the area itself adds (its form strings): an event would re-render the provider.
    let areaEvents = 0;
    // i18next types the listener with two arguments; it is called with the resources third.
    const onAdded = (...args: unknown[]) => {
      const res = args[2] as { themeBuilder?: { form?: object } } | undefined;
      if (res?.themeBuilder?.form) areaEvents++;
    };
    host.store.on('added', onAdded);
    renderIn('nb', <Builder />, {
      i18n: host,
      translations: { nb: { themeBuilder: { heading: 'Lag temaet til kommunen' } } },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Lag temaet til kommunen');
    expect(screen.getByText(resources.nb.themeBuilder.form.name)).toBeInTheDocument();
    expect(host.language).toBe('en');
    expect(areaEvents).toBe(0);
  });
});
