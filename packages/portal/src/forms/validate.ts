// Deliberately loose: something@something.something, no spaces. The server has the last word.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Whether a text looks like an email address. Every form checks email the same way. */
export function isEmailLike(value: string): boolean {
  return value.length <= 254 && emailPattern.test(value);
}
