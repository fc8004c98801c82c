export { sampleArticles } from './articles.js';
export { sampleCases } from './cases.js';
export { edgeCases } from './edge-cases.js';
export { sampleEvents } from './events.js';
export { generateCases } from './generate.js';
