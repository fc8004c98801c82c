export { Card, CardLink, type CardLinkProps, type CardProps } from './Card.js';
