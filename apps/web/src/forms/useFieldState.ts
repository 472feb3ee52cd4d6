import { useState } from 'react';
import type { FieldBinding } from './useApiForm';

/** One field's value and error outside useApiForm (a dialog's reason or note); typing clears the error. */
export function useFieldState(name: string, initial = '') {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const binding: FieldBinding = {
    name,
    value,
    error,
    onChange: (next) => {
      setValue(next);
      setError(undefined);
    },
  };
  const reset = (next: string = initial) => {
    setValue(next);
    setError(undefined);
  };
  return { binding, value, setError, reset };
}
