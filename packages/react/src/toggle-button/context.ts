import { createContext, useContext } from 'react';

export interface ToggleGroupContextValue {
  value: string | undefined;
  select: (value: string) => void;
}

export const ToggleGroupContext = createContext<ToggleGroupContextValue | null>(null);

export const useToggleGroup = () => useContext(ToggleGroupContext);
