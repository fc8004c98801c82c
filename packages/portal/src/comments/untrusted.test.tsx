import { safeUrl } from '@samskap/react';
import { act, fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { CommentForm } from './comment-form/CommentForm.js';
import { CommentThread } from './comment-thread/CommentThread.js';
import type { PortalComment } from './model.js';

// What the input tries to smuggle in: markup, script URLs, template syntax.
const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">klikk</a>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE comments; --",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://example.no/"onmouseover="alert(1)',
  'https://example.no/<script>',
  'www.example.no/a?b=<c>',
  '{{count}}',
  '$t(comments.thread.deleted)',
  '\u202Egnp.exe',
  '\u0000\u0007\uFFFF',
  '__proto__',
  'constructor',
);
const longWord = fc.integer({ min: 200, max: 5000 }).map((n) => 'Ø'.repeat(n));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  nasty,
  longWord,
  fc.webUrl(),
);
const text = fc
  .array(fc.oneof(anyText, fc.constantFrom('\n', '\r\n', ' ')), { maxLength: 6 })
  .map((parts) => parts.join(''));

const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const commentArb = (ids: string[]): fc.Arbitrary<PortalComment> =>
  fc.record({
    id: fc.oneof(fc.constantFrom(...ids), text),
    parentId: maybe(fc.oneof(fc.constantFrom(...ids), text)),
    author: fc.record({
      id: maybe(text),
      name: text,
      role: maybe(
        fc.constantFrom('citizen', 'official', 'moderator', 'admin<script>') as fc.Arbitrary<never>,
      ),
      organisation: maybe(text),
    }),
    body: text,
    createdAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      text,
    ),
    editedAt: maybe(
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        text,
      ),
    ),
    status: fc.constantFrom(
      'published',
      'pending',
      'hidden',
      'deleted',
      'weird',
    ) as fc.Arbitrary<never>,
    language: maybe(fc.oneof(fc.constantFrom('nn', 'en-GB', 'se', 'nb-NO'), text)),
    votes: maybe(
      fc.record({
        up: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(Infinity)),
        down: fc.integer(),
        mine: maybe(fc.constantFrom('up', 'down') as fc.Arbitrary<never>),
      }),
    ),
    alignment: maybe(fc.constantFrom('for', 'against', 'neutral') as fc.Arbitrary<never>),
  });

const threadArb = fc
  .array(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.array(commentArb(ids), { maxLength: 8 }));

// Every element and attribute Samskap itself renders in these components. Anything else came
// from the input.
const allowedTags = new Set([
  'SECTION',
  'DIV',
  'H2',
  'H3',
  'H4',
  'OL',
  'LI',
  'ARTICLE',
  'SPAN',
  'TIME',
  'A',
  'P',
  'BR',
  'BUTTON',
  'SELECT',
  'OPTION',
  'LABEL',
  'FORM',
  'FIELDSET',
  'LEGEND',
  'INPUT',
  'TEXTAREA',
  'UL',
  'STRONG',
]);
const allowedAttributes = new Set([
  'class',
  'id',
  'href',
  'rel',
  'lang',
  'datetime',
  'title',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-expanded',
  'aria-controls',
  'aria-pressed',
  'aria-hidden',
  'aria-busy',
  'aria-invalid',
  'aria-required',
  'aria-disabled',
  'aria-live',
  'aria-atomic',
  'tabindex',
  'type',
  'value',
  'for',
  'hidden',
  'data-official',
  'data-placeholder',
  'data-color',
  'data-direction',
  'data-variant',
  'data-size',
  'data-tone',
  'data-icon-only',
  'data-sk-marker',
  'data-sk-error-summary',
  'data-invalid',
  'data-disabled',
  'data-over',
  'role',
  'novalidate',
  'name',
  'autocomplete',
  'spellcheck',
  'rows',
  'readonly',
  'checked',
  'selected',
  'inputmode',
  'data-width',
  'data-marker',
  'data-standalone',
]);

function checkDom(root: Element) {
  for (const element of root.querySelectorAll('*')) {
    // Samskap's own decorative icons (ValidationMessage); no input reaches them.
    if (element.closest('svg[aria-hidden="true"]')) continue;
    expect(allowedTags, `element <${element.tagName}>`).toContain(element.tagName);
    for (const attr of element.getAttributeNames()) {
      // Samskap's own markers.
      if (attr.startsWith('data-sk-')) continue;
      expect(allowedAttributes, `attribute ${attr} on <${element.tagName}>`).toContain(attr);
    }
    const href = element.getAttribute('href');
    if (href !== null) {
      expect(safeUrl(href), `href ${JSON.stringify(href)}`).toBe(href);
      expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

describe('untrusted input', () => {
  it('CommentThread: any data renders without throwing, as text, with safe links only', () => {
    fc.assert(
      fc.property(threadArb, fc.constantFrom('nb', 'nn', 'en'), (comments, locale) => {
        const { container, unmount } = renderIn(
          locale as 'nb',
          <CommentThread
            comments={comments}
            currentUserId={comments[0]?.author.id}
            onVote={() => {}}
            onReport={() => {}}
            pageSize={50}
          />,
        );
        try {
          const section = container.querySelector('section');
          expect(section).not.toBeNull();
          checkDom(section as Element);
          for (const link of section?.querySelectorAll('article p a') ?? []) {
            expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
          }
        } finally {
          unmount();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('CommentThread: a status it does not know hides the body, and a body over the limit is cut', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const comment = (id: string, status: unknown, body: string) =>
      ({
        id,
        author: { name: `Person ${id}` },
        body,
        createdAt: '2026-01-01T00:00:00Z',
        status,
      }) as PortalComment;
    renderIn(
      'en',
      <CommentThread
        comments={[
          comment('1', 'HIDDEN', 'secret one'),
          comment('2', 'rejected', 'secret two'),
          comment('3', 'spam', 'secret three'),
          comment('4', undefined, 'secret four'),
          comment('5', 'published', `${'a'.repeat(999)}bc`),
        ]}
      />,
    );
    expect(document.body.textContent).not.toMatch(/secret/);
    expect(screen.getByText(`${'a'.repeat(999)}b…`)).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('CommentThread: a name full of template syntax is shown as written', () => {
    renderIn(
      'nn',
      <CommentThread
        comments={[
          {
            id: '1',
            author: { name: '$t(comments.thread.deleted) {{count}}' },
            body: '<b>ikkje feit</b>',
            createdAt: '2026-01-01T00:00:00Z',
            status: 'published',
          },
        ]}
      />,
    );
    expect(
      screen.getByRole('article', {
        name: 'Kommentar frå $t(comments.thread.deleted) {{count}}',
      }),
    ).toHaveTextContent('<b>ikkje feit</b>');
    expect(document.querySelector('article b')).toBeNull();
  });

  it('CommentForm: any text in any field is kept exactly, sent as typed, and never becomes markup', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        text,
        fc.record({ user: maybe(text), replyTo: maybe(text), privacy: maybe(anyText) }),
        async (name, email, body, props) => {
          const onSubmit = vi.fn(async () => {});
          const { container, unmount } = renderIn(
            'nb',
            <CommentForm
              onSubmit={onSubmit}
              user={props.user === undefined ? undefined : { name: props.user }}
              replyTo={
                props.replyTo === undefined
                  ? undefined
                  : { id: 'p', author: { name: props.replyTo } }
              }
              privacyHref={props.privacy}
              maxLength={100_000}
            />,
          );
          try {
            const form = container.querySelector('form') as HTMLFormElement;
            const inputs = form.querySelectorAll<HTMLInputElement>(
              'input[autocomplete="name"], input[type="email"]',
            );
            const textarea = form.querySelector('textarea') as HTMLTextAreaElement;
            if (inputs[0]) fireEvent.change(inputs[0], { target: { value: name } });
            if (inputs[1]) fireEvent.change(inputs[1], { target: { value: email } });
            fireEvent.change(textarea, { target: { value: body } });
            expect(textarea.value).toBe(body.replace(/\r\n?/g, '\n'));
            await act(async () => {
              fireEvent.submit(form);
            });
            checkDom(form);
            const typed = body.replace(/\r\n?/g, '\n').trim();
            for (const call of onSubmit.mock.calls as unknown as [{ body: string }][]) {
              expect(call[0].body).toBe(typed);
            }
            if (onSubmit.mock.calls.length === 0) expect(textarea.value.trim()).toBe(typed);
          } finally {
            unmount();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
