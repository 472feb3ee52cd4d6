import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, focus goes to the form's first invalid control, so keyboard and screen
 * reader users land on what to fix. Call `focusFirstInvalid()` once errors are set: focus moves
 * after the render that marks the controls invalid, even when the errors are the same as before.
 */
export function useFocusOnFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);

  useEffect(() => {
    if (failedAttempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedAttempts]);

  const focusFirstInvalid = useCallback(() => setFailedAttempts((count) => count + 1), []);
  return { formRef, focusFirstInvalid };
}
