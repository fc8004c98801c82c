import { createFormatters, type SamskapT } from '@samskap/i18n';
import { describe, expect, it, vi } from 'vitest';
import { memoFormatters, memoT } from './memo.js';

describe('the context value’s memory of strings', () => {
  it('asks i18next once per key, and once per key and count', () => {
    const t = vi.fn<SamskapT>((key, options) => `${key}:${String(options?.count ?? '')}`);
    const memo = memoT(t);
    for (let i = 0; i < 3; i++) {
      expect(memo('cases.card.tags')).toBe('cases.card.tags:');
      expect(memo('cases.card.moreTags', { count: 2 })).toBe('cases.card.moreTags:2');
    }
    expect(memo('cases.card.moreTags', { count: 3 })).toBe('cases.card.moreTags:3');
    expect(t).toHaveBeenCalledTimes(3);
  });

  it('passes calls with other values straight through', () => {
    const t = vi.fn<SamskapT>((key, options) => `${key}:${String(options?.name)}`);
    const memo = memoT(t);
    expect(memo('comments.form.replyHeading', { name: 'Kari' })).toBe(
      'comments.form.replyHeading:Kari',
    );
    expect(memo('comments.form.replyHeading', { name: 'Ola' })).toBe(
      'comments.form.replyHeading:Ola',
    );
    expect(memo('comments.form.replyHeading', { count: 1, name: 'Ola' })).toBe(
      'comments.form.replyHeading:Ola',
    );
    expect(t).toHaveBeenCalledTimes(3);
  });

  it('names countries as the formatters do', () => {
    const plain = createFormatters('nn');
    const memo = memoFormatters(plain);
    for (const code of ['NO', 'no', 'SE', 'XX-junk', 'NO']) {
      expect(memo.displayCountry(code)).toBe(plain.displayCountry(code));
    }
    expect(memo.formatNumber(1234.5)).toBe(plain.formatNumber(1234.5));
  });
});
