// URLs from data and from a host's callbacks. The check itself is `safeUrl` from @samskap/react,
// the one place that decides which URLs may reach the page; these helpers only say what the
// portal does around it.
import { safeUrl, warnOnce } from '@samskap/react';

// An <img> never runs script, so inline raster and SVG images are as safe there as http(s) ones
// (an SVG loaded as an image has its scripts disabled). Links still go through safeUrl alone.
const inlineImage = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** An image URL from data that is safe in `src`, or undefined. */
export function imageSrc(src: string | undefined): string | undefined {
  if (typeof src !== 'string') return undefined;
  const trimmed = src.trim();
  return inlineImage.test(trimmed) ? trimmed : safeUrl(trimmed);
}

/**
 * A link's URL from data or from a host's callback, through `safeUrl`; anything else (an unsafe
 * URL, a non-string) gives undefined, and the thing is shown without a link. In development it
 * warns once per `key`: `warning` gets the refused value, written as JSON.
 */
export function safeHref(
  href: unknown,
  key: string,
  warning: (refused: string) => string,
): string | undefined {
  const safe = safeUrl(typeof href === 'string' ? href : undefined);
  if (safe === undefined) warnOnce(key, warning(String(JSON.stringify(href))));
  return safe;
}
