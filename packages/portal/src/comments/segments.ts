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
const openerOf: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

// Sentence punctuation after an address is not part of it, but a closing bracket that closes one
// inside the address is (Wikipedia-style addresses).
function trimUrl(raw: string): string {
  let url = raw;
  while (url.length > 0) {
    const ch = url[url.length - 1] as string;
    if (!trailingPunctuation.includes(ch)) break;
    const opener = openerOf[ch];
    if (opener && count(url, opener) >= count(url, ch)) break;
    url = url.slice(0, -1);
  }
  return url;
}

function pushText(out: BodySegment[], text: string) {
  if (text.length === 0) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/**
 * Splits a plain-text body into text, line breaks and links. Nothing in the body can become an
 * element or attribute other than these: the caller renders text as text.
 */
export function bodySegments(body: unknown, check: UrlCheck): BodySegment[] {
  if (typeof body !== 'string' || body.length === 0) return [];
  const out: BodySegment[] = [];
  const lines = body.split(/\r\n|\r|\n/u);
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
