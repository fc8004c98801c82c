export { List, type ListProps } from './List.js';
