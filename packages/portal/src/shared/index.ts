export { DateText, type DateTextProps, PORTAL_TIME_ZONE, parseDataDate } from './DateText.js';
export { asNumber, asRecords, asText, asTextList } from './data.js';
