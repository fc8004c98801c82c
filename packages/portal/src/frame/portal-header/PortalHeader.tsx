import { portalHeaderStrings } from '@samskap/i18n';
import {
  Badge,
  Button,
  Icon,
  type LabelOverrides,
  Link,
  SkipLink,
  safeUrl,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import {
  Bar,
  Brand,
  MenuToggle,
  NavItem,
  NavList,
  Panel,
  PhaseBar,
  PhaseText,
  Root,
  Search,
  Tools,
} from './PortalHeader.styles.js';

/** One link in the main navigation. */
export interface PortalNavItem {
  /** The link text. */
  label: ReactNode;
  /** Where it goes (through `safeUrl`; a refused URL leaves the item out). */
  href: string;
  /** This is the page the reader is on: marked with `aria-current="page"`. */
  current?: boolean;
}

/** The development phase a service can announce in the banner above the header. */
export type PortalPhase = 'alpha' | 'beta' | 'pilot';

const keys = {
  home: 'portalHeader.home',
  navigation: 'portalHeader.navigation',
  menu: 'portalHeader.menu',
  alpha: 'portalHeader.phase.alpha',
  beta: 'portalHeader.phase.beta',
  pilot: 'portalHeader.phase.pilot',
  phaseText: 'portalHeader.phaseText',
  phaseFeedback: 'portalHeader.phaseFeedback',
  phaseLabel: 'portalHeader.phaseLabel',
} as const;

export type PortalHeaderLabels = LabelOverrides<keyof typeof keys>;

export interface PortalHeaderProps extends HTMLAttributes<HTMLElement> {
  /** The portal's name, shown as the link to the home page. */
  siteName: string;
  /**
   * The home page.
   * @default '/'
   */
  homeHref?: string;
  /**
   * The agency's logo, shown before the site name inside the home link. Give the image an
   * empty `alt`: the site name beside it already names the link.
   */
  logo?: ReactNode;
  /** The main navigation, in order. Mark the page the reader is on with `current`. */
  navigation?: readonly PortalNavItem[];
  /**
   * A `LanguageSwitcher`. It stays in the top bar at every width, never folded behind the
   * menu, so it is one step away at 320 px.
   */
  languageSwitcher?: ReactNode;
  /** A `SearchField`. On narrow screens it folds behind the menu button with the navigation. */
  search?: ReactNode;
  /** A phase banner above the header, for a service in alpha, beta or pilot. */
  phase?: PortalPhase;
  /** Where the phase banner's feedback link goes. Without it, the banner has no link. */
  feedbackHref?: string;
  /**
   * The id of the page's main content, for the skip link.
   * @default 'main'
   */
  mainId?: string;
  /** Overrides of the built-in strings. */
  labels?: PortalHeaderLabels;
}

/**
 * The top of every page: a skip link, an optional phase banner, the logo and site name linking
 * home, a language switcher, a search field and the main navigation.
 *
 * On narrow headers (under 48rem) the navigation and search fold behind a menu button: a
 * disclosure (`aria-expanded`), not a modal. The folding is CSS over the header's own width, so
 * the server's HTML is right at every width; the button appears only once scripts run, and until
 * then the navigation is simply shown.
 */
export const PortalHeader = forwardRef<HTMLElement, PortalHeaderProps>(function PortalHeader(
  {
    siteName,
    homeHref = '/',
    logo,
    navigation = [],
    languageSwitcher,
    search,
    phase,
    feedbackHref,
    mainId = 'main',
    labels,
    ...rest
  },
  ref,
) {
  useSamskapStrings('portalHeader', portalHeaderStrings);
  const label = useLabels(keys, labels);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Before hydration (and without scripts) the menu is "static": shown, with no button.
  const [menu, setMenu] = useState<'static' | 'closed' | 'open'>('static');
  useEffect(() => setMenu('closed'), []);

  const items = navigation.flatMap((item) => {
    const href = safeUrl(item.href);
    return href === undefined ? [] : [{ ...item, href }];
  });
  const hasPanel = items.length > 0 || search !== undefined;
  const feedback = safeUrl(feedbackHref);

  const close = (returnFocus: boolean) => {
    setMenu((m) => (m === 'open' ? 'closed' : m));
    if (returnFocus) buttonRef.current?.focus();
  };
  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menu === 'open') {
      event.preventDefault();
      close(true);
    }
  };
  // A single-page app's router keeps the page, so the folded menu closes after a link.
  const onNavClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('a')) close(false);
  };

  return (
    <Root ref={ref} data-menu={hasPanel ? menu : undefined} {...rest}>
      <SkipLink href={`#${mainId}`} />
      {phase ? (
        <PhaseBar role="region" aria-label={label('phaseLabel')}>
          <Badge color="info">{label(phase)}</Badge>
          <PhaseText>
            {label('phaseText')}
            {feedback ? (
              <>
                {' '}
                <Link href={feedback}>{label('phaseFeedback')}</Link>
              </>
            ) : null}
          </PhaseText>
        </PhaseBar>
      ) : null}
      <Bar>
        <Brand>
          <Link
            href={safeUrl(homeHref) ?? '/'}
            color="neutral"
            aria-label={label('home', { siteName })}
          >
            {logo}
            <span>{siteName}</span>
          </Link>
        </Brand>
        <Tools>
          {languageSwitcher}
          {hasPanel ? (
            <MenuToggle>
              <Button
                ref={buttonRef}
                variant="secondary"
                size="sm"
                aria-expanded={menu === 'open'}
                aria-controls={panelId}
                onClick={() => setMenu((m) => (m === 'open' ? 'closed' : 'open'))}
                onKeyDown={(event) => {
                  if (event.key === 'Escape' && menu === 'open') close(false);
                }}
                icon={<Icon name={menu === 'open' ? 'close' : 'menu'} width={16} height={16} />}
              >
                {label('menu')}
              </Button>
            </MenuToggle>
          ) : null}
        </Tools>
      </Bar>
      {hasPanel ? (
        <Panel id={panelId} onKeyDown={onPanelKeyDown}>
          {items.length > 0 ? (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link is a click
            <nav aria-label={label('navigation')} onClick={onNavClick}>
              <NavList>
                {items.map((item) => (
                  <NavItem key={item.href} data-current={item.current ? '' : undefined}>
                    <Link
                      href={item.href}
                      color="neutral"
                      aria-current={item.current ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </NavItem>
                ))}
              </NavList>
            </nav>
          ) : null}
          {search !== undefined ? <Search>{search}</Search> : null}
        </Panel>
      ) : null}
    </Root>
  );
});
