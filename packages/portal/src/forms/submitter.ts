import type { FormEvent } from 'react';

/**
 * The answer a form was sent with, for a form whose submit buttons carry it (`name` and `value`,
 * so a plain HTML post has it too). With one of `choices`, the browser's post is stopped so the
 * script can send it; with anything else the form posts as it would without scripts.
 */
export function takeChoice<Choice extends string>(
  event: FormEvent<HTMLFormElement>,
  choices: readonly Choice[],
): Choice | undefined {
  const value = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
  const choice = choices.find((c) => c === value);
  if (choice !== undefined) event.preventDefault();
  return choice;
}
