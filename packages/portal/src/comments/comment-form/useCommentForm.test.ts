import { countCharacters, readStored, writeStored } from '@samskap/react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CommentSubmission,
  type CommentSubmitResult,
  type UseCommentFormOptions,
  useCommentForm,
} from './useCommentForm.js';
import { validateComment } from './validate.js';

const DAY = 24 * 60 * 60 * 1000;

/** The draft kept under `key`, as the form would restore it. */
function readDraft(key: string) {
  return readStored(key, { parse: (v) => v as Record<string, unknown> });
}

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(options: Partial<UseCommentFormOptions> = {}) {
  const onSubmit = vi.fn<(s: CommentSubmission) => Promise<CommentSubmitResult | undefined>>(
    async () => undefined,
  );
  const hook = renderHook((props: Partial<UseCommentFormOptions>) =>
    useCommentForm({ guest: true, onSubmit, ...options, ...props }),
  );
  return { ...hook, onSubmit };
}

function fill(result: { current: ReturnType<typeof useCommentForm> }, body = 'Bra forslag') {
  act(() => {
    result.current.setField('name', 'Kari Nordmann');
    result.current.setField('email', 'kari@example.no');
    result.current.setField('body', body);
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('validateComment', () => {
  it('requires name, email and comment from a guest, and only the comment when signed in', () => {
    const blank = { name: ' ', email: '', body: '\n' };
    expect(validateComment(blank, { guest: true })).toEqual({
      name: { code: 'nameRequired' },
      email: { code: 'emailRequired' },
      body: { code: 'bodyRequired' },
    });
    expect(validateComment(blank, { guest: false })).toEqual({ body: { code: 'bodyRequired' } });
  });

  it.each(['kari', 'kari@', '@x.no', 'kari@x', 'ka ri@x.no'])('refuses the email %j', (email) => {
    expect(validateComment({ name: 'K', email, body: 'x' }, { guest: true }).email).toEqual({
      code: 'emailInvalid',
    });
  });

  it.each(['kari@x.no', 'kari.nordmann+sak@post.kommune.no', 'øyvind@æøå.no'])(
    'accepts the email %j',
    (email) => {
      expect(validateComment({ name: 'K', email, body: 'x' }, { guest: true })).toEqual({});
    },
  );

  it('limits the comment to 1000 characters by default, counting characters as people do', () => {
    expect(
      validateComment({ name: '', email: '', body: 'a'.repeat(1000) }, { guest: false }),
    ).toEqual({});
    expect(
      validateComment({ name: '', email: '', body: 'a'.repeat(1001) }, { guest: false }),
    ).toEqual({ body: { code: 'bodyTooLong', max: 1000, length: 1001 } });
    expect(
      validateComment({ name: '', email: '', body: 'abcd' }, { guest: false, maxLength: 3 }),
    ).toEqual({ body: { code: 'bodyTooLong', max: 3, length: 4 } });
    expect(countCharacters('😀å')).toBe(2);
    expect(countCharacters('a\u030a')).toBe(1);
  });
});

describe('useCommentForm: submitting', () => {
  it('does not send an invalid form, and counts the attempt so the summary can take focus', async () => {
    const { result, onSubmit } = setup();
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('invalid');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(result.current.status).toBe('invalid');
    expect(result.current.attempt).toBe(1);
    expect(Object.keys(result.current.errors).sort()).toEqual(['body', 'email', 'name']);
  });

  it('clears a field error as soon as the field is right', async () => {
    const { result } = setup();
    await act(async () => {
      await result.current.submit();
    });
    act(() => result.current.setField('email', 'kari@'));
    expect(result.current.errors.email).toEqual({ code: 'emailInvalid' });
    act(() => result.current.setField('email', 'kari@x.no'));
    expect(result.current.errors.email).toBeUndefined();
    expect(result.current.errors.name).toEqual({ code: 'nameRequired' });
  });

  it('is busy while onSubmit runs, and ignores a second submit', async () => {
    const { result, onSubmit } = setup();
    const server = deferred<undefined>();
    onSubmit.mockReturnValueOnce(server.promise);
    fill(result);
    let first: Promise<string> | undefined;
    let second: string | undefined;
    act(() => {
      first = result.current.submit();
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      second = await result.current.submit();
    });
    expect(second).toBe('ignored');
    act(() => result.current.setField('body', 'changed while sending'));
    expect(result.current.values.body).toBe('Bra forslag');
    await act(async () => {
      server.resolve(undefined);
      await first;
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      body: 'Bra forslag',
      remember: false,
    });
    expect(result.current.status).toBe('succeeded');
  });

  it('keeps every character when the server fails, and sends them again on retry', async () => {
    const { result, onSubmit } = setup({ draftKey: 'd' });
    const text = '  Første linje\n\nAndre linje med æøå og 😀  ';
    fill(result, text);
    onSubmit.mockRejectedValueOnce(new Error('503'));
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('failed');
    expect(result.current.status).toBe('failed');
    expect(result.current.values).toMatchObject({
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      body: text,
    });
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('succeeded');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]?.[0].body).toBe(text.trim());
  });

  it("shows the server's field errors on the fields and keeps the text", async () => {
    const { result, onSubmit } = setup();
    fill(result);
    onSubmit.mockResolvedValueOnce({ fieldErrors: { email: 'Adressa finst ikkje', name: ' ' } });
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('server-errors');
    expect(result.current.errors).toEqual({
      email: { code: 'server', message: 'Adressa finst ikkje' },
    });
    expect(result.current.values.body).toBe('Bra forslag');
    act(() => result.current.setField('email', 'kari@annan.no'));
    expect(result.current.errors.email).toBeUndefined();
  });

  it('clears the form after success and sends parentId and alignment', async () => {
    const { result, onSubmit } = setup({ parentId: 'c1' });
    fill(result);
    act(() => result.current.setField('alignment', 'against'));
    await act(async () => {
      await result.current.submit();
    });
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ parentId: 'c1', alignment: 'against' });
    expect(result.current.values).toMatchObject({ name: '', email: '', body: '' });
    expect(result.current.values.alignment).toBeUndefined();
  });

  it('sends the signed-in user and does not ask for name or email', async () => {
    const { result, onSubmit } = setup({ guest: false, user: { name: 'Ola', email: 'o@x.no' } });
    act(() => result.current.setField('body', 'Hei'));
    await act(async () => {
      await result.current.submit();
    });
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      name: 'Ola',
      email: 'o@x.no',
      body: 'Hei',
    });
  });

  it('tells the host when the honeypot is filled, sends nothing, keeps the draft and does not remember the author', async () => {
    const onTrap = vi.fn();
    const { result, onSubmit } = setup({ draftKey: 'sak-9', draftDelay: 0, onTrap });
    fill(result);
    act(() => result.current.setField('remember', true));
    act(() => result.current.setField('trap', 'http://spam.example'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('trapped');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onTrap).toHaveBeenCalledWith({
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      body: 'Bra forslag',
      remember: true,
    });
    // Never "published" while nobody heard of it.
    expect(result.current.status).toBe('trapped');
    expect(result.current.values.body).toBe('Bra forslag');
    expect(readDraft('sak-9')).toEqual({ body: 'Bra forslag' });
    expect(localStorage.getItem('samskap:comment-author')).toBeNull();
  });
});

describe('useCommentForm: drafts', () => {
  it('saves the text after a pause in typing, not on every keystroke', () => {
    vi.useFakeTimers();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { result } = setup({ draftKey: 'sak-42' });
    act(() => result.current.setField('body', 'H'));
    act(() => result.current.setField('body', 'He'));
    act(() => result.current.setField('body', 'Hei'));
    expect(localStorage.getItem('sak-42')).toBeNull();
    act(() => vi.advanceTimersByTime(500));
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(readDraft('sak-42')).toEqual({ body: 'Hei' });
    setItem.mockRestore();
  });

  it('never writes the name or email into the draft', () => {
    vi.useFakeTimers();
    const { result } = setup({ draftKey: 'sak-42' });
    fill(result);
    act(() => vi.advanceTimersByTime(500));
    const raw = localStorage.getItem('sak-42') ?? '';
    expect(raw).toContain('Bra forslag');
    expect(raw).not.toContain('kari@example.no');
    expect(raw).not.toContain('Nordmann');
  });

  it('writes pending keystrokes when the form unmounts (a reload, a closed tab)', () => {
    vi.useFakeTimers();
    const { result, unmount } = setup({ draftKey: 'sak-42' });
    act(() => result.current.setField('body', 'Nesten ferdig'));
    unmount();
    expect(readDraft('sak-42')).toEqual({ body: 'Nesten ferdig' });
  });

  it('restores a draft on mount, says so, and can discard it', () => {
    writeStored('sak-42', { body: 'Gamal tekst', alignment: 'for' });
    const { result } = setup({ draftKey: 'sak-42' });
    expect(result.current.values.body).toBe('Gamal tekst');
    expect(result.current.values.alignment).toBe('for');
    expect(result.current.draftRestored).toBe(true);
    act(() => result.current.discardDraft());
    expect(result.current.values.body).toBe('');
    expect(result.current.draftRestored).toBe(false);
    expect(localStorage.getItem('sak-42')).toBeNull();
  });

  it.each([
    ['corrupt JSON', '{"kind":'],
    ['another app’s value', JSON.stringify({ body: 'x' })],
    ['a plain string', '"hei"'],
    ['a future version', JSON.stringify({ kind: 'samskap-comment-draft', v: 2, body: 'x' })],
    ['a body that is not text', JSON.stringify({ kind: 'samskap-comment-draft', v: 1, body: 5 })],
    ['null', 'null'],
  ])('ignores %s under the key', (_, raw) => {
    localStorage.setItem('sak-42', raw);
    const { result } = setup({ draftKey: 'sak-42' });
    expect(result.current.values.body).toBe('');
    expect(result.current.draftRestored).toBe(false);
  });

  it('keeps working when storage throws', async () => {
    const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const { result, unmount } = setup({ draftKey: 'sak-42' });
    fill(result);
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.status).toBe('succeeded');
    expect(() => unmount()).not.toThrow();
    get.mockRestore();
    set.mockRestore();
  });

  it('removes the draft only after a successful submit', async () => {
    const { result, onSubmit } = setup({ draftKey: 'sak-42', draftDelay: 0 });
    fill(result);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(readDraft('sak-42')).toEqual({ body: 'Bra forslag' });
    onSubmit.mockRejectedValueOnce(new Error('offline'));
    await act(async () => {
      await result.current.submit();
    });
    expect(readDraft('sak-42')).toEqual({ body: 'Bra forslag' });
    onSubmit.mockResolvedValueOnce({ fieldErrors: { body: 'Nei' } });
    await act(async () => {
      await result.current.submit();
    });
    expect(readDraft('sak-42')).toEqual({ body: 'Bra forslag' });
    await act(async () => {
      await result.current.submit();
    });
    expect(localStorage.getItem('sak-42')).toBeNull();
  });
});

describe('useCommentForm: remember me', () => {
  it('keeps name and email only when ticked, and fills them in next time', async () => {
    const first = setup();
    fill(first.result);
    act(() => first.result.current.setField('remember', true));
    await act(async () => {
      await first.result.current.submit();
    });
    first.unmount();
    const second = setup();
    expect(second.result.current.values).toMatchObject({
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      remember: true,
    });
    act(() => second.result.current.setField('remember', false));
    act(() => second.result.current.setField('body', 'Igjen'));
    await act(async () => {
      await second.result.current.submit();
    });
    second.unmount();
    const third = setup();
    expect(third.result.current.values).toMatchObject({ name: '', email: '', remember: false });
  });
});

describe('useCommentForm: drafts belong to one form (issue 11, item 5)', () => {
  it('changing draftKey without remounting puts the text away under the old key and never carries it to the new one', () => {
    vi.useFakeTimers();
    const { result, rerender } = setup({ draftKey: 'case-1' });
    act(() => result.current.setField('body', 'Om sak 1'));
    rerender({ draftKey: 'case-2' });
    expect(result.current.values.body).toBe('');
    expect(readDraft('case-1')).toEqual({ body: 'Om sak 1' });
    act(() => result.current.setField('body', 'Om sak 2'));
    act(() => vi.advanceTimersByTime(500));
    expect(readDraft('case-2')).toEqual({ body: 'Om sak 2' });
    expect(readDraft('case-1')).toEqual({ body: 'Om sak 1' });
    rerender({ draftKey: 'case-1' });
    expect(result.current.values.body).toBe('Om sak 1');
    expect(result.current.draftRestored).toBe(true);
  });

  it('gives reply forms that share a draftKey a draft each, so a reply never opens under the wrong comment', () => {
    vi.useFakeTimers();
    const first = setup({ draftKey: 'thread-7', parentId: 'c1' });
    act(() => first.result.current.setField('body', 'Svar til c1'));
    first.unmount();
    const second = setup({ draftKey: 'thread-7', parentId: 'c2' });
    expect(second.result.current.values.body).toBe('');
    expect(second.result.current.draftRestored).toBe(false);
    second.unmount();
    const again = setup({ draftKey: 'thread-7', parentId: 'c1' });
    expect(again.result.current.values.body).toBe('Svar til c1');
  });

  it('lets only one of two mounted forms with the same key keep a draft', () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = setup({ draftKey: 'shared-key' });
    const b = setup({ draftKey: 'shared-key' });
    act(() => a.result.current.setField('body', 'Frå A'));
    act(() => b.result.current.setField('body', 'Frå B'));
    act(() => vi.advanceTimersByTime(500));
    expect(readDraft('shared-key')).toEqual({ body: 'Frå A' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shared-key'));
    warn.mockRestore();
  });

  it('does not restore a draft older than seven days, and removes it', () => {
    writeStored('old', { body: 'Frå førre veke' }, { now: Date.now() - 7 * DAY - 1000 });
    writeStored('fresh', { body: 'Frå i går' }, { now: Date.now() - DAY });
    const old = setup({ draftKey: 'old' });
    expect(old.result.current.values.body).toBe('');
    expect(localStorage.getItem('old')).toBeNull();
    const fresh = setup({ draftKey: 'fresh' });
    expect(fresh.result.current.values.body).toBe('Frå i går');
  });
});

describe('useCommentForm: forgetting the author (issue 11, item 8)', () => {
  async function remembered() {
    const first = setup();
    fill(first.result);
    act(() => first.result.current.setField('remember', true));
    await act(async () => {
      await first.result.current.submit();
    });
    first.unmount();
  }

  it('forgets a remembered name and email at once, from the form', async () => {
    await remembered();
    const { result } = setup();
    expect(result.current.authorRemembered).toBe(true);
    act(() => result.current.forgetAuthor());
    expect(result.current.values).toMatchObject({ name: '', email: '', remember: false });
    expect(result.current.authorRemembered).toBe(false);
    expect(localStorage.getItem('samskap:comment-author')).toBeNull();
  });

  it('no longer fills in a name remembered more than 30 days ago', async () => {
    await remembered();
    vi.useFakeTimers({ now: Date.now() + 30 * DAY + 1000 });
    const { result } = setup();
    expect(result.current.values).toMatchObject({ name: '', email: '', remember: false });
  });
});
