/** Parses `#rgb` or `#rrggbb` into 0-255 channels, or returns undefined. */
export function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return undefined;
  const h =
    m[1].length === 3
      ? m[1]
          .split('')
          .map((c) => c + c)
          .join('')
      : m[1];
  return [
    Number.parseInt(h.slice(0, 2), 16),
    Number.parseInt(h.slice(2, 4), 16),
    Number.parseInt(h.slice(4, 6), 16),
  ];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of a hex colour. */
export function relativeLuminance(hex: string): number {
  const known = luminanceCache.get(hex);
  if (known !== undefined) return known;
  const rgb = parseHex(hex);
  if (!rgb) throw new TypeError(`Not a hex colour: ${JSON.stringify(hex)}`);
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // createTheme measures the same few hundred colours many times over.
  if (luminanceCache.size > 4096) luminanceCache.clear();
  luminanceCache.set(hex, y);
  return y;
}
const luminanceCache = new Map<string, number>();

/** WCAG 2.x contrast ratio between two hex colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}
