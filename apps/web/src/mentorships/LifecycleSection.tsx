import { EARLY_END_REASONS, type EarlyEndReason } from '@passerelle/contracts/matching-codes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../forms/ActionDialog';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { TextAreaField } from '../forms/Field';
import { useFieldState } from '../forms/useFieldState';
import type { OnMentorshipChanged } from './MentorshipPage';
import { mentorshipsApi, type MentorshipView } from './mentorshipsApi';
import { otherName } from './mentorshipText';

type Step = 'pause' | 'resume' | 'complete' | 'end';

/** The steps open from each state (a proposal is accepted or declined in the agreement). */
const STEPS: Partial<Record<MentorshipView['status'], readonly Step[]>> = {
  active: ['pause', 'complete', 'end'],
  paused: ['resume', 'complete', 'end'],
};

/** Pause, resume, complete, or end early with a reason; each with an optional word for the other side. */
export function LifecycleSection({
  mentorship,
  onChanged,
}: {
  mentorship: MentorshipView;
  onChanged: OnMentorshipChanged;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  const note = useFieldState('note');
  const reason = useFieldState('reason');
  const steps = mentorship.mySide === 'staff' ? [] : (STEPS[mentorship.status] ?? []);
  if (steps.length === 0) return null;
  const name = otherName(t, mentorship);

  const open = (next: Step) => {
    note.reset();
    reason.reset();
    setStep(next);
  };
  const confirm = async () => {
    if (!step) return;
    const text = note.value.trim();
    let updated: MentorshipView;
    if (step === 'end') {
      if (!reason.value) {
        reason.setError(t('mentorships.lifecycle.end.reasonRequired'));
        return;
      }
      updated = await mentorshipsApi.end(mentorship.id, {
        reason: reason.value as EarlyEndReason,
        ...(text && { note: text }),
      });
    } else updated = await mentorshipsApi.step(mentorship.id, step, text);
    setStep(null);
    onChanged(updated, t(`mentorships.lifecycle.${step}.done`));
  };

  return (
    <section className="card" aria-labelledby="mentorship-lifecycle">
      <h2 className="card__title" id="mentorship-lifecycle">
        {t('mentorships.lifecycle.title')}
      </h2>
      <div className="actions">
        {steps.map((option) => (
          <button
            key={option}
            type="button"
            className={option === 'end' ? 'button button--quiet' : 'button button--secondary'}
            onClick={() => open(option)}
          >
            {t(`mentorships.lifecycle.${option}.action`)}
          </button>
        ))}
      </div>
      <ActionDialog
        open={step !== null}
        title={step ? t(`mentorships.lifecycle.${step}.title`) : ''}
        confirmLabel={step ? t(`mentorships.lifecycle.${step}.confirm`) : ''}
        busyLabel={t('mentorships.busy')}
        cancelLabel={t('mentorships.cancel')}
        onClose={() => setStep(null)}
        onConfirm={confirm}
      >
        {step && <p>{t(`mentorships.lifecycle.${step}.text`)}</p>}
        {step === 'end' && (
          <ChoiceGroup
            legend={t('mentorships.lifecycle.end.reason')}
            binding={reason.binding}
            choices={EARLY_END_REASONS.map((value) => ({
              value,
              label: t(`mentorships.endReasons.${value}`),
            }))}
          />
        )}
        <TextAreaField
          label={t('mentorships.lifecycle.note', { name })}
          binding={note.binding}
          maxLength={1000}
        />
      </ActionDialog>
    </section>
  );
}
