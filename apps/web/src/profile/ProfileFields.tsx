import { useTranslation } from 'react-i18next';
import { MEETING_FORMATS, SECTORS, type Visibility } from '@passerelle/contracts/profile-codes';
import type { ProfileField } from '@passerelle/contracts/profile-fields';
import { Field, TextField } from '../forms/Field';
import type { FieldBinding } from '../forms/useApiForm';
import { CheckboxGroup } from '../forms/CheckboxGroup';
import { COMMON_LANGUAGES, countryOptions, languageName, languageOptions } from './labels';
import type { MyProfileView } from './profileApi';

/** A <select> bound like a text field, with an empty first choice. */
export function SelectField({
  label,
  binding,
  options,
  emptyLabel,
}: {
  label: string;
  binding: FieldBinding;
  options: readonly { value: string; label: string }[];
  emptyLabel: string;
}) {
  return (
    <Field label={label} binding={binding}>
      {({ labelId: _labelled, ...control }) => (
        <select
          {...control}
          className="input select"
          value={binding.value}
          onChange={(event) => binding.onChange(event.target.value)}
        >
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  binding,
  hint,
  rows = 4,
}: {
  label: string;
  binding: FieldBinding;
  hint?: string;
  rows?: number;
}) {
  return (
    <Field label={label} binding={binding} hint={hint}>
      {({ labelId: _labelled, ...control }) => (
        <textarea
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

export function CountryField({ binding }: { binding: FieldBinding }) {
  const { t, i18n } = useTranslation();
  return (
    <SelectField
      label={t('profile.fields.country')}
      binding={binding}
      emptyLabel={t('profile.fields.countryNone')}
      options={countryOptions(i18n.language).map(({ code, name }) => ({ value: code, label: name }))}
    />
  );
}

export function useSectorOptions() {
  const { t } = useTranslation();
  return SECTORS.map((sector) => ({ value: sector, label: t(`profile.sectors.${sector}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
}

export function useMeetingFormatOptions() {
  const { t } = useTranslation();
  return MEETING_FORMATS.map((format) => ({ value: format, label: t(`profile.formats.${format}`) }));
}

/** Free tags, comma-separated, sent as the request's `tags` list. */
export function TagsField({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  return <TextField label={t('profile.items.tags')} hint={t('profile.fields.tagsHint')} binding={binding} />;
}

/** The owner's visibility choices as a map. */
export const visibilityMap = (profile: MyProfileView): Partial<Record<ProfileField, Visibility>> =>
  Object.fromEntries(profile.visibility.map((entry) => [entry.field, entry.visibility]));

/** The map back as the API's list. */
export const visibilityList = (values: Partial<Record<ProfileField, Visibility>>) =>
  (Object.entries(values) as [ProfileField, Visibility][]).map(([field, visibility]) => ({
    field,
    visibility,
  }));

/** "a, b , c" → ['a', 'b', 'c'] */
export const splitList = (text: string, separator: RegExp = /,/): string[] =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** Common languages as boxes to tick, any other from a list (it then gets its own box). */
export function LanguagesField({
  name,
  selected,
  onChange,
  error,
}: {
  name: string;
  selected: string[];
  onChange(selected: string[]): void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const shown = [...COMMON_LANGUAGES, ...selected.filter((code) => !COMMON_LANGUAGES.includes(code))];
  return (
    <div>
      <CheckboxGroup
        legend={t('profile.items.languages')}
        hint={t('profile.fields.languagesHint')}
        name={name}
        options={shown.map((code) => ({ value: code, label: languageName(locale, code) }))}
        selected={selected}
        onChange={onChange}
        error={error}
        columns
      />
      <label className="field__label field__label--secondary" htmlFor={`${name}-more`}>
        {t('profile.languageNames.more')}
      </label>
      <select
        id={`${name}-more`}
        className="input select"
        value=""
        onChange={(event) => event.target.value && onChange([...selected, event.target.value])}
      >
        <option value="">{t('profile.languageNames.choose')}</option>
        {languageOptions(locale)
          .filter((option) => !shown.includes(option.code))
          .map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
      </select>
    </div>
  );
}
