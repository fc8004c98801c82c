import { type ChangeEvent, createContext, useContext } from 'react';

export interface RadioGroupState {
  name: string;
  value: string | undefined;
  select: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
}

export const RadioGroupContext = createContext<RadioGroupState | null>(null);

export function useRadioGroup(): RadioGroupState | null {
  return useContext(RadioGroupContext);
}
