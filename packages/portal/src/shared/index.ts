export { DateText, type DateTextProps, PORTAL_TIME_ZONE, parseDataDate } from './DateText.js';
export { asNumber, asRecords, asText, asTextList, paragraphsOf } from './data.js';
