// Runs the recipe in a DOM (jsdom), with the browser's fetch wired straight to the recipe's own
// server handler: a file over the limit never leaves the browser, a file the server sees through
// comes back as a message on the file field, and an anonymous tip arrives as multipart with its
// file's bytes and without name or email.
import { installDom } from './check-dom';

// Before anything that looks for a DOM at import; those are imported below.
const document = installDom('http://portal.test/nb/tips', 'nb');
const globals = globalThis as Record<string, unknown>;

const { receiveTip } = await import('./server/receiveTip');
type Received = { contentType: string; fields: Record<string, string>; files: File[] };
const received: Received[] = [];
globals.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(new URL(String(input), 'http://portal.test'), init);
  const copy = await request.clone().formData();
  const fields: Record<string, string> = {};
  const files: File[] = [];
  for (const [key, value] of copy) {
    if (typeof value === 'string') fields[key] = value;
    else files.push(value);
  }
  received.push({ contentType: request.headers.get('content-type') ?? '', fields, files });
  return receiveTip(request);
};

const { createRoot } = await import('react-dom/client');
const { screen, waitFor } = await import('@testing-library/dom');
const { default: userEvent } = await import('@testing-library/user-event');
const { SamskapProvider } = await import('@samskap/react');
const { TipPage } = await import('./TipPage');

function fail(message: string): never {
  throw new Error(message);
}
/** The texts an element's aria-describedby points to. */
function described(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const user = userEvent.setup({ document });
const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);
root.render(
  <SamskapProvider locale="nb">
    <TipPage privacyHref="/nb/personvern" />
  </SamskapProvider>,
);
const fileInput = (await screen.findByLabelText(/^Vedlegg/)) as HTMLInputElement;
if (!described(fileInput).includes('PDF, JPG eller PNG. Høyst 3 filer på 5 MB hver.')) {
  fail(`the file field does not state the limits: "${described(fileInput)}"`);
}

// 1. A file over the size limit: reported on the file field, nothing is sent.
await user.type(
  screen.getByRole('textbox', { name: /^Hva vil du fortelle oss/ }),
  'Bussen stopper ikke ved skolen lenger.',
);
await user.upload(
  fileInput,
  new File([new Uint8Array(6_000_000)], 'kart.png', { type: 'image/png' }),
);
await user.click(screen.getByRole('button', { name: 'Send tipset' }));
await waitFor(() => {
  const text = described(screen.getByLabelText(/^Vedlegg/));
  if (!text.includes('kart.png er større enn 5 MB. Velg en mindre fil.')) {
    fail(`no size error on the file field: "${text}"`);
  }
});
if (received.length !== 0) fail('a tip with a file over the limit was sent');

// 2. A "PNG" that is not one: the server's message lands on the file field.
await user.click(screen.getByRole('button', { name: /Fjern\s*kart\.png/ }));
const pdf = new File(['%PDF-1.7\nnotat'], 'notat.pdf', { type: 'application/pdf' });
const fakePng = new File(['hei'], 'bilde.png', { type: 'image/png' });
await user.upload(screen.getByLabelText(/^Vedlegg/), [pdf, fakePng]);
await user.type(screen.getByRole('textbox', { name: /^Navn/ }), 'Kari Nordmann');
await user.click(screen.getByRole('button', { name: 'Send tipset' }));
await waitFor(() => {
  const text = described(screen.getByLabelText(/^Vedlegg/));
  if (!text.includes('bilde.png er ikke en PDF, JPG eller PNG, selv om navnet sier det.')) {
    fail(`no server message on the file field: "${text}"`);
  }
});
const first = received[0] ?? fail('nothing reached the server');
if (!first.contentType.startsWith('multipart/form-data; boundary=')) {
  fail(`sent as ${first.contentType}, not multipart`);
}
if (first.fields.name !== 'Kari Nordmann' || first.files.length !== 2) {
  fail(`the server got ${JSON.stringify(first.fields)} and ${first.files.length} files`);
}

// 3. Anonymous, with the real PDF only: stored, and the receipt shows the reference.
await user.click(screen.getByRole('button', { name: /Fjern\s*bilde\.png/ }));
await user.click(screen.getByRole('checkbox', { name: /^Send tipset anonymt/ }));
await user.click(screen.getByRole('button', { name: 'Send tipset' }));
await screen.findByText('Takk for tipset!', { selector: 'h3, h4, h5, h6' });
const last = received.at(-1) ?? fail('nothing reached the server');
if ('name' in last.fields || 'email' in last.fields || last.fields.anonymous !== '1') {
  fail(`an anonymous tip carried ${JSON.stringify(last.fields)}`);
}
const file = last.files[0];
if (
  last.files.length !== 1 ||
  file?.name !== 'notat.pdf' ||
  (await file.text()) !== '%PDF-1.7\nnotat'
) {
  fail('the PDF did not arrive whole');
}
const reference = /TIPS-[0-9A-Z]+/.exec(document.body.textContent ?? '')?.[0];
if (!reference) fail('the receipt has no reference');
screen.getByText(/Siden du sendte anonymt, kan vi ikke svare deg/);

root.unmount();
console.log(
  `a 6 MB file stopped in the browser, a fake PNG stopped by the server with its message on the field, an anonymous tip stored as multipart (${reference})`,
);
