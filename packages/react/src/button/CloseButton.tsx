import { Icon } from '../icon/Icon.js';
import { Button } from './Button.js';

export interface CloseButtonProps {
  /** The button's accessible name: "Lukk", "Tøm søkefeltet". */
  label: string;
  onClick: () => void;
  /** The cross's width and height, in pixels. */
  iconSize: number;
}

/** The small button with a cross that closes a dialog or clears a field. */
export function CloseButton({ label, onClick, iconSize }: CloseButtonProps) {
  return (
    <Button
      variant="tertiary"
      size="sm"
      aria-label={label}
      onClick={onClick}
      icon={<Icon name="close" width={iconSize} height={iconSize} />}
    />
  );
}
