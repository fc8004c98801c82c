import type { CaseImage } from '../cases/types.js';

// Simple drawings as inline SVG, so stories, tests and the demo never load images from another
// host. Colours are fixed on purpose: an illustration keeps its colours in every theme.
const svg = (body: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180">${body}</svg>`,
  )}`;

export const busDrawing = svg(
  '<rect width="320" height="180" fill="#dcebf5"/><rect x="0" y="140" width="320" height="40" fill="#7a8791"/>' +
    '<rect x="60" y="60" width="200" height="80" rx="12" fill="#c8372d"/>' +
    '<rect x="75" y="72" width="40" height="30" fill="#eef6fb"/><rect x="125" y="72" width="40" height="30" fill="#eef6fb"/>' +
    '<rect x="175" y="72" width="40" height="30" fill="#eef6fb"/><rect x="225" y="72" width="25" height="55" fill="#eef6fb"/>' +
    '<circle cx="100" cy="142" r="16" fill="#222"/><circle cx="220" cy="142" r="16" fill="#222"/>',
);

export const schoolDrawing = svg(
  '<rect width="320" height="180" fill="#f4ecd8"/><rect x="0" y="150" width="320" height="30" fill="#6d9b4f"/>' +
    '<rect x="80" y="70" width="160" height="80" fill="#e8a33d"/><polygon points="70,72 160,25 250,72" fill="#8c3b2a"/>' +
    '<rect x="145" y="105" width="30" height="45" fill="#5a3a22"/><rect x="95" y="85" width="30" height="25" fill="#fff"/>' +
    '<rect x="195" y="85" width="30" height="25" fill="#fff"/>',
);

export const wavesDrawing = svg(
  '<rect width="320" height="180" fill="#e3f1ef"/>' +
    '<path d="M0 110 Q40 90 80 110 T160 110 T240 110 T320 110 V180 H0Z" fill="#3f8f8a"/>' +
    '<path d="M0 135 Q40 115 80 135 T160 135 T240 135 T320 135 V180 H0Z" fill="#24625f"/>' +
    '<circle cx="250" cy="50" r="24" fill="#f2c14e"/>',
);

export const chartDrawing = svg(
  '<rect width="320" height="180" fill="#efeaf6"/><rect x="50" y="110" width="40" height="50" fill="#6a4c93"/>' +
    '<rect x="110" y="80" width="40" height="80" fill="#6a4c93"/><rect x="170" y="55" width="40" height="105" fill="#6a4c93"/>' +
    '<rect x="230" y="30" width="40" height="130" fill="#6a4c93"/><rect x="40" y="160" width="240" height="4" fill="#333"/>',
);

/** An image with a description, in the case's own language. */
export const described = (src: string, alt: string): CaseImage => ({ src, alt });
/** A decorative image: the text around it says everything. */
export const decorative = (src: string): CaseImage => ({ src, alt: '' });
