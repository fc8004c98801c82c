import type { Plugin } from 'vite';

/**
 * Minifies the CSS text of one static part of a styled-components template: drops comments,
 * collapses whitespace, and removes it around `{`, `}`, `;` and `,`. Quoted strings are kept as
 * they are. Whitespace at either end is kept as one space, because it may separate a value
 * from an interpolation (`border: ${width} solid`). Linear in the input.
 */
export function minifyCssText(text: string): string {
  let out = '';
  let i = 0;
  let space = false;
  const tight = '{};,';
  // The text since the last `;`, `{` or `}` is a property name and its colon.
  const declaration = /^\s*-{0,2}[a-zA-Z][\w-]*:$/;
  let segment = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      space = true;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      space = true;
      i++;
      continue;
    }
    if (space) {
      const prev = out[out.length - 1];
      // One space stays unless a tight character is on either side of it, or it follows the
      // colon of a declaration (`color: red`; not a selector's `& :focus`).
      if (out === '') out += ' ';
      else if (prev !== undefined && !tight.includes(prev) && !tight.includes(c)) {
        if (!(prev === ':' && declaration.test(out.slice(segment)))) out += ' ';
      }
      space = false;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    if (tight.includes(c)) segment = out.length;
    i++;
  }
  if (space) out += ' ';
  return out;
}

const tag =
  /\b(?:styled(?:\.\w+|\([^()`]*\))(?:\.attrs\([^`]*?\))?|css|keyframes|createGlobalStyle)\s*`/g;

/**
 * Minifies the static CSS of every tagged styled-components template in a module. Scans each
 * template to its closing backtick, leaving `${...}` expressions untouched.
 */
export function minifyStyledTemplates(code: string): string {
  let out = '';
  let last = 0;
  tag.lastIndex = 0;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    let i = m.index + m[0].length;
    out += code.slice(last, i);
    let quasi = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        quasi += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += minifyCssText(quasi);
        quasi = '';
        let depth = 0;
        const start = i;
        do {
          if (code[i] === '{') depth++;
          else if (code[i] === '}') depth--;
          i++;
        } while (i < code.length && depth > 0);
        out += code.slice(start, i);
      } else {
        quasi += code[i];
        i++;
      }
    }
    out += minifyCssText(quasi);
    last = i;
    tag.lastIndex = i + 1;
  }
  return out + code.slice(last);
}

/** The build step: minified component styles in the published JS, same CSS after stylis. */
export function minifyStyledCss(): Plugin {
  return {
    name: 'samskap:minify-styled-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('styled-components')) return null;
      return { code: minifyStyledTemplates(code), map: null };
    },
  };
}
