import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from './suggestionsApi';

/** The programmes the person can look for a mentor in, the reverse ones marked as such. */
export function ProgrammePicker({
  programmes,
  value,
  onChange,
}: {
  programmes: ProgrammeSummary[];
  value: string;
  onChange(programmeId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <fieldset className="programme-picker">
      <legend className="field__label">{t('suggestions.programme.legend')}</legend>
      {programmes.map((programme) => (
        <label
          key={programme.id}
          className={`programme-option programme-option--${programme.mode}`}
          data-checked={programme.id === value}
        >
          <input
            type="radio"
            name="programme"
            value={programme.id}
            checked={programme.id === value}
            onChange={() => onChange(programme.id)}
          />
          <span className="programme-option__name">{english ? programme.nameEn : programme.nameFr}</span>
          {programme.mode === 'reverse' && (
            <span className="mode-badge">{t('suggestions.programme.reverse')}</span>
          )}
          <span className="programme-option__hint">{t(`suggestions.programme.hint.${programme.mode}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
