import type { LocaleCode } from '@samskap/i18n';
import { Current, Item, List, Option } from './LanguageSwitcher.styles.js';
import { OptionText } from './OptionText.js';
import type { LanguageOption } from './useLanguageSwitcher.js';

/** Every language as a list of links (or buttons without `hrefFor`): for wide headers. */
export function LinksVariant({
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
