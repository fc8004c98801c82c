import { safeUrl } from '@samskap/react';

// An <img> never runs script, so inline raster and SVG images are as safe there as http(s) ones
// (an SVG loaded as an image has its scripts disabled). Links still go through safeUrl alone.
const inlineImage = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** An image URL from data that is safe in `src`, or undefined. */
export function imageSrc(src: string | undefined): string | undefined {
  if (typeof src !== 'string') return undefined;
  const trimmed = src.trim();
  return inlineImage.test(trimmed) ? trimmed : safeUrl(trimmed);
}
