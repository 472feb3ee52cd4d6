import { useTranslation } from 'react-i18next';
import { SMART_GOAL_STATUSES, type SmartGoalStatus } from '@passerelle/contracts/profile-codes';
import { FieldError } from '../forms/Field';

export interface GoalDraft {
  id?: string;
  title: string;
  specific: string;
  measurable: string;
  targetDate: string;
  status: SmartGoalStatus;
}

export const emptyGoal = (): GoalDraft => ({
  title: '',
  specific: '',
  measurable: '',
  targetDate: '',
  status: 'open',
});

interface GoalsEditorProps {
  goals: GoalDraft[];
  onChange(goals: GoalDraft[]): void;
  errors: Record<string, string>;
}

type GoalText = 'title' | 'specific' | 'measurable' | 'targetDate';

/** A student's SMART goals, each a small group of fields; errors come back as student.goals.N.field. */
export function GoalsEditor({ goals, onChange, errors }: GoalsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<GoalDraft>) =>
    onChange(goals.map((goal, i) => (i === index ? { ...goal, ...change } : goal)));

  const input = (
    index: number,
    key: GoalText,
    label: string,
    type: 'text' | 'date' | 'textarea',
    hint?: string,
  ) => {
    const path = `student.goals.${index}.${key}`;
    const error = errors[path];
    const id = `goal-${index}-${key}`;
    const describedBy =
      [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') ||
      undefined;
    const common = {
      id,
      name: path,
      className: type === 'textarea' ? 'input textarea' : 'input',
      value: goals[index]![key],
      'aria-invalid': Boolean(error),
      'aria-describedby': describedBy,
    };
    return (
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {type === 'textarea' ? (
          <textarea {...common} rows={2} onChange={(event) => update(index, { [key]: event.target.value })} />
        ) : (
          <input {...common} type={type} onChange={(event) => update(index, { [key]: event.target.value })} />
        )}
        {hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
      </div>
    );
  };

  return (
    <div className="goals">
      <p>{t('profile.goals.intro')}</p>
      {goals.length === 0 && <p className="empty">{t('profile.goals.empty')}</p>}
      {goals.map((goal, index) => {
        const n = index + 1;
        return (
          <fieldset key={goal.id ?? `new-${index}`} className="goal">
            <legend className="goal__legend">{t('profile.goals.goal', { n })}</legend>
            {input(index, 'title', t('profile.goals.title'), 'text')}
            {input(index, 'specific', t('profile.goals.specific'), 'textarea')}
            {input(index, 'measurable', t('profile.goals.measurable'), 'textarea')}
            <div className="form-row">
              {input(
                index,
                'targetDate',
                t('profile.goals.targetDate'),
                'date',
                t('profile.goals.targetDateHint'),
              )}
              {goal.id && (
                <div className="field">
                  <label className="field__label" htmlFor={`goal-${index}-status`}>
                    {t('profile.goals.status')}
                  </label>
                  <select
                    id={`goal-${index}-status`}
                    className="input select"
                    value={goal.status}
                    onChange={(event) => update(index, { status: event.target.value as SmartGoalStatus })}
                  >
                    {SMART_GOAL_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`profile.goals.statuses.${status}`)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(goals.filter((_, i) => i !== index))}
            >
              {t('profile.goals.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...goals, emptyGoal()])}>
        {t('profile.goals.add')}
      </button>
    </div>
  );
}
