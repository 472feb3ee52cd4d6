import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onComboboxKey } from '../forms/comboboxKeys';
import { FieldError } from '../forms/Field';
import { profileApi, type SkillView } from './profileApi';

interface SkillsPickerProps {
  label: string;
  /** The API field its errors come back on, e.g. `alumnus.skillIds`. */
  name: string;
  selected: readonly SkillView[];
  onChange(selected: SkillView[]): void;
  error?: string;
}

export const skillLabel = (skill: SkillView, language: string): string =>
  language === 'en' ? skill.labelEn : skill.labelFr;

/**
 * Picks skills from the taxonomy: a combobox (WAI-ARIA "list autocomplete") searching the API
 * in both languages; Enter or a click adds the active skill, chosen skills are listed with a
 * remove button each.
 */
export function SkillsPicker({ label, name, selected, onChange, error }: SkillsPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SkillView[]>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const language = i18n.language;

  useEffect(() => {
    if (!open) return;
    let current = true;
    // A short pause so each keystroke does not send a request.
    const timer = setTimeout(() => {
      profileApi
        .searchSkills(query, language, 12)
        .then((page) => current && setResults(page.items))
        .catch(() => current && setResults([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, open, language]);

  const options = results.filter((skill) => !selected.some((chosen) => chosen.id === skill.id));
  const active = open ? options[Math.min(activeIndex, options.length - 1)] : undefined;
  const listboxId = `${id}-listbox`;
  const optionId = (skillId: string) => `${id}-option-${skillId}`;
  const errorId = error ? `${id}-error` : undefined;
  const hintId = `${id}-hint`;

  const add = (skill: SkillView) => {
    onChange([...selected, skill]);
    setQuery('');
    setActiveIndex(0);
    setAnnouncement(t('profile.skills.added', { label: skillLabel(skill, language) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    onComboboxKey(event, {
      open,
      move: (step) => {
        if (step === 1 && !open) setOpen(true);
        else if (step === 1) setActiveIndex((index) => Math.min(options.length - 1, index + 1));
        else setActiveIndex((index) => Math.max(0, index - 1));
      },
      pickActive: active && (() => add(active)),
      close: () => setOpen(false),
    });

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="combobox">
        <input
          id={id}
          name={name}
          className="input combobox__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(active.id) : undefined}
          aria-invalid={Boolean(error)}
          aria-describedby={[errorId, hintId].filter(Boolean).join(' ')}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-labelledby={`${id}-label`}
          className="combobox__listbox"
          hidden={!open}
        >
          {open &&
            options.map((skill) => (
              <li
                key={skill.id}
                id={optionId(skill.id)}
                role="option"
                aria-selected={skill.id === active?.id}
                className={
                  skill.id === active?.id ? 'combobox__option combobox__option--active' : 'combobox__option'
                }
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(skill)}
              >
                <span>{skillLabel(skill, language)}</span>
                <span className="combobox__offset">
                  {language === 'en' ? skill.familyLabelEn : skill.familyLabelFr}
                </span>
              </li>
            ))}
        </ul>
        {open && options.length === 0 && query !== '' && (
          <p className="combobox__empty" aria-hidden="true">
            {t('profile.skills.noMatch')}
          </p>
        )}
      </div>
      <p className="field__hint" id={hintId}>
        {t('profile.skills.hint')}
      </p>
      <p className="visually-hidden" role="status">
        {open && query !== ''
          ? options.length
            ? t('profile.skills.matches', { count: options.length })
            : t('profile.skills.noMatch')
          : announcement}
      </p>
      <ul className="chips" aria-label={t('profile.skills.selected')}>
        {selected.map((skill) => (
          <li key={skill.id} className="chip">
            <span>{skillLabel(skill, language)}</span>
            <button
              type="button"
              className="chip__remove"
              aria-label={t('profile.skills.remove', { label: skillLabel(skill, language) })}
              onClick={() => onChange(selected.filter((chosen) => chosen.id !== skill.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {selected.length === 0 && <p className="field__hint">{t('profile.skills.none')}</p>}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}
