import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onComboboxKey } from './comboboxKeys';
import type { ControlProps } from './Field';
import { filterTimeZones, timeZoneOptions } from './timeZones';

interface TimeZoneComboboxProps extends ControlProps {
  value: string;
  onChange(value: string): void;
}

/**
 * An editable combobox with a filtered list (WAI-ARIA APG "list autocomplete"): typing filters,
 * Up/Down move the active option, Enter picks it, Escape closes. Focus stays in the input and
 * aria-activedescendant tells screen readers which option is active.
 */
export function TimeZoneCombobox({ value, onChange, labelId, ...control }: TimeZoneComboboxProps) {
  const { t } = useTranslation();
  const allOptions = useMemo(timeZoneOptions, []);
  // The text typed since the list opened; empty shows every zone, with the current one active.
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const options = useMemo(() => filterTimeZones(allOptions, query), [allOptions, query]);

  const listboxId = `${control.id}-listbox`;
  const optionId = (index: number) => `${control.id}-option-${index}`;
  const activeOption = open ? options[activeIndex] : undefined;

  const activeOptionId = activeOption ? optionId(activeIndex) : undefined;
  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const openList = () => {
    setQuery('');
    setActiveIndex(
      Math.max(
        0,
        allOptions.findIndex((option) => option.zone === value),
      ),
    );
    setOpen(true);
  };

  const pick = (zone: string) => {
    onChange(zone);
    setOpen(false);
  };

  const moveActive = (step: number) => {
    if (!open) return openList();
    setActiveIndex((index) => Math.min(options.length - 1, Math.max(0, index + step)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    onComboboxKey(event, {
      open,
      move: moveActive,
      // Closed, Enter submits the form as in any text field.
      pickActive: activeOption && (() => pick(activeOption.zone)),
      close: () => setOpen(false),
    });

  return (
    <div className="combobox">
      <input
        {...control}
        className="input combobox__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={activeOptionId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setQuery(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => (open ? setOpen(false) : openList())}
        onBlur={() => setOpen(false)}
      />
      <span className="combobox__chevron" aria-hidden="true" />
      <ul
        id={listboxId}
        role="listbox"
        aria-labelledby={labelId}
        className="combobox__listbox"
        hidden={!open}
      >
        {open &&
          options.map((option, index) => (
            <li
              key={option.zone}
              id={optionId(index)}
              role="option"
              aria-selected={option.zone === value}
              className={
                index === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'
              }
              // Keeps focus in the input, so the click does not blur and close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option.zone)}
            >
              <span>{option.zone.replaceAll('_', ' ')}</span>
              <span className="combobox__offset">{option.offset}</span>
            </li>
          ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open &&
          (options.length
            ? t('timeZonePicker.matches', { count: options.length })
            : t('timeZonePicker.noMatch'))}
      </p>
      {open && options.length === 0 && (
        <p className="combobox__empty" aria-hidden="true">
          {t('timeZonePicker.noMatch')}
        </p>
      )}
    </div>
  );
}
