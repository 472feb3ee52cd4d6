import { useTranslation } from 'react-i18next';
import { VISIBILITY, type Visibility } from '@passerelle/contracts/profile-codes';
import type { ProfileField } from '@passerelle/contracts/profile-fields';

interface VisibilityTableProps {
  values: Partial<Record<ProfileField, Visibility>>;
  onChange(field: ProfileField, visibility: Visibility): void;
  errors: Record<string, string>;
}

/** One choice per field: who besides the owner and staff may see it. */
export function VisibilityTable({ values, onChange, errors }: VisibilityTableProps) {
  const { t } = useTranslation();
  const fields = Object.keys(values) as ProfileField[];
  return (
    <fieldset className="field visibility" id="visibility">
      <legend className="field__label">{t('profile.sections.visibility')}</legend>
      <p className="field__hint">{t('profile.visibility.intro')}</p>
      <table className="visibility__table">
        <thead>
          <tr>
            <th scope="col">{t('profile.visibility.field')}</th>
            <th scope="col">{t('profile.visibility.who')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const error = errors[`visibility.${index}.field`] ?? errors[`visibility.${index}.visibility`];
            return (
              <tr key={field}>
                <th scope="row">{t(`profile.items.${field}`)}</th>
                <td>
                  <select
                    id={`visibility-${field}`}
                    aria-label={t('profile.visibility.selectLabel', { field: t(`profile.items.${field}`) })}
                    className="input select"
                    value={values[field]}
                    aria-invalid={Boolean(error)}
                    onChange={(event) => onChange(field, event.target.value as Visibility)}
                  >
                    {VISIBILITY.map((visibility) => (
                      <option key={visibility} value={visibility}>
                        {t(`profile.visibility.${visibility}`)}
                      </option>
                    ))}
                  </select>
                  {error && <p className="field__error">{error}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
