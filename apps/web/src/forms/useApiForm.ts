import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { toFormErrors, type FormErrors } from './errorMessages';
import { useFocusOnFirstInvalid } from './useFocusOnFirstInvalid';

type FormValues = Record<string, string>;

export interface SubmitOutcome<TValues extends FormValues> {
  /** Shown in the form's status region, e.g. "Modifications enregistrées". */
  message?: string;
  /** Replaces the form's values, e.g. cleared passwords or what the server stored. */
  values?: TValues;
}

interface ApiFormOptions<TValues extends FormValues> {
  initialValues: TValues;
  submit(values: TValues): Promise<SubmitOutcome<TValues> | void>;
  /** Explains this form's own failures (wrong credentials, email taken…) before the generic mapping. */
  explainError?(error: ApiError): FormErrors<keyof TValues & string> | undefined;
}

export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

/** Submit, pending state, success message and API errors mapped onto fields, for any form. */
export function useApiForm<TValues extends FormValues>({
  initialValues,
  submit,
  explainError,
}: ApiFormOptions<TValues>) {
  type Field = keyof TValues & string;
  const { t } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusOnFirstInvalid();
  const [values, setValues] = useState<TValues>(initialValues);
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [successMessage, setSuccessMessage] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const setValue = useCallback((name: Field, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    // Editing a field is the answer to its error, and makes an old success message stale.
    setErrors(({ [name]: _answered, ...rest }) => rest as FormErrors<Field>);
    setSuccessMessage(undefined);
  }, []);

  /** Follows a change made elsewhere (the header's language switch) without touching messages. */
  const syncValue = useCallback((name: Field, value: string) => {
    setValues((previous) => (previous[name] === value ? previous : { ...previous, [name]: value }));
  }, []);

  const bind = (name: Field): FieldBinding => ({
    name,
    value: values[name] ?? '',
    error: errors[name],
    onChange: (value) => setValue(name, value),
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setErrors({});
    setSuccessMessage(undefined);
    try {
      const outcome = await submit(values);
      if (outcome?.values) setValues(outcome.values);
      setSuccessMessage(outcome?.message);
    } catch (error) {
      const fields = Object.keys(values) as Field[];
      const specific = error instanceof ApiError ? explainError?.(error) : undefined;
      setErrors(specific ?? toFormErrors(t, error, fields));
      focusFirstInvalid();
    } finally {
      setSubmitting(false);
    }
  };

  return {
    formRef,
    values,
    bind,
    syncValue,
    formError: errors.form,
    successMessage,
    submitting,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void handleSubmit(event),
  };
}
