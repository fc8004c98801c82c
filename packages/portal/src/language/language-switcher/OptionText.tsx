import { VisuallyHidden } from '@samskap/react';
import type { LanguageOption } from './useLanguageSwitcher.js';

/** The option's content: the language's name, preceded by "Change language to" in it, unseen. */
export function OptionText({ option }: { option: LanguageOption }) {
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
