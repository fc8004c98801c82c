export { Badge, type BadgeColor, type BadgeProps } from './Badge.js';
