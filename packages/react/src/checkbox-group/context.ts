import { type ChangeEvent, createContext, useContext } from 'react';

export interface CheckboxGroupState {
  name?: string;
  value: readonly string[];
  toggle: (value: string, checked: boolean, event: ChangeEvent<HTMLInputElement>) => void;
}

export const CheckboxGroupContext = createContext<CheckboxGroupState | null>(null);

export function useCheckboxGroup(): CheckboxGroupState | null {
  return useContext(CheckboxGroupContext);
}
