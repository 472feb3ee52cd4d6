import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import { TimeZoneCombobox } from './TimeZoneCombobox';
import type { FieldBinding } from './useApiForm';

export function TimeZoneField({ label, binding }: { label: string; binding: FieldBinding }) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={t('fields.timeZoneHint')} binding={binding}>
      {(control) => <TimeZoneCombobox {...control} value={binding.value} onChange={binding.onChange} />}
    </Field>
  );
}
