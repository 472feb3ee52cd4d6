import { useTranslation } from 'react-i18next';
import { FieldError } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { TimeZoneField } from '../forms/TimeZoneField';
import { clock, minuteOf } from './labels';
import { profileApi, type MyProfileView } from './profileApi';
import { useSectionForm } from './useSectionForm';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

interface SlotDraft {
  weekday: string;
  start: string;
  end: string;
}

/** A slot's start or end, by quarter hours. */
function SlotTimeField({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: string;
  invalid: boolean;
  onChange(value: string): void;
}) {
  return (
    <label className="slot__field">
      <span>{label}</span>
      <input
        className="input"
        type="time"
        step={900}
        value={value}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** The week's slots in the owner's time zone: add, change, remove, then save them all at once. */
export function AvailabilityEditor({ profile, onSaved }: { profile: MyProfileView; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useSectionForm({
    timeZone: profile.timeZone,
    slots: (profile.availability ?? []).map((slot): SlotDraft => ({
      weekday: String(slot.weekday),
      start: clock(slot.startMinute),
      end: clock(slot.endMinute),
    })),
  });
  const { slots } = form.draft;
  const updateSlot = (index: number, change: Partial<SlotDraft>) =>
    form.set(
      'slots',
      slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)),
    );

  const save = async () => {
    await profileApi.updateAvailability({
      timeZone: form.draft.timeZone,
      slots: slots.map((slot) => ({
        weekday: Number(slot.weekday),
        startMinute: minuteOf(slot.start),
        // 00:00 as an end means midnight at the end of the day.
        endMinute: slot.end === '00:00' ? 1440 : minuteOf(slot.end),
      })),
    });
    onSaved();
    return t('profile.availability.saved');
  };

  return (
    <section className="card" aria-labelledby="availability-title" id="availability">
      <h2 id="availability-title" className="card__title">
        {t('profile.availability.title')}
      </h2>
      <p className="card__intro">{t('profile.availability.intro')}</p>
      <form ref={form.formRef} className="form" onSubmit={form.submitWith(save)} noValidate>
        <TimeZoneField label={t('fields.timeZone')} binding={form.bind('timeZone', 'timeZone')} />
        {slots.length === 0 && <p className="empty">{t('profile.availability.empty')}</p>}
        <ol className="slots">
          {slots.map((slot, index) => {
            const error =
              form.errors[`slots.${index}`] ??
              form.errors[`slots.${index}.startMinute`] ??
              form.errors[`slots.${index}.endMinute`];
            const errorId = error ? `slot-${index}-error` : undefined;
            const n = index + 1;
            return (
              <li key={index} className={error ? 'slot slot--invalid' : 'slot'}>
                <fieldset className="slot__fields" aria-describedby={errorId}>
                  <legend className="slot__legend">{t('profile.availability.slot', { n })}</legend>
                  <label className="slot__field">
                    <span>{t('profile.availability.weekday')}</span>
                    <select
                      className="input select"
                      value={slot.weekday}
                      aria-invalid={Boolean(error)}
                      onChange={(event) => updateSlot(index, { weekday: event.target.value })}
                    >
                      {WEEKDAYS.map((day) => (
                        <option key={day} value={day}>
                          {t(`profile.weekdays.${day}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <SlotTimeField
                    label={t('profile.availability.start')}
                    value={slot.start}
                    invalid={Boolean(error)}
                    onChange={(start) => updateSlot(index, { start })}
                  />
                  <SlotTimeField
                    label={t('profile.availability.end')}
                    value={slot.end}
                    invalid={Boolean(error)}
                    onChange={(end) => updateSlot(index, { end })}
                  />
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() =>
                      form.set(
                        'slots',
                        slots.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('profile.availability.remove', { n })}
                  </button>
                </fieldset>
                {error && <FieldError id={errorId}>{error}</FieldError>}
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => form.set('slots', [...slots, { weekday: '1', start: '18:00', end: '19:00' }])}
        >
          {t('profile.availability.add')}
        </button>
        <FormStatus error={form.formError} success={form.success} />
        <SubmitButton
          busy={form.submitting}
          label={t('profile.availability.save')}
          busyLabel={t('profile.availability.saving')}
        />
      </form>
    </section>
  );
}
