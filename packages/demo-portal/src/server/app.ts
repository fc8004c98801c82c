import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { negotiateLocale, type SamskapLocale } from '@samskap/i18n';
import {
  COOKIE_CONSENT_MAX_AGE,
  type CookieConsentValue,
  createCookieConsent,
  eventToIcs,
  type InnovationCase,
  type PortalEvent,
  parseCookieConsent,
  placeLine,
  registrationState,
} from '@samskap/portal';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { CONSENT_COOKIE, COOKIE_POLICY_VERSION } from '../app/consent.js';
import { copy } from '../app/copy.js';
import { tipLimits } from '../app/limits.js';
import { isPortalLocale, locales, paths } from '../app/paths.js';
import { THEME_COOKIE } from '../app/themes.js';
import {
  type CommentFormEcho,
  isThemeChoice,
  type NewsletterEcho,
  type Page,
  type PageData,
  type RegistrationEcho,
  type TipEcho,
} from '../app/types.js';
import { openApiDocument } from './api/openapi.js';
import { RateLimiter } from './api/rate-limit.js';
import {
  checkComment,
  checkFeedback,
  checkNewsletter,
  checkRegistration,
  checkTip,
  isTicked,
  MAX_ID_LENGTH,
  MAX_REPORT_LENGTH,
  reportReasons,
  str,
} from './api/validate.js';
import type { Db } from './db/open.js';
import {
  addComment,
  addNewsletterSignup,
  addPageFeedback,
  addRegistration,
  addReport,
  addTip,
  commentExists,
  featuredCases,
  getArticle,
  getCase,
  getEvent,
  listArticles,
  listCases,
  listComments,
  listEvents,
  publicAuthorId,
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
  /**
   * Tips, registrations and sign-ups one browser may send per minute (each form counts
   * apart). @default 5
   */
  formsPerClient?: number;
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
  formsPerClient = 5,
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const perClient = new RateLimiter(commentsPerClient, 60_000);
  const perAddress = new RateLimiter(commentsPerAddress, 60_000);
  const formLimiters = {
    tip: new RateLimiter(formsPerClient, 60_000),
    registration: new RateLimiter(formsPerClient, 60_000),
    newsletter: new RateLimiter(formsPerClient, 60_000),
  };

  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use(csrf());
  // Small bodies everywhere, except the tip form's, which carries its files.
  const smallBody = bodyLimit({ maxSize: 64 * 1024 });
  const tipBody = bodyLimit({ maxSize: tipLimits.maxFiles * tipLimits.maxFileSize + 64 * 1024 });
  app.use((c, next) =>
    c.req.path === '/api/tips' || /^\/[a-z]{2}\/tips$/.test(c.req.path)
      ? tipBody(c, next)
      : smallBody(c, next),
  );

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

  /** Counts a tip, registration or sign-up from this browser; true when it is one too many. */
  const formOverLimit = (c: Context<Env>, kind: keyof typeof formLimiters): boolean => {
    const taken = formLimiters[kind].take(c.get('clientId'));
    if (taken.ok) return false;
    c.header('Retry-After', String(taken.retryAfter));
    return true;
  };

  // The work behind each form, shared by its JSON API and its plain HTML post.

  type Refused<F extends string> = { status: 422 | 429; fieldErrors: Partial<Record<F, string>> };

  const register = async (
    c: Context<Env>,
    locale: SamskapLocale,
    event: NonNullable<Awaited<ReturnType<typeof getEvent>>>,
    raw: unknown,
  ): Promise<{ reference: string } | Refused<'name' | 'email' | 'consent'>> => {
    const checked = checkRegistration(raw, locale);
    if (!checked.ok) return { status: 422, fieldErrors: checked.fieldErrors };
    const state = registrationState(event);
    if (state !== 'open' && state !== 'few-places' && state !== 'waiting-list') {
      return { status: 422, fieldErrors: { name: copy[locale].errors.registrationClosed } };
    }
    if (formOverLimit(c, 'registration')) {
      return { status: 429, fieldErrors: { name: copy[locale].errors.tooManyForms } };
    }
    const { website, ...value } = checked.value;
    // A filled honeypot is a bot: it gets a reference and nothing is stored.
    if (website !== '') return { reference: 'P-0000-0000' };
    const reference = await addRegistration(db, {
      ...value,
      eventId: event.id,
      waitingList: state === 'waiting-list',
      clientId: c.get('clientId'),
    });
    return { reference };
  };

  const sendTip = async (
    c: Context<Env>,
    locale: SamskapLocale,
    form: Record<string, unknown>,
  ): Promise<{ reference: string } | Refused<'message' | 'name' | 'email' | 'attachments'>> => {
    const checked = await checkTip(form, locale);
    if (!checked.ok) return { status: 422, fieldErrors: checked.fieldErrors };
    if (formOverLimit(c, 'tip')) {
      return { status: 429, fieldErrors: { message: copy[locale].errors.tooManyForms } };
    }
    const { website, ...value } = checked.value;
    if (website !== '') return { reference: 'T-0000-0000' };
    return { reference: await addTip(db, { ...value, clientId: c.get('clientId') }) };
  };

  const signUp = async (
    c: Context<Env>,
    locale: SamskapLocale,
    raw: unknown,
  ): Promise<{ ok: true } | Refused<'email' | 'consent'>> => {
    const checked = checkNewsletter(raw, locale);
    if (!checked.ok) return { status: 422, fieldErrors: checked.fieldErrors };
    if (formOverLimit(c, 'newsletter')) {
      return { status: 429, fieldErrors: { email: copy[locale].errors.tooManyForms } };
    }
    if (checked.value.website === '') await addNewsletterSignup(db, checked.value.email, locale);
    return { ok: true };
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

  app.get('/api/articles', async (c) => c.json(await listArticles(db)));
  app.get('/api/events', async (c) => c.json(await listEvents(db)));

  app.post('/api/events/:id/registrations', async (c) => {
    const locale = apiLocale(c);
    const event = await getEvent(db, c.req.param('id'));
    if (!event) return c.json({ error: 'No such event' }, 404);
    const raw = await c.req.json().catch(() => undefined);
    if (raw === undefined) return c.json({ error: 'The body is not JSON' }, 400);
    const outcome = await register(c, locale, event, raw);
    if ('status' in outcome) return c.json({ fieldErrors: outcome.fieldErrors }, outcome.status);
    return c.json({ reference: outcome.reference }, 201);
  });

  app.post('/api/tips', async (c) => {
    const locale = apiLocale(c);
    const form = await c.req.parseBody({ all: true }).catch(() => undefined);
    if (!form) return c.json({ error: 'The body is not a form' }, 400);
    const outcome = await sendTip(c, locale, form);
    if ('status' in outcome) return c.json({ fieldErrors: outcome.fieldErrors }, outcome.status);
    return c.json({ reference: outcome.reference }, 201);
  });

  app.post('/api/newsletter', async (c) => {
    const locale = apiLocale(c);
    const raw = await c.req.json().catch(() => undefined);
    if (raw === undefined) return c.json({ error: 'The body is not JSON' }, 400);
    const outcome = await signUp(c, locale, raw);
    if ('status' in outcome) return c.json({ fieldErrors: outcome.fieldErrors }, outcome.status);
    return c.body(null, 202);
  });

  app.post('/api/feedback', async (c) => {
    const checked = checkFeedback(await c.req.json().catch(() => undefined));
    if (!checked) return c.json({ error: 'Not feedback' }, 422);
    await addPageFeedback(db, { ...checked, locale: apiLocale(c) });
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
    const feedback = url.searchParams.get('feedback');
    const data: PageData = {
      locale,
      path,
      search: url.search,
      theme: (() => {
        const t = getCookie(c, THEME_COOKIE);
        return isThemeChoice(t) ? t : 'default';
      })(),
      // `?cookies=ask` (the footer's cookie settings link without scripts) shows the banner.
      consent: url.searchParams.get('cookies') === 'ask' ? null : readConsent(c),
      ...(feedback === 'yes' || feedback === 'no' || feedback === 'sent' ? { feedback } : {}),
      page: body,
    };
    c.header('Content-Language', locale);
    c.header('Vary', 'Cookie');
    return c.html(await render(data, url.origin, c.req.url), status);
  };

  // A page about one record (a case, an event): a 404 page when there is none, otherwise the page
  // `body` makes of it, with the form's values and errors after a post that failed.
  const recordPage =
    <T, Echo>(
      section: string,
      load: (id: string) => Promise<T | undefined>,
      body: (c: Context<Env>, id: string, found: T, form: Echo | undefined) => Promise<Page>,
    ) =>
    async (
      c: Context<Env>,
      locale: SamskapLocale,
      id: string,
      form?: Echo,
      status: 200 | 422 | 429 = 200,
    ) => {
      const found = await load(id);
      const path = `/${section}/${encodeURIComponent(id)}`;
      if (!found) return page(c, locale, path, { kind: 'notFound' }, 404);
      return page(c, locale, path, await body(c, id, found, form), status);
    };

  const casePage = recordPage<InnovationCase, CommentFormEcho>(
    'cases',
    (id) => getCase(db, id),
    async (c, id, found, form) => {
      const sent = new URL(c.req.url).searchParams.has('sent');
      return {
        kind: 'case',
        case: found,
        comments: await listComments(db, id, c.get('clientId')),
        readerId: publicAuthorId(c.get('clientId')),
        now: Date.now(),
        ...(form ? { form } : {}),
        ...(sent && !form ? { sent: true } : {}),
      };
    },
  );

  const homePage = async (
    c: Context<Env>,
    locale: SamskapLocale,
    newsletter?: NewsletterEcho,
    status: 200 | 422 | 429 = 200,
  ) => {
    const now = Date.now();
    const upcoming = (await listEvents(db)).filter((e) => {
      const state = registrationState(e, now);
      return state !== 'past' && state !== 'cancelled';
    });
    return page(
      c,
      locale,
      '/',
      {
        kind: 'home',
        featured: await featuredCases(db),
        events: upcoming.slice(0, 3),
        articles: (await listArticles(db)).slice(0, 3),
        now,
        ...(newsletter ? { newsletter } : {}),
      },
      status,
    );
  };

  const eventPage = recordPage<PortalEvent, RegistrationEcho>(
    'events',
    (id) => getEvent(db, id),
    async (c, _id, found, form) => {
      const registered = new URL(c.req.url).searchParams.get('registered');
      return {
        kind: 'event',
        event: found,
        now: Date.now(),
        ...(form ? { form } : {}),
        ...(!form && registered && /^P-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(registered)
          ? { registered }
          : {}),
      };
    },
  );

  // The event as a calendar file, written with the portal package's own RFC 5545 writer.
  const calendarFile = async (c: Context<Env>, locale: SamskapLocale, eventId: string) => {
    const event = await getEvent(db, eventId);
    const ics =
      event &&
      eventToIcs({
        uid: `${event.id}@samskap-demo-portal`,
        title: event.title,
        start: event.start,
        end: event.end,
        description: event.summary,
        location: placeLine(event),
        url: new URL(paths.event(locale, event.id), c.req.url).toString(),
        cancelled: event.cancelled === true,
      });
    if (!ics) return page(c, locale, `/events/${eventId}/calendar.ics`, { kind: 'notFound' }, 404);
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.id.replace(/[^a-z0-9-]/gi, '-')}.ics"`,
    });
  };

  /** The cookie answer the server keeps, when it is one for the current policy. */
  const readConsent = (c: Context<Env>): CookieConsentValue | null => {
    const raw = getCookie(c, CONSENT_COOKIE);
    if (!raw || raw.length > 200) return null;
    try {
      const parsed = parseCookieConsent(JSON.parse(raw));
      return parsed?.version === COOKIE_POLICY_VERSION ? parsed : null;
    } catch {
      return null;
    }
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
    if (rest === '/') return homePage(c, lang);
    if (rest === '/cases') {
      return page(c, lang, '/cases', {
        kind: 'cases',
        cases: await listCases(db),
        search: new URL(c.req.url).search,
      });
    }
    const match = /^\/cases\/([^/]+)$/.exec(rest);
    if (match?.[1]) return casePage(c, lang, decodeURIComponent(match[1]));
    if (rest === '/articles') {
      return page(c, lang, rest, { kind: 'articles', articles: await listArticles(db) });
    }
    const article = /^\/articles\/([^/]+)$/.exec(rest);
    if (article?.[1]) {
      const found = await getArticle(db, decodeURIComponent(article[1]));
      return found
        ? page(c, lang, rest, { kind: 'article', article: found })
        : page(c, lang, rest, { kind: 'notFound' }, 404);
    }
    if (rest === '/events') {
      return page(c, lang, rest, { kind: 'events', events: await listEvents(db), now: Date.now() });
    }
    const calendar = /^\/events\/([^/]+)\/calendar\.ics$/.exec(rest);
    if (calendar?.[1]) return calendarFile(c, lang, decodeURIComponent(calendar[1]));
    const event = /^\/events\/([^/]+)$/.exec(rest);
    if (event?.[1]) return eventPage(c, lang, decodeURIComponent(event[1]));
    if (rest === '/tips') {
      const query = new URL(c.req.url).searchParams;
      const reference = query.get('reference');
      return page(c, lang, rest, {
        kind: 'tips',
        ...(reference && /^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)
          ? { sent: { reference, anonymous: query.get('anonymous') === '1' } }
          : {}),
      });
    }
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

  // The registration form as a plain HTML post: errors come back on the event's page with every
  // value kept; success goes back to it with the reference.
  app.post('/:lang{[a-z]{2}}/events/:id/registrations', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const eventId = c.req.param('id');
    const event = await getEvent(db, eventId);
    if (!event) return page(c, lang, `/events/${eventId}`, { kind: 'notFound' }, 404);
    const form = await c.req.parseBody();
    const values: RegistrationEcho['values'] = {
      name: str(form.name),
      email: str(form.email),
      organisation: str(form.organisation),
      dietary: str(form.dietary),
      accessibility: str(form.accessibility),
      consent: form.consent === '1',
    };
    const outcome = await register(c, lang, event, form);
    if ('status' in outcome) {
      return eventPage(c, lang, eventId, { values, errors: outcome.fieldErrors }, outcome.status);
    }
    return c.redirect(
      `${paths.event(lang, eventId)}?registered=${outcome.reference}#registration-sent`,
      303,
    );
  });

  // "Tips oss" as a plain multipart post, files included.
  app.post('/:lang{[a-z]{2}}/tips', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const form = await c.req.parseBody({ all: true });
    const anonymous = form.anonymous === '1';
    const values: TipEcho['values'] = {
      message: str(form.message),
      anonymous,
      name: str(form.name),
      email: str(form.email),
    };
    const outcome = await sendTip(c, lang, form);
    if ('status' in outcome) {
      return page(
        c,
        lang,
        '/tips',
        { kind: 'tips', form: { values, errors: outcome.fieldErrors } },
        outcome.status,
      );
    }
    return c.redirect(
      `${paths.tips(lang)}?reference=${outcome.reference}${anonymous ? '&anonymous=1' : ''}#tip-sent`,
      303,
    );
  });

  // The newsletter sign-up as a plain HTML post: errors come back on the front page with every
  // value kept; success goes back to it (post/redirect/get), which says to check the inbox.
  app.post('/:lang{[a-z]{2}}/newsletter', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const form = await c.req.parseBody({ all: true });
    const outcome = await signUp(c, lang, form);
    if ('status' in outcome) {
      const values: NewsletterEcho['values'] = {
        email: str(form.email),
        topics: [form.topics ?? []].flat().filter((t): t is string => typeof t === 'string'),
        consent: isTicked(form.consent),
      };
      return homePage(c, lang, { values, errors: outcome.fieldErrors }, outcome.status);
    }
    return c.redirect(`${paths.home(lang)}?newsletter=sent#newsletter`, 303);
  });

  // "Was this page useful?" without scripts: back to the page, at the next step.
  app.post('/:lang{[a-z]{2}}/feedback', async (c) => {
    const lang = c.req.param('lang');
    if (!isPortalLocale(lang)) return c.notFound();
    const form = await c.req.parseBody();
    const path = localPath(c.req.query('path'), '/');
    const checked = checkFeedback({ ...form, path });
    if (checked) await addPageFeedback(db, { ...checked, locale: lang });
    const step = !checked ? '' : checked.comment !== undefined ? 'sent' : checked.useful;
    const back = new URL(`/${lang}${path}`, c.req.url);
    if (step) back.searchParams.set('feedback', step);
    return c.redirect(`${back.pathname}${back.search}#page-feedback`, 303);
  });

  // The cookie banner without scripts; with scripts the same post keeps the server informed.
  app.post('/cookies', async (c) => {
    const form = await c.req.parseBody();
    const choice = form['cookie-consent'];
    if (choice === 'accepted' || choice === 'rejected') {
      setCookie(
        c,
        CONSENT_COOKIE,
        JSON.stringify(createCookieConsent(choice, COOKIE_POLICY_VERSION)),
        { path: '/', sameSite: 'Lax', maxAge: COOKIE_CONSENT_MAX_AGE / 1000 },
      );
    }
    return c.redirect(localPath(c.req.query('return'), '/'), 303);
  });

  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'Not found' }, 404);
    const lang = c.req.path.slice(1, 3);
    return page(c, isPortalLocale(lang) ? lang : 'nb', c.req.path, { kind: 'notFound' }, 404);
  });

  return app;
}
