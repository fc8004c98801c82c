import type { FieldBaseProps, FieldFrameProps } from './Field.js';

/** The props every field control takes for its field rather than for its own element. */
type FieldPropNames = keyof FieldBaseProps | 'id' | 'disabled';

/**
 * Splits a field control's props in two: what its `FieldFrame` takes (label, description, error,
 * requirement, labels, the id as `controlId`, disabled), and the rest, for the control. The
 * control is disabled through its field, so `disabled` is not in the rest.
 */
export function splitFieldProps<P extends FieldBaseProps & { id?: string; disabled?: boolean }>(
  props: P,
): [Omit<FieldFrameProps, 'children'>, Omit<P, FieldPropNames>] {
  const { label, description, error, required, optional, labels, id, disabled, ...rest } = props;
  return [{ label, description, error, required, optional, labels, controlId: id, disabled }, rest];
}
