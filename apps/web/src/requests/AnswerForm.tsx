import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../forms/Field';
import { toFormErrors } from '../forms/errorMessages';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { useFieldState } from '../forms/useFieldState';
import { memberName } from '../privacy/memberName';
import { requestsApi, type MentoringRequestView } from './requestsApi';

const MIN_LENGTH = 2;

/** The mentee's answer to the mentor's question, under the question. */
export function AnswerForm({
  request,
  mentorName,
  onAnswered,
}: {
  request: MentoringRequestView;
  mentorName: string;
  onAnswered(request: MentoringRequestView): void;
}) {
  const { t } = useTranslation();
  const text = useFieldState('text');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (text.value.trim().length < MIN_LENGTH) {
      text.setError(t('requests.answer.tooShort'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onAnswered(await requestsApi.answer(request.id, text.value.trim()));
      text.reset();
    } catch (failure) {
      const errors = toFormErrors(t, failure, ['text'] as const);
      if (errors.text) text.setError(errors.text);
      else setError(errors.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form answer-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('requests.answer.label', { name: memberName(t, mentorName) })}
        hint={t('requests.answer.hint')}
        binding={text.binding}
        maxLength={1000}
        required
      />
      <FormStatus error={error} success={undefined} />
      <div className="actions">
        <SubmitButton busy={busy} label={t('requests.answer.submit')} busyLabel={t('requests.answer.busy')} />
      </div>
    </form>
  );
}
