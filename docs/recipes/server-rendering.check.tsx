// Runs the recipe's server half under Node (no DOM): the document has its language, its styles
// and real links before any script runs.
import { languageHome, localeOf, renderPage } from './render';

if (typeof document !== 'undefined') throw new Error('the check must run without a DOM');
const html = renderPage('nn', '/saker');
const checks: Array<[string, boolean]> = [
  ['<html lang="nn">', html.includes('<html lang="nn">')],
  ['collected styles', /<style[^>]*data-styled/.test(html)],
  ['theme variables', html.includes('--sk-color-accent')],
  ['nynorsk switcher', html.includes('Vel språk')],
  ['link to the same page in English', html.includes('href="/en/saker"')],
  ['props escaped', !renderPage('nn', '/</script><b>x').includes('</script><b>')],
];
const missing = checks.filter(([, ok]) => !ok).map(([what]) => what);
if (missing.length) throw new Error(`server HTML lacks: ${missing.join(', ')}`);
if (localeOf('/nn/saker') !== 'nn' || localeOf('/') !== undefined) throw new Error('localeOf');
if (languageHome('nn-NO,nn;q=0.9,en;q=0.5') !== '/nn/') throw new Error('Accept-Language nn');
if (languageHome(undefined) !== '/nb/') throw new Error('no Accept-Language gives bokmål');
console.log('server HTML has lang, styles and links; Accept-Language picks the home page');
