// Runs the recipe: the app's strings and Samskap's follow one changeLanguage call.
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { appI18n } from './i18n';

const before = renderToString(<App />);
if (!before.includes('Innovasjon i offentlig sektor')) throw new Error('no bokmål app title');
if (!before.includes('Velg språk')) throw new Error('no bokmål language switcher');
await appI18n.changeLanguage('nn');
const after = renderToString(<App />);
if (!after.includes('Innovasjon i offentleg sektor')) throw new Error('app title not in nynorsk');
if (!after.includes('Vel språk')) throw new Error('Samskap did not follow the host to nynorsk');
if (appI18n.hasResourceBundle('nn', 'samskap') !== true) throw new Error('no samskap namespace');
console.log('one changeLanguage call switched the app and Samskap to nynorsk');
