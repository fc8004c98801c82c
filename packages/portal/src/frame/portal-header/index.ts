export {
  PortalHeader,
  type PortalHeaderLabels,
  type PortalHeaderProps,
  type PortalNavItem,
  type PortalPhase,
} from './PortalHeader.js';
