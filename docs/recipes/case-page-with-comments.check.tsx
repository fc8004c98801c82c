// Runs the recipe in a DOM (jsdom) against a small in-process fake of the reference portal's
// API contract (packages/demo-portal/src/server/api/openapi.ts): the page loads the case and its
// comments, a comment the server rejects shows the server's message on its field, and a comment
// it accepts shows up for its author as waiting for approval.
import type { InnovationCase, PortalComment } from '@samskap/portal';
import { sampleCases } from '@samskap/portal/sample-data';
import { installDom } from './check-dom';

// Before anything that looks for a DOM at import; those are imported below.
const document = installDom('http://portal.test/nn/cases/x', 'nn');
const globals = globalThis as Record<string, unknown>;

// --- The fake API: the contract's three case routes, with a cookie that tells readers apart ---
const theCase = sampleCases[0] as InnovationCase;
const store: Array<PortalComment & { readerId: string }> = [
  {
    id: 'c1',
    readerId: 'reader-kari',
    author: { id: 'reader-kari', name: 'Kari Nordmann' },
    body: 'Dette har vi prøvd i kommunen vår òg, og det fungerte.',
    createdAt: '2026-11-02T10:00:00Z',
    status: 'published',
  },
  {
    id: 'c2',
    readerId: 'reader-per',
    author: { id: 'reader-per', name: 'Per' },
    body: 'Ein kommentar frå nokon andre som ventar på moderering.',
    createdAt: '2026-11-03T10:00:00Z',
    status: 'pending',
  },
];
const seen: Array<{ method: string; path: string; language: string | null }> = [];
let down = false;

function fakeApi(request: Request, readerId: string): Response | Promise<Response> {
  const url = new URL(request.url);
  seen.push({
    method: request.method,
    path: url.pathname,
    language: request.headers.get('accept-language'),
  });
  const json = (body: unknown, status = 200) => Response.json(body, { status });
  const match = /^\/api\/cases\/([^/]+)(\/comments)?$/.exec(url.pathname);
  if (!match || decodeURIComponent(match[1] ?? '') !== theCase.id) {
    return json({ error: 'No such case' }, 404);
  }
  if (!match[2]) return json(theCase);
  if (request.method === 'GET') {
    // Published comments, and the caller's own pending ones; never an email.
    const visible = store.filter(
      (c) => c.status === 'published' || (c.status === 'pending' && c.readerId === readerId),
    );
    return json(visible.map(({ readerId: _, ...c }) => c));
  }
  return request.json().then((raw: { name: string; email: string; body: string }) => {
    // The server's own check, stricter than the form's: it cannot send mail to .invalid.
    if (raw.email.endsWith('.invalid')) {
      const message =
        request.headers.get('accept-language') === 'nn'
          ? 'Vi kan ikkje sende e-post til denne adressa. Sjekk at ho er rett.'
          : 'We cannot send email to this address. Check that it is right.';
      return json({ fieldErrors: { email: message } }, 422);
    }
    const comment = {
      id: `c${store.length + 1}`,
      readerId,
      author: { id: readerId, name: raw.name },
      body: raw.body,
      createdAt: new Date().toISOString(),
      status: 'pending' as const,
    };
    store.push(comment);
    const { readerId: _, ...shown } = comment;
    return json({ comment: shown }, 201);
  });
}

// The browser sends its cookie with every same-origin request; here the reader is fixed.
globals.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  if (down) throw new TypeError('fetch failed');
  const request = new Request(new URL(String(input), 'http://portal.test'), init);
  return fakeApi(request, 'reader-ola');
};

const { createRoot } = await import('react-dom/client');
const { screen, waitFor, within } = await import('@testing-library/dom');
const { default: userEvent } = await import('@testing-library/user-event');
const { App } = await import('./App');

function fail(message: string): never {
  throw new Error(message);
}

const user = userEvent.setup({ document });
const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);

// 1. The API is down: the page says so, and trying again loads it.
down = true;
root.render(<App locale="nn" caseId={theCase.id} readerId="reader-ola" />);
await screen.findByText('Vi fekk ikkje henta saka.');
down = false;
await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
await screen.findByRole('heading', { name: theCase.title });

// 2. The comments: the published one, not someone else's pending one.
await screen.findByText(/Dette har vi prøvd i kommunen vår/);
if (document.body.textContent?.includes('nokon andre')) {
  fail("another reader's pending comment is on the page");
}

// 3. A comment the server rejects: its message is on the email field and focus is on the summary.
await user.type(screen.getByRole('textbox', { name: /^Namn/ }), 'Ola Nordmann');
await user.type(screen.getByRole('textbox', { name: /^E-post/ }), 'ola@kommune.invalid');
await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Kan dette brukast hos oss?');
await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
const serverMessage = 'Vi kan ikkje sende e-post til denne adressa. Sjekk at ho er rett.';
await waitFor(() => {
  const email = screen.getByRole('textbox', { name: /^E-post/ });
  if (email.getAttribute('aria-invalid') !== 'true') fail('the email field is not invalid');
  const described = (email.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  if (!described.includes(serverMessage)) fail(`the email field says "${described}"`);
});
await waitFor(() => {
  const summary = document.activeElement as HTMLElement | null;
  if (!summary || !within(summary).queryByText(serverMessage)) {
    fail(`focus is on ${summary?.outerHTML.slice(0, 120)}, not an error summary with the message`);
  }
});
const body = screen.getByRole('textbox', { name: /^Kommentar/ }) as HTMLTextAreaElement;
if (body.value !== 'Kan dette brukast hos oss?') {
  fail('the comment text was lost');
}

// 4. Fixed and sent: it is stored as pending and its author sees it waiting for approval.
const email = screen.getByRole('textbox', { name: /^E-post/ });
await user.clear(email);
await user.type(email, 'ola@kommune.no');
await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
await screen.findByText('Takk! Vi viser kommentaren din når ein moderator har godkjent han.');
await screen.findByText('Kan dette brukast hos oss?');
screen.getByText('Ventar på godkjenning');
const posts = seen.filter((r) => r.method === 'POST');
if (posts.length !== 2 || posts.some((p) => p.language !== 'nn')) {
  fail(`expected two posts asking for nynorsk messages, got ${JSON.stringify(posts)}`);
}

root.unmount();
console.log(
  "loaded after a failed fetch, showed the server's 422 message on the email field in nynorsk, and the pending comment to its author",
);
