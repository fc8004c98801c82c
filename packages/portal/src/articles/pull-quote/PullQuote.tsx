import { forwardRef, type HTMLAttributes } from 'react';
import { asText } from '../../shared/data.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import { Quote, QuoteFigure, Source } from './PullQuote.styles.js';

export interface PullQuoteProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The words quoted, as said or written. */
  quote: string;
  /** Who said it. */
  source?: string;
  /** The source's role or organisation: "ordfører i Bodø". */
  sourceRole?: string;
  /** The language of the quote, when not the page's: a quote keeps the language it was said in. */
  language?: string;
}

/**
 * A quote lifted out of an article's text, with whom it is from. The quote is a `blockquote`
 * and its source the figure's caption, so both are read together.
 */
export const PullQuote = forwardRef<HTMLElement, PullQuoteProps>(function PullQuote(
  { quote, source, sourceRole, language, ...rest },
  ref,
) {
  const lang = useContentLanguage(language);
  const text = asText(quote);
  if (!text) return null;
  const who = asText(source);
  const role = asText(sourceRole);
  return (
    <QuoteFigure ref={ref} {...rest}>
      <Quote lang={lang} dir="auto">
        <p>{text}</p>
      </Quote>
      {who ? (
        <Source dir="auto">
          <span aria-hidden="true">— </span>
          {who}
          {role ? (
            <>
              {', '}
              <span lang={lang}>{role}</span>
            </>
          ) : null}
        </Source>
      ) : null}
    </QuoteFigure>
  );
});
