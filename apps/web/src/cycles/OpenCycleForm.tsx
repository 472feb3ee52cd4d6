import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import type { FormErrors } from '../forms/errorMessages';
import { Field, TextField } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { useApiForm } from '../forms/useApiForm';
import { useCycleText } from './cycleText';
import { COHORT_YEARS, CYCLE_TOP_K, cyclesApi, type ProgrammeSummary } from './cyclesApi';
import { cyclePath } from './paths';

const FIELDS = ['programmeId', 'cohort', 'topK'] as const;
type OpenField = (typeof FIELDS)[number];

function isOpenField(field: string): field is OpenField {
  return FIELDS.some((known) => known === field);
}

/** Opens a cycle for a programme (and a cohort); the first draft is computed at once, then shown. */
export function OpenCycleForm({ programmes }: { programmes: readonly ProgrammeSummary[] }) {
  const { t } = useTranslation();
  const text = useCycleText();
  const navigate = useNavigate();
  const form = useApiForm({
    initialValues: { programmeId: programmes[0]?.id ?? '', cohort: '', topK: String(CYCLE_TOP_K.default) },
    submit: async ({ programmeId, cohort, topK }) => {
      // Numbers as typed: the API says which one is out of bounds, and the field shows it.
      const cycle = await cyclesApi.open({
        programmeId,
        ...(cohort.trim() && { cohort: Number(cohort) }),
        ...(topK.trim() && { topK: Number(topK) }),
      });
      navigate(cyclePath(cycle.id));
    },
    explainError: (error: ApiError) => {
      if (error.code !== 'VALIDATION_FAILED' || error.fields.length === 0) return undefined;
      if (!error.fields.every(({ field }) => isOpenField(field))) return undefined;
      const errors: FormErrors<OpenField> = { form: t('errors.invalidForm') };
      for (const { field } of error.fields) {
        if (isOpenField(field)) errors[field] = t(`cycles.open.errors.${field}`, { ...limitsOf(field) });
      }
      return errors;
    },
  });
  const programme = form.bind('programmeId');

  return (
    <section className="card cycle-open" aria-labelledby="cycle-open-title">
      <h2 className="card__title" id="cycle-open-title">
        {t('cycles.open.title')}
      </h2>
      <p className="card__intro">{t('cycles.open.intro')}</p>
      <form ref={form.formRef} className="form" onSubmit={form.onSubmit} noValidate>
        <Field label={t('cycles.open.programme')} binding={programme}>
          {({ labelId: _labelled, ...control }) => (
            <select
              {...control}
              className="input select"
              value={programme.value}
              onChange={(event) => programme.onChange(event.target.value)}
            >
              {programmes.map((option) => (
                <option key={option.id} value={option.id}>
                  {text.programmeName(programmes, option.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('cycles.open.cohort')}
          hint={t('cycles.open.cohortHint')}
          binding={form.bind('cohort')}
          type="number"
          inputMode="numeric"
          min={COHORT_YEARS.min}
          max={COHORT_YEARS.max}
        />
        <TextField
          label={t('cycles.open.topK')}
          hint={t('cycles.open.topKHint', { ...CYCLE_TOP_K })}
          binding={form.bind('topK')}
          type="number"
          inputMode="numeric"
          min={CYCLE_TOP_K.min}
          max={CYCLE_TOP_K.max}
        />
        <FormStatus error={form.formError} success={form.successMessage} />
        <SubmitButton
          busy={form.submitting}
          label={t('cycles.open.submit')}
          busyLabel={t('cycles.open.submitting')}
        />
      </form>
    </section>
  );
}

function limitsOf(field: OpenField): { min?: number; max?: number } {
  if (field === 'cohort') return COHORT_YEARS;
  if (field === 'topK') return CYCLE_TOP_K;
  return {};
}
