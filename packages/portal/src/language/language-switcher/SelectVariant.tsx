import type { LocaleCode } from '@samskap/i18n';
import { Button, Select } from '@samskap/react';
import { type FormEvent, useEffect, useState } from 'react';
import { SelectForm, SelectRow } from './LanguageSwitcher.styles.js';
import type { LanguageOption } from './useLanguageSwitcher.js';

/**
 * A select with a button that applies the choice: for the tightest spaces. Built on the Select
 * primitive, so it has its label, focus ring and forced-colors styles.
 */
export function SelectVariant({
  options,
  current,
  choose,
  label,
  apply,
}: {
  options: LanguageOption[];
  current: string;
  choose: (code: LocaleCode) => void;
  label: string;
  apply: string;
}) {
  const [selected, setSelected] = useState<string>(current);
  useEffect(() => setSelected(current), [current]);
  // The choice applies on the button, not on change: switching language as the reader arrows
  // through the options would change the page under them (WCAG 3.2.2).
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const option = options.find((o) => o.code === selected);
    if (!option || option.isCurrent) return;
    choose(option.code);
    if (option.href !== undefined) window.location.assign(option.href);
  };
  return (
    <SelectForm onSubmit={onSubmit}>
      <SelectRow>
        <Select label={label} value={selected} onChange={(e) => setSelected(e.target.value)}>
          {options.map(({ code, info }) => (
            <option key={code} value={code} lang={info.tag} dir={info.dir}>
              {info.nativeName}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" size="sm">
          {apply}
        </Button>
      </SelectRow>
    </SelectForm>
  );
}
