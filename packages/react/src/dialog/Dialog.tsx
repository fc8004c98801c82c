import type { SamskapKey } from '@samskap/i18n';
import {
  type DialogHTMLAttributes,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
} from 'react';
import { ensureLiveRegions, MODAL_ATTRIBUTE } from '../announce/announce.js';
import { CloseButton } from '../button/CloseButton.js';
import { Heading, type HeadingLevel } from '../heading/Heading.js';
import { useLabels } from '../labels/useLabels.js';
import { mergeRefs } from '../utils/mergeRefs.js';
import { Footer, Header, Inner, StyledDialog } from './Dialog.styles.js';
import { lockPageScroll, unlockPageScroll } from './scrollLock.js';

export interface DialogLabels {
  /** The accessible name of the close button. */
  close: string;
}

const labelKeys = { close: 'dialog.close' } as const satisfies Record<
  keyof DialogLabels,
  SamskapKey
>;

export interface DialogProps
  extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose' | 'onCancel'> {
  /** Whether the dialog is open. It is modal: the rest of the page is inert while it is. */
  open: boolean;
  /**
   * Called when the reader asks to close it: the close button, Escape, a
   * `<form method="dialog">` inside it, or (with `closeOnBackdropClick`) a click outside.
   * Set `open` to false in response.
   */
  onClose: () => void;
  /** The dialog's heading; it is also the dialog's accessible name. */
  heading: ReactNode;
  /**
   * The heading's level. Dialogs start a new outline, so 2 fits most pages.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Actions at the bottom, such as a confirm and a cancel button. */
  footer?: ReactNode;
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg';
  /**
   * Close on a click outside the dialog. Off by default so that a stray click does not throw
   * away what someone typed.
   * @default false
   */
  closeOnBackdropClick?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<DialogLabels>;
}

function focusableInside(element: HTMLElement): boolean {
  return element.contains(document.activeElement) && document.activeElement !== element;
}

/**
 * A modal dialog on the native `<dialog>` with `showModal()`: the page behind is inert, Escape
 * closes it, it is named by its heading, focus moves into it (to an element with `autoFocus`,
 * else its first control) and returns to where it was when it closes.
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(
  {
    open,
    onClose,
    heading,
    headingLevel = 2,
    footer,
    size = 'md',
    closeOnBackdropClick = false,
    labels,
    children,
    onClick,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const openRef = useRef(open);
  openRef.current = open;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Where showModal is missing or found nothing to focus, focus still has to move in.
      if (!focusableInside(dialog)) dialog.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (!open && returnFocus.current) {
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target.isConnected) target.focus();
    }
  }, [open]);

  // While open, the page behind does not scroll, and messages are read from a live region inside
  // the dialog: outside a modal dialog the page is inert, its live regions included.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    dialog.setAttribute(MODAL_ATTRIBUTE, '');
    ensureLiveRegions(dialog);
    lockPageScroll();
    return () => {
      dialog.removeAttribute(MODAL_ATTRIBUTE);
      unlockPageScroll();
    };
  }, [open]);

  // Unmounted while open: still give focus back.
  useEffect(
    () => () => {
      if (returnFocus.current?.isConnected) returnFocus.current.focus();
    },
    [],
  );

  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // The browser would close the dialog itself; the parent owns `open`, so ask it instead.
    event.preventDefault();
    onClose();
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(event);
    // Handled here rather than left to the browser's cancel event, so it works the same
    // everywhere; cancelling the keydown stops the browser's own close request. A control inside
    // that uses Escape itself (a combobox closing its list) cancels the event first.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
  const handleClose = () => {
    // Closed by the browser (a form with method="dialog") while the parent still says open.
    if (openRef.current) onClose();
  };
  const handleClick = (event: MouseEvent<HTMLDialogElement>) => {
    onClick?.(event);
    if (closeOnBackdropClick && event.target === event.currentTarget) onClose();
  };

  return (
    <StyledDialog
      ref={mergeRefs(ref, dialogRef)}
      aria-labelledby={headingId}
      data-size={size}
      tabIndex={-1}
      onCancel={handleCancel}
      onClose={handleClose}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      {open ? (
        <Inner>
          <Header>
            <Heading id={headingId} level={headingLevel} size="md">
              {heading}
            </Heading>
            <CloseButton label={label('close')} onClick={onClose} iconSize={20} />
          </Header>
          <div>{children}</div>
          {footer ? <Footer>{footer}</Footer> : null}
        </Inner>
      ) : null}
    </StyledDialog>
  );
});
