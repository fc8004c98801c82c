export { Fieldset, type FieldsetProps, useFieldsetContext } from './Fieldset.js';
