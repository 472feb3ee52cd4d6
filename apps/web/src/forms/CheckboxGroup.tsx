import { useId } from 'react';
import { FieldError } from './Field';

interface CheckboxGroupProps {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  error?: string;
  hint?: string;
  columns?: boolean;
}

/** Several choices in a fieldset; the error and hint are tied to every box. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  error,
  hint,
  columns,
}: CheckboxGroupProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));

  return (
    <fieldset
      className={error ? 'field field--invalid checkboxes' : 'field checkboxes'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className={columns ? 'checkboxes__options checkboxes__options--columns' : 'checkboxes__options'}>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={Boolean(error)}
              aria-describedby={describedBy}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </fieldset>
  );
}

/** One yes/no choice on its own line, its label beside the box. */
export function StandaloneCheckbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="checkbox checkbox--standalone">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
