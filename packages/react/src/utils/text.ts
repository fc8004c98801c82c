/**
 * The one rule for how long a text is, used by the Textarea's visible counter and by every
 * length check in form validation, so the counter and the error never disagree: the number of
 * Unicode code points after NFC normalisation. An emoji counts as one, and an "å" typed as "a"
 * plus a combining ring counts as one, as it looks. A server applying the same limit should
 * count the same way (`char_length` in PostgreSQL counts code points; normalise to NFC first).
 *
 * Linear in the length of the text.
 */
export function countCharacters(text: string): number {
  const normalised = text.normalize('NFC');
  let n = 0;
  for (const _ of normalised) n++;
  return n;
}
