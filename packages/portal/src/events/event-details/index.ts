export { EventDetails, type EventDetailsProps } from './EventDetails.js';
