// React 18's server renderer escapes the text of a <style> element like any other text (`"` to
// `&quot;`), and the browser does not decode entities inside <style>. So a theme rendered by
// React 18 on the server had broken selectors (`[data-sk-theme=&quot;default&quot;]`), the page
// showed no theme until hydration, and hydration then failed on the text and re-rendered the
// whole root on the client. React 19 writes <style> text as it is. This rewrites the CSS so it
// holds none of the characters React 18 escapes, with the same meaning.

// Quoted font names that would read as a keyword once unquoted: their first letter is escaped,
// which keeps them names (an escaped keyword is not a keyword).
const keywords = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
  'inherit',
  'initial',
  'unset',
  'revert',
  'revert-layer',
]);

const hex = (ch: string) => `\\${(ch.codePointAt(0) ?? 0).toString(16)} `;

/** A CSS string's content as one identifier: `Segoe UI` -> `Segoe\20 UI`. */
function identifier(content: string): string {
  // An escape inside the string means the same inside an identifier, except an escaped quote,
  // which would leave a quote in the text.
  const body = content.replace(/\\["']|[^A-Za-z0-9_\-\\\u0080-\uffff]/g, (m) =>
    hex(m.at(-1) ?? ''),
  );
  if (body === '') return '\\0 ';
  const first = body[0] as string;
  const startsBadly = /[0-9]/.test(first) || (first === '-' && /[0-9]/.test(body[1] ?? ''));
  return startsBadly || keywords.has(content.toLowerCase()) ? hex(first) + body.slice(1) : body;
}

// Comments (closed or not), quoted strings (closed or not), and the markup characters.
const token = /\/\*[\s\S]*?(?:\*\/|$)|"(?:\\[\s\S]|[^"\\\n])*"?|'(?:\\[\s\S]|[^'\\\n])*'?|[&<>]/g;

/**
 * The same CSS without `" ' & < >`: quoted strings become identifiers (attribute selector
 * values and font names accept either), comments go, and any other of those characters is
 * written as a CSS escape. Linear in the length.
 */
export function rawTextCss(css: string): string {
  return css.replace(token, (m) => {
    if (m.startsWith('/*')) return '';
    if (m === '&' || m === '<' || m === '>') return hex(m);
    const quote = m[0] as string;
    const content =
      m.length > 1 && m.endsWith(quote) && !m.endsWith(`\\${quote}`) ? m.slice(1, -1) : m.slice(1);
    return identifier(content);
  });
}
