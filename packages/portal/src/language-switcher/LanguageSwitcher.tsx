import type { LocaleCode } from '@samskap/i18n';
import { Button, useSamskapLocale, VisuallyHidden } from '@samskap/react';
import {
  type FocusEvent,
  type FormEvent,
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import {
  Current,
  Item,
  List,
  MenuItem,
  MenuList,
  MenuRoot,
  Option,
  Select,
  SelectForm,
  SelectLabel,
  SelectRow,
} from './LanguageSwitcher.styles.js';
import {
  type LanguageOption,
  type LanguageSwitcherPersist,
  useLanguageSwitcher,
} from './useLanguageSwitcher.js';

export type { LanguageSwitcherPersist };

export type LanguageSwitcherVariant = 'links' | 'menu' | 'select';

export interface LanguageSwitcherLabels {
  /** The accessible name of the navigation landmark. */
  label: string;
  /** The menu variant's button text; `{{code}}` is the current language's code. */
  menuButton: string;
  /** The select variant's visible label. */
  selectLabel: string;
  /** The select variant's button that applies the choice. */
  apply: string;
}

export interface LanguageSwitcherProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /**
   * How the languages are offered: `links` (a list, for multi-page sites and wide headers),
   * `menu` (a button that opens the list, for single-page apps and tight headers), or `select`
   * (a native select with a button, for the tightest spaces).
   * @default 'links'
   */
  variant?: LanguageSwitcherVariant;
  /**
   * The languages to offer, in order.
   * @default every shipped and registered locale: ['nb', 'nn', 'en', ...]
   */
  locales?: readonly LocaleCode[];
  /**
   * The URL of this page in another language. Gives real links (with `hreflang` and
   * `rel="alternate"`) for multi-page sites; the select variant goes there on apply.
   */
  hrefFor?: (locale: LocaleCode) => string;
  /**
   * Called when the reader picks a language, and on load with a remembered choice (see
   * `persist`). The host sets the provider's `locale` here. With `hrefFor`, it is called before
   * the link is followed.
   */
  onChange?: (locale: LocaleCode) => void;
  /**
   * Also set `lang` and `dir` on `<html>` to the chosen (and the current) language, for apps
   * whose whole page follows the switcher.
   * @default false
   */
  syncHtmlLang?: boolean;
  /**
   * Remember the reader's choice in `localStorage` or a cookie, and restore it on the next load
   * by calling `onChange`. A stored value that is not offered is ignored.
   * @default false
   */
  persist?: LanguageSwitcherPersist;
  /**
   * The storage key or cookie name for `persist`.
   * @default 'samskap-locale'
   */
  storageKey?: string;
  /** Overrides of the built-in strings. */
  labels?: Partial<LanguageSwitcherLabels>;
}

/** The option's content: the language's name, preceded by "Change language to" in it, unseen. */
function OptionText({ option }: { option: LanguageOption }) {
  return (
    <>
      {/* Marked with its own language when it fell back to another one, so that a screen
          reader does not read bokmål with a Sámi voice. */}
      <VisuallyHidden
        lang={option.changeToTag === option.info.tag ? undefined : option.changeToTag}
      >
        {option.changeTo}
      </VisuallyHidden>{' '}
      {option.info.nativeName}
    </>
  );
}

function LinksVariant({
  options,
  choose,
}: {
  options: LanguageOption[];
  choose: (code: LocaleCode) => void;
}) {
  return (
    <List>
      {options.map((option) => {
        const { code, info, href } = option;
        if (option.isCurrent) {
          return (
            <Item key={code}>
              <Current aria-current="true" lang={info.tag} dir={info.dir}>
                {info.nativeName}
              </Current>
            </Item>
          );
        }
        if (href !== undefined) {
          return (
            <Item key={code}>
              <Option
                href={href}
                lang={info.tag}
                dir={info.dir}
                hrefLang={info.hreflang}
                rel="alternate"
                onClick={() => choose(code)}
              >
                <OptionText option={option} />
              </Option>
            </Item>
          );
        }
        return (
          <Item key={code}>
            <Option
              as="button"
              type="button"
              lang={info.tag}
              dir={info.dir}
              onClick={() => choose(code)}
            >
              <OptionText option={option} />
            </Option>
          </Item>
        );
      })}
    </List>
  );
}

function itemsIn(list: HTMLElement | null): HTMLElement[] {
  return [...(list?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
}

function MenuVariant({
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

function SelectVariant({
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
  const id = useId();
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
      <SelectLabel htmlFor={id}>{label}</SelectLabel>
      <SelectRow>
        <Select id={id} value={selected} onChange={(e) => setSelected(e.target.value)}>
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

/**
 * Lets the reader switch language. Language names are written in their own language, each
 * marked with its `lang`, and never shown as flags. Three variants share one behaviour:
 * `links`, `menu` and `select`.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher(
    {
      variant = 'links',
      locales,
      hrefFor,
      onChange,
      syncHtmlLang,
      persist,
      storageKey,
      labels,
      ...rest
    },
    ref,
  ) {
    const { t } = useSamskapLocale();
    const { current, options, choose } = useLanguageSwitcher({
      locales,
      hrefFor,
      onChange,
      syncHtmlLang,
      persist,
      storageKey,
    });
    const code = current.toUpperCase();
    return (
      <nav
        ref={ref}
        aria-label={labels?.label ?? t('languageSwitcher.label')}
        data-variant={variant}
        {...rest}
      >
        {variant === 'menu' ? (
          <MenuVariant
            options={options}
            choose={choose}
            buttonText={
              labels?.menuButton?.replace('{{code}}', code) ??
              t('languageSwitcher.menuButton', { code })
            }
          />
        ) : variant === 'select' ? (
          <SelectVariant
            options={options}
            current={current}
            choose={choose}
            label={labels?.selectLabel ?? t('languageSwitcher.selectLabel')}
            apply={labels?.apply ?? t('languageSwitcher.apply')}
          />
        ) : (
          <LinksVariant options={options} choose={choose} />
        )}
      </nav>
    );
  },
);
