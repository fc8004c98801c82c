import type { LocaleCode } from '@samskap/i18n';
import { Button } from '@samskap/react';
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { MenuItem, MenuList, MenuRoot } from './LanguageSwitcher.styles.js';
import { OptionText } from './OptionText.js';
import type { LanguageOption } from './useLanguageSwitcher.js';

function itemsIn(list: HTMLElement | null): HTMLElement[] {
  return [...(list?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
}

/** A button that opens the list of languages: for tight headers and single-page apps. */
export function MenuVariant({
  options,
  choose,
  buttonText,
}: {
  options: LanguageOption[];
  choose: (code: LocaleCode) => void;
  buttonText: string;
}) {
  const [open, setOpen] = useState(false);
  // Which item gets focus when the list opens: the current language, or the first or last
  // when the list was opened with the arrow keys.
  const [focusOnOpen, setFocusOnOpen] = useState<'current' | 'first' | 'last' | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open || !focusOnOpen) return;
    const all = itemsIn(listRef.current);
    const target =
      focusOnOpen === 'first'
        ? all[0]
        : focusOnOpen === 'last'
          ? all[all.length - 1]
          : (all.find((el) => el.getAttribute('aria-current') === 'true') ?? all[0]);
    target?.focus();
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);

  const openWith = (where: 'current' | 'first' | 'last') => {
    setOpen(true);
    setFocusOnOpen(where);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openWith(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onListKeyDown = (event: KeyboardEvent) => {
    const all = itemsIn(listRef.current);
    const index = all.indexOf(document.activeElement as HTMLElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % all.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + all.length) % all.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (next !== undefined) {
      event.preventDefault();
      all[next]?.focus();
    }
  };

  // Focus leaving the whole widget (Tab past the list, a click elsewhere) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  const pick = (option: LanguageOption) => {
    if (!option.isCurrent) choose(option.code);
    // A link navigates; a button keeps the page, so focus goes back to the menu's button.
    close(option.href === undefined);
  };

  return (
    <MenuRoot onBlur={onBlur}>
      <Button
        ref={buttonRef}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => (open ? close(false) : openWith('current'))}
        onKeyDown={onButtonKeyDown}
      >
        {buttonText}
      </Button>
      <MenuList ref={listRef} id={listId} hidden={!open} onKeyDown={onListKeyDown}>
        {options.map((option) => {
          const { code, info, href } = option;
          const content = option.isCurrent ? info.nativeName : <OptionText option={option} />;
          return (
            <li key={code}>
              {href !== undefined ? (
                <MenuItem
                  data-item=""
                  href={href}
                  lang={info.tag}
                  dir={info.dir}
                  hrefLang={info.hreflang}
                  rel="alternate"
                  aria-current={option.isCurrent ? 'true' : undefined}
                  onClick={() => pick(option)}
                >
                  {content}
                </MenuItem>
              ) : (
                <MenuItem
                  as="button"
                  type="button"
                  data-item=""
                  lang={info.tag}
                  dir={info.dir}
                  aria-current={option.isCurrent ? 'true' : undefined}
                  onClick={() => pick(option)}
                >
                  {content}
                </MenuItem>
              )}
            </li>
          );
        })}
      </MenuList>
    </MenuRoot>
  );
}
