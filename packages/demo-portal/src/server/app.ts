import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { negotiateLocale, type SamskapLocale } from '@samskap/i18n';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { copy } from '../app/copy.js';
import { isPortalLocale, locales, paths } from '../app/paths.js';
import { THEME_COOKIE } from '../app/themes.js';
import { type CommentFormEcho, isThemeChoice, type Page, type PageData } from '../app/types.js';
import { openApiDocument } from './api/openapi.js';
import { RateLimiter } from './api/rate-limit.js';
import { checkComment, MAX_ID_LENGTH, MAX_REPORT_LENGTH, reportReasons } from './api/validate.js';
import type { Db } from './db/open.js';
import {
  addComment,
  addReport,
  commentExists,
  featuredCases,
  getCase,
  listCases,
  listComments,
  setVote,
} from './db/repo.js';

export interface AppOptions {
  db: Db;
  /** Renders a page to a whole HTML document (the production and the dev renderer differ). */
  render: (data: PageData, origin: string, url: string) => Promise<string> | string;
  /** Comments one browser may post per minute. @default 5 */
  commentsPerClient?: number;
  /** Comments one network address may post per minute (many people can share one). @default 30 */
  commentsPerAddress?: number;
}

const CLIENT_COOKIE = 'portal-client';

type Env = { Variables: { clientId: string } };

/** The reader's language for API messages: `Accept-Language`, one of the portal's. */
function apiLocale(c: Context): SamskapLocale {
  return negotiateLocale(c.req.header('accept-language') ?? '', locales) as SamskapLocale;
}

/** A return address from a form is only followed when it stays on this site. */
function localPath(value: string | undefined, fallback: string): string {
  return value?.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
    ? value
    : fallback;
}

/**
 * The portal: pages rendered on the server, the forms' plain HTML posts, and the JSON API the
 * pages use once scripts run. The database and the renderer are given, so tests and the dev
 * server can swap them.
 */
export function createApp({
  db,
  render,
  commentsPerClient = 5,
  commentsPerAddress = 30,
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const perClient = new RateLimiter(commentsPerClient, 60_000);
  const perAddress = new RateLimiter(commentsPerAddress, 60_000);

  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use(csrf());
  app.use(bodyLimit({ maxSize: 64 * 1024 }));

  // Recognises a browser, so that its own pending comments are shown to it and rate limits
  // apply per browser. Not tied to a person.
  app.use(async (c, next) => {
    let id = getCookie(c, CLIENT_COOKIE);
    if (!id || !/^[0-9a-f-]{36}$/.test(id)) {
      id = randomUUID();
      setCookie(c, CLIENT_COOKIE, id, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        maxAge: 365 * 24 * 3600,
      });
    }
    c.set('clientId', id);
    await next();
  });

  /** Counts a post; returns the message to show when this one is over a limit. */
  const overLimit = (c: Context<Env>, locale: SamskapLocale): string | undefined => {
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // Not behind the Node adapter (a test's app.request): one bucket for all.
    }
    const a = perAddress.take(address);
    const b = perClient.take(c.get('clientId'));
    const blocked = !a.ok ? a : !b.ok ? b : undefined;
    if (!blocked) return undefined;
    c.header('Retry-After', String(blocked.retryAfter));
    return copy[locale].errors.rateLimited;
  };

  app.get('/healthz', (c) => c.text('ok'));

  // --- API ---

  app.get('/api/openapi.json', (c) => c.json(openApiDocument));

  app.get('/api/cases', async (c) => c.json(await listCases(db)));

  app.get('/api/cases/:id', async (c) => {
    const found = await getCase(db, c.req.param('id'));
    return found ? c.json(found) : c.json({ error: 'No such case' }, 404);
  });

  app.get('/api/cases/:id/comments', async (c) => {
    const id = c.req.param('id');
    if (!(await getCase(db, id))) return c.json({ error: 'No such case' }, 404);
    return c.json(await listComments(db, id, c.get('clientId')));
  });

  app.post('/api/cases/:id/comments', async (c) => {
    const locale = apiLocale(c);
    const caseId = c.req.param('id');
    if (!(await getCase(db, caseId))) return c.json({ error: 'No such case' }, 404);
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return c.json({ error: 'The body is not JSON' }, 400);
    }
    const checked = checkComment(raw, locale);
    if (!checked.ok) return c.json({ fieldErrors: checked.fieldErrors }, 422);
    const limited = overLimit(c, locale);
    if (limited) return c.json({ fieldErrors: { body: limited } }, 429);
    const { value } = checked;
    if (value.parentId && !(await commentExists(db, value.parentId, caseId))) {
      return c.json({ fieldErrors: { body: copy[locale].errors.unknownParent } }, 422);
    }
    const language = (raw as { language?: unknown }).language;
    const comment = await addComment(db, {
      caseId,
      ...value,
      language: typeof language === 'string' && isPortalLocale(language) ? language : locale,
      clientId: c.get('clientId'),
    });
    return c.json({ comment }, 201);
  });

  app.post('/api/comments/:id/vote', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.json().catch(() => ({}))) as { vote?: unknown };
    const vote = body.vote === 'up' || body.vote === 'down' ? body.vote : undefined;
    if (vote === undefined && body.vote !== null) return c.json({ error: 'Not a vote' }, 422);
    if (id.length > MAX_ID_LENGTH || !(await commentExists(db, id))) {
      return c.json({ error: 'No such comment' }, 404);
    }
    await setVote(db, id, c.get('clientId'), vote);
    return c.body(null, 204);
  });

  app.post('/api/comments/:id/reports', async (c) => {
    const id = c.req.param('id');
    const body = (await c.req.json().catch(() => ({}))) as { reason?: unknown; details?: unknown };
    const reason = reportReasons.find((r) => r === body.reason);
    const details = typeof body.details === 'string' ? body.details.trim() : '';
    if (!reason || details.length > MAX_REPORT_LENGTH) {
      return c.json({ error: 'Not a report' }, 422);
    }
    if (id.length > MAX_ID_LENGTH || !(await commentExists(db, id))) {
      return c.json({ error: 'No such comment' }, 404);
    }
    await addReport(db, { commentId: id, clientId: c.get('clientId'), reason, details });
    return c.body(null, 204);
  });

  app.all('/api/*', (c) => c.json({ error: 'Not found' }, 404));

  // --- Pages ---

  const page = async (
    c: Context<Env>,
    locale: SamskapLocale,
    path: string,
    body: Page,
    status: 200 | 404 | 422 | 429 = 200,
  ) => {
    const url = new URL(c.req.url);
    const data: PageData = {
      locale,
      path,
      search: url.search,
      theme: (() => {
        const t = getCookie(c, THEME_COOKIE);
        return isThemeChoice(t) ? t : 'default';
      })(),
      page: body,
    };
    c.header('Content-Language', locale);
    c.header('Vary', 'Cookie');
    return c.html(await render(data, url.origin, c.req.url), status);
  };

  const casePage = async (
    c: Context<Env>,
    locale: SamskapLocale,
    caseId: string,
    form?: CommentFormEcho,
    status: 200 | 422 | 429 = 200,
  ) => {
    const found = await getCase(db, caseId);
    if (!found) return page(c, locale, `/cases/${caseId}`, { kind: 'notFound' }, 404);
    const comments = await listComments(db, caseId, c.get('clientId'));
    const sent = new URL(c.req.url).searchParams.has('sent');
    return page(
      c,
      locale,
      `/cases/${encodeURIComponent(caseId)}`,
      {
        kind: 'case',
        case: found,
        comments,
        clientId: c.get('clientId'),
        now: Date.now(),
        ...(form ? { form } : {}),
        ...(sent && !form ? { sent: true } : {}),
      },
      status,
    );
  };

  // A first visit to `/` goes to the language the browser asks for.
  app.get('/', (c) => {
    const locale = apiLocale(c);
    c.header('Vary', 'Accept-Language');
    return c.redirect(paths.home(locale), 302);
  });

  // Without scripts the appearance form posts here; the cookie is what the server renders from.
  app.post('/theme', async (c) => {
    const form = await c.req.parseBody();
    const theme = form.theme;
    if (isThemeChoice(theme)) {
      setCookie(c, THEME_COOKIE, theme, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    }
    return c.redirect(localPath(c.req.query('return'), '/'), 303);
  });

  app.get('/:lang{[a-z]{2}}', (c) => {
    const lang = c.req.param('lang');
    return isPortalLocale(lang) ? c.redirect(paths.home(lang), 301) : c.notFound();
  });

  app.get('/:lang{[a-z]{2}}/*', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const rest = new URL(c.req.url).pathname.slice(3) || '/';
    if (rest === '/') {
      return page(c, lang, '/', { kind: 'home', featured: await featuredCases(db) });
    }
    if (rest === '/cases') {
      return page(c, lang, '/cases', {
        kind: 'cases',
        cases: await listCases(db),
        search: new URL(c.req.url).search,
      });
    }
    const match = /^\/cases\/([^/]+)$/.exec(rest);
    if (match?.[1]) return casePage(c, lang, decodeURIComponent(match[1]));
    if (rest === '/accessibility') return page(c, lang, rest, { kind: 'accessibility' });
    if (rest === '/privacy') return page(c, lang, rest, { kind: 'privacy' });
    return page(c, lang, rest, { kind: 'notFound' }, 404);
  });

  // The comment form as a plain HTML post: errors come back on the same page with every value
  // kept; success goes back to the case (post/redirect/get) with a confirmation.
  app.post('/:lang{[a-z]{2}}/cases/:id/comments', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const caseId = c.req.param('id');
    if (!(await getCase(db, caseId))) {
      return page(c, lang, `/cases/${caseId}`, { kind: 'notFound' }, 404);
    }
    const form = await c.req.parseBody();
    const values = {
      name: typeof form.name === 'string' ? form.name : '',
      email: typeof form.email === 'string' ? form.email : '',
      body: typeof form.body === 'string' ? form.body : '',
      remember: form.remember === '1',
    };
    const checked = checkComment(form, lang);
    if (!checked.ok) return casePage(c, lang, caseId, { values, errors: checked.fieldErrors }, 422);
    const limited = overLimit(c, lang);
    if (limited) return casePage(c, lang, caseId, { values, errors: { body: limited } }, 429);
    // A filled honeypot is a bot: it is told "thanks" and nothing is stored.
    if (checked.value.website === '') {
      await addComment(db, {
        caseId,
        ...checked.value,
        language: lang,
        clientId: c.get('clientId'),
      });
    }
    return c.redirect(`${paths.case(lang, caseId)}?sent=1#comment-sent`, 303);
  });

  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'Not found' }, 404);
    const lang = c.req.path.slice(1, 3);
    return page(c, isPortalLocale(lang) ? lang : 'nb', c.req.path, { kind: 'notFound' }, 404);
  });

  return app;
}
