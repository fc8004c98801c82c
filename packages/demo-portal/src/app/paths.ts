import type { SamskapLocale } from '@samskap/i18n';

export const locales = ['nb', 'nn', 'en'] as const satisfies readonly SamskapLocale[];

export function isPortalLocale(value: string | undefined): value is SamskapLocale {
  return (locales as readonly string[]).includes(value ?? '');
}

export const paths = {
  home: (l: SamskapLocale) => `/${l}/`,
  cases: (l: SamskapLocale) => `/${l}/cases`,
  case: (l: SamskapLocale, id: string) => `/${l}/cases/${encodeURIComponent(id)}`,
  comments: (l: SamskapLocale, id: string) => `/${l}/cases/${encodeURIComponent(id)}/comments`,
  articles: (l: SamskapLocale) => `/${l}/articles`,
  article: (l: SamskapLocale, id: string) => `/${l}/articles/${encodeURIComponent(id)}`,
  events: (l: SamskapLocale) => `/${l}/events`,
  event: (l: SamskapLocale, id: string) => `/${l}/events/${encodeURIComponent(id)}`,
  registrations: (l: SamskapLocale, id: string) =>
    `/${l}/events/${encodeURIComponent(id)}/registrations`,
  calendar: (l: SamskapLocale, id: string) => `/${l}/events/${encodeURIComponent(id)}/calendar.ics`,
  tips: (l: SamskapLocale) => `/${l}/tips`,
  newsletter: (l: SamskapLocale) => `/${l}/newsletter`,
  feedback: (l: SamskapLocale) => `/${l}/feedback`,
  accessibility: (l: SamskapLocale) => `/${l}/accessibility`,
  privacy: (l: SamskapLocale) => `/${l}/privacy`,
};
