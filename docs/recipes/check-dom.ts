// A DOM for the recipe checks that drive a page as a reader would (copied beside each check as
// src/check-dom.ts). Call it before React, react-dom and styled-components are loaded, since they
// look for a DOM once, at import: a check imports them with `await import(...)` afterwards.
// @ts-expect-error jsdom ships no types, and the checks need only its constructor and window.
import { JSDOM } from 'jsdom';

/** Makes `window`, `document` and the DOM classes global. Node's own fetch, File and FormData stay. */
export function installDom(url: string, lang: string): Document {
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head></head><body></body></html>`, {
    url,
    pretendToBeVisual: true,
  });
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globals)) globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  globals.window = dom.window;
  globals.document = dom.window.document;
  return dom.window.document as Document;
}
