import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMATS, MENTORING_TOPICS, SECTORS } from '@passerelle/contracts/profile-codes';
import { countryOptions, languageOptions } from '../profile/labels';
import { allSkills } from './directoryApi';
import { activeFilterCount, UTC_OFFSETS, utcOffsetLabel, type FilterKey } from './directoryQuery';

interface FiltersProps {
  params: URLSearchParams;
  onChange(key: FilterKey, value: string): void;
  onReset(): void;
  /** Staff also choose whether to see mentors who are not available. */
  showAvailability: boolean;
}

interface Option {
  value: string;
  label: string;
}

export function SelectFilter({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange(value: string): void;
}) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('directory.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Two controls of one range (graduation years, UTC offset), grouped under one legend. */
function RangeFilter({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="directory-filters__range">
      <legend className="field__label">{legend}</legend>
      <div className="directory-filters__pair">{children}</div>
    </fieldset>
  );
}

/** A year typed freely, applied when the field is left or Enter is pressed (not at every digit). */
function YearInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onChange(draft.trim());
  };
  return (
    <div className="field">
      <label className="field__label field__label--small" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}

function CheckboxFilter({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="directory-filters__check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The filters panel: every control labelled, each change applied at once and kept in the address. */
export function DirectoryFilters({ params, onChange, onReset, showAvailability }: FiltersProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [skills, setSkills] = useState<Option[]>([]);
  const value = (key: FilterKey) => params.get(key) ?? '';
  const count = activeFilterCount(params);
  const [initiallyOpen] = useState(() => window.matchMedia('(min-width: 52rem)').matches);

  useEffect(() => {
    let current = true;
    allSkills(locale)
      .then((list) => {
        if (!current) return;
        const label = (skill: (typeof list)[number]) => (locale === 'en' ? skill.labelEn : skill.labelFr);
        setSkills(
          list
            .map((skill) => ({ value: skill.id, label: label(skill) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
        );
      })
      // Without the list the other filters still work; the skill filter just offers nothing.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);

  const offsets = UTC_OFFSETS.map((hours) => ({ value: String(hours), label: utcOffsetLabel(hours) }));
  return (
    // A disclosure, open from the start on wide screens; on a phone the results come first.
    <details className="directory-filters" open={initiallyOpen}>
      <summary className="directory-filters__summary">
        <h2 className="directory-filters__title">
          {t('directory.filters.title')}
          {count > 0 && (
            <span className="directory-filters__count"> ({t('directory.filters.active', { count })})</span>
          )}
        </h2>
      </summary>
      <div className="directory-filters__body">
        {count > 0 && (
          <button type="button" className="button button--quiet directory-filters__reset" onClick={onReset}>
            {t('directory.filters.reset')}
          </button>
        )}
        <SelectFilter
          label={t('directory.filters.sector')}
          value={value('sector')}
          options={SECTORS.map((code) => ({ value: code, label: t(`profile.sectors.${code}`) })).sort(
            (a, b) => a.label.localeCompare(b.label, locale),
          )}
          onChange={(next) => onChange('sector', next)}
        />
        <SelectFilter
          label={t('directory.filters.skill')}
          value={value('skill')}
          options={skills}
          onChange={(next) => onChange('skill', next)}
        />
        <SelectFilter
          label={t('directory.filters.language')}
          value={value('language')}
          options={languageOptions(locale).map(({ code, name }) => ({ value: code, label: name }))}
          onChange={(next) => onChange('language', next)}
        />
        <SelectFilter
          label={t('directory.filters.country')}
          value={value('country')}
          options={countryOptions(locale).map(({ code, name }) => ({ value: code, label: name }))}
          onChange={(next) => onChange('country', next)}
        />
        <RangeFilter legend={t('directory.filters.graduationYears')}>
          <YearInput
            label={t('directory.filters.graduationYearFrom')}
            value={value('graduationYearFrom')}
            onChange={(next) => onChange('graduationYearFrom', next)}
          />
          <YearInput
            label={t('directory.filters.graduationYearTo')}
            value={value('graduationYearTo')}
            onChange={(next) => onChange('graduationYearTo', next)}
          />
        </RangeFilter>
        <RangeFilter legend={t('directory.filters.utcOffset')}>
          <SelectFilter
            label={t('directory.filters.utcOffsetFrom')}
            value={value('utcOffsetFrom')}
            options={offsets}
            onChange={(next) => onChange('utcOffsetFrom', next)}
          />
          <SelectFilter
            label={t('directory.filters.utcOffsetTo')}
            value={value('utcOffsetTo')}
            options={offsets}
            onChange={(next) => onChange('utcOffsetTo', next)}
          />
        </RangeFilter>
        <SelectFilter
          label={t('directory.filters.topic')}
          value={value('topic')}
          options={MENTORING_TOPICS.map((code) => ({ value: code, label: t(`profile.topics.${code}`) }))}
          onChange={(next) => onChange('topic', next)}
        />
        <SelectFilter
          label={t('directory.filters.format')}
          value={value('format')}
          options={MEETING_FORMATS.map((code) => ({ value: code, label: t(`profile.formats.${code}`) }))}
          onChange={(next) => onChange('format', next)}
        />
        <CheckboxFilter
          label={t('directory.filters.hasFreeCapacity')}
          checked={value('hasFreeCapacity') === 'true'}
          onChange={(checked) => onChange('hasFreeCapacity', checked ? 'true' : '')}
        />
        {showAvailability && (
          <CheckboxFilter
            label={t('directory.filters.availableOnly')}
            checked={value('availableOnly') === 'true'}
            onChange={(checked) => onChange('availableOnly', checked ? 'true' : '')}
          />
        )}
      </div>
    </details>
  );
}
