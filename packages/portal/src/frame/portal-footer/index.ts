export {
  type PortalContact,
  PortalFooter,
  type PortalFooterLabels,
  type PortalFooterLink,
  type PortalFooterProps,
} from './PortalFooter.js';
