import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  DEFAULT_SCORE_WEIGHTS,
  PROGRAMME_TIMING_LIMITS,
  SCORE_WEIGHT_MAX,
  SCORE_WEIGHT_PARTS,
  type ScoreWeightPart,
} from '@passerelle/contracts/matching-codes';
import type { ApiError } from '../api/client';
import { Field, FieldError, joinIds } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure, type FormErrors } from '../forms/errorMessages';
import { useApiForm, type FieldBinding } from '../forms/useApiForm';
import { toNumberOrNull } from '../profile/useSectionForm';
import { isCounted, weightShares } from './shares';
import { weightsApi, type ProgrammeSettingsBody, type ProgrammeView } from './weightsApi';

type Timing = keyof typeof PROGRAMME_TIMING_LIMITS;
const TIMINGS = Object.keys(PROGRAMME_TIMING_LIMITS) as Timing[];
const TIMING_UNITS: Record<Timing, 'days' | 'minutes' | 'months'> = {
  requestExpiryDays: 'days',
  stalledAfterDays: 'days',
  meetingMinutesPerMonth: 'minutes',
  durationMonths: 'months',
};

/** The form's fields are named after the API's field paths, so its errors land on them. */
type WeightField = `weights.${ScoreWeightPart}`;
type SettingsField = WeightField | Timing;
type SettingsValues = Record<SettingsField, string>;

const weightField = (part: ScoreWeightPart): WeightField => `weights.${part}`;
const SETTINGS_FIELDS: readonly SettingsField[] = [...SCORE_WEIGHT_PARTS.map(weightField), ...TIMINGS];

function valuesOf(programme: ProgrammeView): SettingsValues {
  const values = {} as SettingsValues;
  for (const part of SCORE_WEIGHT_PARTS) values[weightField(part)] = String(programme.weights[part]);
  for (const timing of TIMINGS) values[timing] = String(programme[timing]);
  return values;
}

function bodyOf(values: SettingsValues): ProgrammeSettingsBody {
  // Empty or odd values go as typed (null, a string): the API names what is wrong with them.
  const number = (field: SettingsField) => toNumberOrNull(values[field]) as number;
  const weights = {} as Record<ScoreWeightPart, number>;
  for (const part of SCORE_WEIGHT_PARTS) weights[part] = number(weightField(part));
  const body: ProgrammeSettingsBody = { weights };
  for (const timing of TIMINGS) body[timing] = number(timing);
  return body;
}

/** The API's refusal of one field, said in the reader's language (numbers as `format` writes them). */
function explainSettingsField(
  t: TFunction,
  field: string,
  format: (value: number) => string,
): string | undefined {
  if (field === 'weights') return t('weights.errors.allZero');
  if (field.startsWith('weights.')) return t('weights.errors.weight', { max: format(SCORE_WEIGHT_MAX) });
  const timing = TIMINGS.find((name) => name === field);
  if (!timing) return undefined;
  const { min, max } = PROGRAMME_TIMING_LIMITS[timing];
  return t(`weights.errors.${TIMING_UNITS[timing]}`, { min: format(min), max: format(max) });
}

/** Staff: one programme's nine weights, each with its live share of the score, and its four timings. */
export function WeightsForm({
  programme,
  onSaved,
}: {
  programme: ProgrammeView;
  onSaved(programme: ProgrammeView): void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // "weights" as a whole (every part at 0) is refused on the fieldset, not on one input.
  const [groupError, setGroupError] = useState<string>();
  const [restored, setRestored] = useState(false);
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const format = (value: number) => points.format(value);
  const form = useApiForm<SettingsValues>({
    initialValues: valuesOf(programme),
    submit: async (values) => {
      setGroupError(undefined);
      setRestored(false);
      const saved = await weightsApi.save(programme.id, bodyOf(values));
      onSaved(saved);
      return { message: t('weights.saved'), values: valuesOf(saved) };
    },
    explainError: (error: ApiError) => {
      if (error.code !== 'VALIDATION_FAILED') return undefined;
      const errors: FormErrors<SettingsField> = {};
      const unshown: string[] = [];
      for (const { field, messages } of error.fields) {
        const message = explainSettingsField(t, field, format) ?? messages.join(' ');
        const shown = SETTINGS_FIELDS.find((name) => name === field);
        if (field === 'weights') setGroupError(message);
        else if (shown) errors[shown] = message;
        else unshown.push(message);
      }
      errors.form = [explainFailure(t, error), ...unshown].join(' ');
      return errors;
    },
  });

  const typed = Object.fromEntries(
    SCORE_WEIGHT_PARTS.map((part) => [part, form.values[weightField(part)]]),
  ) as Record<ScoreWeightPart, string>;
  const shares = weightShares(programme.mode, typed);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });

  const changeWeight = (binding: FieldBinding, value: string) => {
    setGroupError(undefined);
    setRestored(false);
    binding.onChange(value);
  };
  const restoreDefaults = () => {
    for (const part of SCORE_WEIGHT_PARTS) {
      changeWeight(form.bind(weightField(part)), String(DEFAULT_SCORE_WEIGHTS[part]));
    }
    setRestored(true);
  };

  // Saved whole, the defaults are no longer "never changed"; they are the defaults all the same.
  const onDefaults =
    programme.usesDefaultWeights ||
    SCORE_WEIGHT_PARTS.every((part) => programme.weights[part] === DEFAULT_SCORE_WEIGHTS[part]);
  const summaryId = `${id}-summary`;
  const groupErrorId = groupError ? `${id}-group-error` : undefined;

  return (
    <form ref={form.formRef} className="form" onSubmit={form.onSubmit} noValidate>
      <fieldset className="weights" aria-describedby={joinIds(groupErrorId, `${id}-intro`, summaryId)}>
        <legend className="weights__legend">{t('weights.weights.legend')}</legend>
        <p className="field__hint" id={`${id}-intro`}>
          {t('weights.weights.intro')}
        </p>
        {onDefaults && <p className="weights__defaults">{t('weights.usesDefaults')}</p>}
        <div className="weights__grid">
          {SCORE_WEIGHT_PARTS.map((part) => {
            const binding = form.bind(weightField(part));
            const counted = isCounted(programme.mode, part);
            const share = shares.status === 'ok' ? shares.shares[part] : undefined;
            return (
              <Field
                key={part}
                label={t(`weights.parts.${part}.label`)}
                binding={binding}
                hint={
                  <>
                    <span className="weights__description">{t(`weights.parts.${part}.description`)}</span>
                    <span className="weights__share" data-part={part}>
                      {!counted
                        ? t('weights.weights.notCounted')
                        : share === undefined
                          ? t('weights.weights.noShare')
                          : t('weights.weights.share', { share: percent.format(share) })}
                    </span>
                    {counted && (
                      <span className="weights__bar" aria-hidden="true">
                        <span style={{ inlineSize: `${(share ?? 0) * 100}%` }} />
                      </span>
                    )}
                  </>
                }
              >
                {({ labelId: _labelled, ...control }) => (
                  <input
                    {...control}
                    aria-invalid={control['aria-invalid'] || Boolean(groupError)}
                    aria-describedby={joinIds(control['aria-describedby'], groupErrorId)}
                    className="input weights__input"
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={SCORE_WEIGHT_MAX}
                    step="any"
                    value={binding.value}
                    onChange={(event) => changeWeight(binding, event.target.value)}
                  />
                )}
              </Field>
            );
          })}
        </div>
        <p className="weights__summary" id={summaryId}>
          {groupError
            ? null
            : shares.status === 'ok'
              ? t('weights.weights.total', { total: points.format(shares.total) })
              : shares.status === 'zero'
                ? t('weights.weights.totalZero')
                : t('weights.weights.totalInvalid', { max: format(SCORE_WEIGHT_MAX) })}
        </p>
        {groupError && <FieldError id={groupErrorId}>{groupError}</FieldError>}
        <div className="weights__restore">
          <button type="button" className="button button--secondary" onClick={restoreDefaults}>
            {t('weights.weights.restore')}
          </button>
          <p role="status" className="field__hint">
            {restored ? t('weights.weights.restored') : ''}
          </p>
        </div>
      </fieldset>

      <fieldset className="weights">
        <legend className="weights__legend">{t('weights.timings.legend')}</legend>
        <div className="weights__grid">
          {TIMINGS.map((timing) => {
            const binding = form.bind(timing);
            const limits = PROGRAMME_TIMING_LIMITS[timing];
            return (
              <Field
                key={timing}
                label={t(`weights.timings.${timing}`)}
                binding={binding}
                hint={t(`weights.timings.${timing}Hint`, {
                  min: format(limits.min),
                  max: format(limits.max),
                })}
              >
                {({ labelId: _labelled, ...control }) => (
                  <input
                    {...control}
                    className="input weights__input"
                    type="number"
                    inputMode="numeric"
                    min={limits.min}
                    max={limits.max}
                    step={1}
                    value={binding.value}
                    onChange={(event) => binding.onChange(event.target.value)}
                  />
                )}
              </Field>
            );
          })}
        </div>
      </fieldset>

      <FormStatus error={form.formError} success={form.successMessage} />
      <SubmitButton busy={form.submitting} label={t('weights.save')} busyLabel={t('weights.saving')} />
    </form>
  );
}
