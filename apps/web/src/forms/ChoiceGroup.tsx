import { useId } from 'react';
import { FieldError, joinIds } from './Field';
import type { FieldBinding } from './useApiForm';

export interface Choice {
  value: string;
  label: string;
  description?: string;
}

interface ChoiceGroupProps {
  legend: string;
  binding: FieldBinding;
  choices: readonly Choice[];
}

/** A radio group in a fieldset: arrow keys move between choices, as browsers do natively. */
export function ChoiceGroup({ legend, binding, choices }: ChoiceGroupProps) {
  const id = useId();
  const errorId = binding.error ? `${id}-error` : undefined;

  return (
    <fieldset
      className={binding.error ? 'field field--invalid choices' : 'field choices'}
      aria-describedby={errorId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="choices__options">
        {choices.map((choice) => {
          const descriptionId = choice.description ? `${id}-${choice.value}-description` : undefined;
          return (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={binding.name}
                value={choice.value}
                checked={binding.value === choice.value}
                onChange={() => binding.onChange(choice.value)}
                aria-invalid={Boolean(binding.error)}
                // Each radio carries the error too: not every screen reader reads a fieldset's description.
                aria-describedby={joinIds(errorId, descriptionId)}
              />
              <span className="choice__text">
                <span className="choice__label">{choice.label}</span>
                {choice.description && (
                  <span className="choice__description" id={descriptionId}>
                    {choice.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {binding.error && <FieldError id={errorId}>{binding.error}</FieldError>}
    </fieldset>
  );
}
