import { readStored, writeStored } from '@samskap/react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type UseFormOptions, useForm } from './useForm.js';

interface Values {
  email: string;
  message: string;
  consent: boolean;
  files: File[];
  trap: string;
}

const initialValues: Values = { email: '', message: '', consent: false, files: [], trap: '' };

type Result = { reference?: string; fieldErrors?: Partial<Record<keyof Values, string>> };

function setup(options: Partial<UseFormOptions<Values, { code: string }, Result>> = {}) {
  const onSubmit = vi.fn<(v: Values) => Promise<Result | undefined>>(async () => ({
    reference: 'T-1',
  }));
  const hook = renderHook(() =>
    useForm<Values, { code: string }, Result>({
      initialValues,
      validate: (v) => (v.message.trim() ? {} : { message: { code: 'messageRequired' } }),
      onSubmit,
      honeypot: 'trap',
      ...options,
    }),
  );
  return { ...hook, onSubmit };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useForm', () => {
  it('keeps what onSubmit resolved with (a receipt reference) and empties the form', async () => {
    const { result } = setup();
    const file = new File(['x'], 'a.pdf', { type: 'application/pdf' });
    act(() => {
      result.current.setField('message', 'Hei');
      result.current.setField('files', [file]);
    });
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.status).toBe('succeeded');
    expect(result.current.result).toEqual({ reference: 'T-1' });
    expect(result.current.values).toEqual(initialValues);
  });

  it('keeps File objects through a validation error and a failed send', async () => {
    const { result, onSubmit } = setup();
    const file = new File(['x'], 'a.pdf', { type: 'application/pdf' });
    act(() => result.current.setField('files', [file]));
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.status).toBe('invalid');
    expect(result.current.values.files[0]).toBe(file);
    onSubmit.mockRejectedValueOnce(new Error('offline'));
    act(() => result.current.setField('message', 'Hei'));
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.status).toBe('failed');
    expect(result.current.values.files[0]).toBe(file);
    expect(result.current.values.message).toBe('Hei');
  });

  it('shows server errors only on fields the form has, and ignores blank ones', async () => {
    const { result, onSubmit } = setup();
    const fieldErrors = { email: 'Ukjend adresse', message: '  ', nope: 'x' };
    onSubmit.mockResolvedValueOnce({ fieldErrors } as Result);
    act(() => result.current.setField('message', 'Hei'));
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('server-errors');
    expect(result.current.errors).toEqual({ email: { code: 'server', message: 'Ukjend adresse' } });
    expect(result.current.attempt).toBe(1);
  });

  it('restores only draft fields whose stored type matches, and never one that is not listed', () => {
    writeStored('d', { message: 'Frå i går', consent: 'yes', email: 'x@y.no' });
    const { result } = setup({ draft: { key: 'd', fields: ['message', 'consent'] } });
    expect(result.current.values).toMatchObject({
      message: 'Frå i går',
      consent: false,
      email: '',
    });
  });

  it('removes the draft when the person empties the draft fields by hand', () => {
    vi.useFakeTimers();
    const { result } = setup({ draft: { key: 'd', fields: ['message'] } });
    act(() => result.current.setField('message', 'Hei'));
    act(() => vi.advanceTimersByTime(500));
    expect(readStored('d', { parse: (v) => v })).toEqual({ message: 'Hei' });
    act(() => result.current.setField('message', '  '));
    act(() => vi.advanceTimersByTime(500));
    expect(localStorage.getItem('d')).toBeNull();
  });

  it('keeps going when onTrap throws', async () => {
    const { result } = setup({
      onTrap: () => {
        throw new Error('logger down');
      },
    });
    act(() => {
      result.current.setField('message', 'Hei');
      result.current.setField('trap', 'x');
    });
    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.submit();
    });
    expect(outcome).toBe('trapped');
    expect(result.current.values.message).toBe('Hei');
  });
});
