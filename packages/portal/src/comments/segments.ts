/** A piece of a comment body, ready to render as text. */
export type BodySegment =
  | { type: 'text'; text: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'break' };

/**
 * Checks a URL found in a body and returns the href to use, or undefined to keep it as text.
 * `CommentThread` passes `safeUrl` from `@samskap/react`.
 */
export type UrlCheck = (url: string) => string | undefined;

// Only web addresses written out in full, or starting with "www.", become links. Anything with
// another scheme (javascript:, data:) is never matched, and a match still goes through the check.
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const trailingPunctuation = '.,;:!?\'"»”’)]}';
const openerOf = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);

/**
 * The longest comment body, in characters, that Samskap renders: the comment form's default
 * limit. A longer body (a server that did not check) is cut here and ends in "…". Apply the
 * same limit on your server.
 */
export const COMMENT_BODY_MAX_LENGTH = 1000;

/** Cuts `text` after `max` characters (code points, as the form counts them), adding "…". */
function cut(text: string, max: number): string {
  // Code units are never fewer than code points, so a short enough string needs no counting.
  if (text.length <= max) return text;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the character before it.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    if (n === max) return `${text.slice(0, i).trimEnd()}…`;
    n++;
  }
  return text;
}

// Sentence punctuation after an address is not part of it, but a closing bracket that closes one
// inside the address is (Wikipedia-style addresses). The brackets are counted once and the counts
// kept up to date while trimming, so a long run of ")" costs one pass, not one pass per ")".
function trimUrl(raw: string): string {
  const opened: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
  const closed: Record<string, number> = { ')': 0, ']': 0, '}': 0 };
  for (const c of raw) {
    if (c === '(' || c === '[' || c === '{') opened[c] = (opened[c] ?? 0) + 1;
    else if (c === ')' || c === ']' || c === '}') closed[c] = (closed[c] ?? 0) + 1;
  }
  let end = raw.length;
  while (end > 0) {
    const ch = raw[end - 1] as string;
    if (!trailingPunctuation.includes(ch)) break;
    const opener = openerOf.get(ch);
    if (opener && (opened[opener] ?? 0) >= (closed[ch] ?? 0)) break;
    if (opener) closed[ch] = (closed[ch] ?? 0) - 1;
    end--;
  }
  return raw.slice(0, end);
}

function pushText(out: BodySegment[], text: string) {
  if (text.length === 0) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/**
 * Splits a plain-text body into text, line breaks and links. Nothing in the body can become an
 * element or attribute other than these: the caller renders text as text. A body longer than
 * `maxLength` characters is cut first, so the work (in the browser and in a server render) is
 * bounded whatever a server sends; it is linear in the length in any case.
 */
export function bodySegments(
  body: unknown,
  check: UrlCheck,
  maxLength: number = COMMENT_BODY_MAX_LENGTH,
): BodySegment[] {
  if (typeof body !== 'string' || body.length === 0) return [];
  const out: BodySegment[] = [];
  const limit =
    Number.isFinite(maxLength) && maxLength > 0 ? Math.floor(maxLength) : COMMENT_BODY_MAX_LENGTH;
  const lines = cut(body, limit).split(/\r\n|\r|\n/u);
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' });
    let last = 0;
    for (const match of line.matchAll(urlPattern)) {
      const start = match.index ?? 0;
      const url = trimUrl(match[0]);
      const candidate = url.toLowerCase().startsWith('www.') ? `https://${url}` : url;
      let href: string | undefined;
      try {
        href = check(candidate);
      } catch {
        href = undefined;
      }
      pushText(out, line.slice(last, start));
      if (href) out.push({ type: 'link', text: url, href });
      else pushText(out, url);
      last = start + url.length;
    }
    pushText(out, line.slice(last));
  });
  return out;
}
