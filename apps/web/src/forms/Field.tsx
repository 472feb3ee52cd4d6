import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { FieldBinding } from './useApiForm';

/** What a custom control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  labelId: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  binding: FieldBinding;
  hint?: ReactNode;
  children(control: ControlProps): ReactNode;
}

/** An aria-describedby value from the ids that exist; the error first, as it matters most. */
export function joinIds(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** Label, control, hint and error message, wired together for assistive technologies. */
export function Field({ label, binding, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = binding.error ? `${id}-error` : undefined;

  return (
    <div className={binding.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {children({
        id,
        labelId: `${id}-label`,
        name: binding.name,
        'aria-invalid': Boolean(binding.error),
        'aria-describedby': joinIds(errorId, hintId),
      })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {binding.error && <FieldError id={errorId}>{binding.error}</FieldError>}
    </div>
  );
}

export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {children}
    </p>
  );
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'name' | 'id'>;

interface TextFieldProps extends TextInputProps {
  label: string;
  binding: FieldBinding;
  hint?: ReactNode;
}

export function TextField({ label, binding, hint, type = 'text', ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} binding={binding} hint={hint}>
      {({ labelId: _labelled, ...control }) => (
        <input
          {...inputProps}
          {...control}
          className="input"
          type={type}
          value={binding.value}
          onChange={(event) => binding.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'name' | 'id'>;

interface TextAreaFieldProps extends TextAreaProps {
  label: string;
  binding: FieldBinding;
  hint?: ReactNode;
}

export function TextAreaField({ label, binding, hint, rows = 4, ...textareaProps }: TextAreaFieldProps) {
  return (
    <Field label={label} binding={binding} hint={hint}>
      {({ labelId: _labelled, ...control }) => (
        <textarea
          {...textareaProps}
          {...control}
          className="input textarea"
          rows={rows}
          value={binding.value}
          onChange={(event) => binding.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
