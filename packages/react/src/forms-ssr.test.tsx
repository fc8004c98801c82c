// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('form primitives on the server', () => {
  it('import without a document and render to HTML with their wiring', async () => {
    expect(typeof document).toBe('undefined');
    const r = await import('./index.js');
    r.announce('ignored on the server');
    expect(r.focusField('x')).toBe(false);
    const html = renderToString(
      <r.SamskapProvider locale="nn">
        <r.ErrorSummary errors={[{ target: 'navn', message: 'Skriv namnet ditt' }]} />
        <r.TextField id="navn" label="Namn" error="Skriv namnet ditt" />
        <r.Textarea label="Forslag" characterLimit={10} defaultValue="abc" />
        <r.RadioGroup legend="Svar" name="svar">
          <r.Radio label="Ja" value="ja" />
        </r.RadioGroup>
        <r.CheckboxGroup legend="Tema" name="tema">
          <r.Checkbox label="Skule" value="skule" />
        </r.CheckboxGroup>
        <r.Select label="Kommune" placeholder="Vel">
          <option value="1">Bergen</option>
        </r.Select>
      </r.SamskapProvider>,
    );
    expect(html).toContain('Rett opp dette før du går vidare');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Du har 7 teikn att');
    expect(html).toContain('<fieldset');
  });
});
