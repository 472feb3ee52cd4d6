import { useState } from 'react';
import { PROGRAMME_TIMING_LIMITS } from '@passerelle/contracts/matching-codes';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../forms/ActionDialog';
import { TextAreaField, TextField } from '../forms/Field';
import { useFieldState } from '../forms/useFieldState';
import { useFormatDate } from '../onboarding/format';
import type { OnMentorshipChanged } from './MentorshipPage';
import { mentorshipsApi, type MentorshipView } from './mentorshipsApi';
import { otherName, useMeetingDuration } from './mentorshipText';

/** An agreement may go as far as a programme's defaults can. */
const MINUTES = PROGRAMME_TIMING_LIMITS.meetingMinutesPerMonth;
const MONTHS = PROGRAMME_TIMING_LIMITS.durationMonths;

type Dialog = 'accept' | 'decline' | 'edit';

/** A whole number within bounds, or null. */
function wholeNumberIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
}

/** The agreement: rhythm, duration, the confidentiality reminder, who accepted; accept, decline or change it. */
export function AgreementSection({
  mentorship,
  onChanged,
}: {
  mentorship: MentorshipView;
  onChanged: OnMentorshipChanged;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const meetingDuration = useMeetingDuration();
  const { agreement, mySide } = mentorship;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const note = useFieldState('note');
  const minutes = useFieldState('meetingMinutesPerMonth', String(agreement.meetingMinutesPerMonth));
  const months = useFieldState('durationMonths', String(agreement.durationMonths));
  const name = otherName(t, mentorship);
  const rhythm = t('mentorships.agreement.rhythmValue', {
    duration: meetingDuration(agreement.meetingMinutesPerMonth),
  });
  const duration = t('mentorships.agreement.durationValue', { count: agreement.durationMonths });
  const proposed = mentorship.status === 'proposed' && mySide !== 'staff';
  const acceptedAt = { mentor: agreement.mentorAcceptedAt, mentee: agreement.menteeAcceptedAt };
  const iAccepted = mySide !== 'staff' && acceptedAt[mySide] !== null;
  const otherAccepted = mySide !== 'staff' && acceptedAt[mySide === 'mentor' ? 'mentee' : 'mentor'] !== null;

  // Fields start from the agreement as it is when the dialog opens (it may have changed since).
  const open = (next: Dialog) => {
    note.reset();
    minutes.reset();
    months.reset();
    setDialog(next);
  };
  const close = () => setDialog(null);
  const finish = (updated: MentorshipView, message: string) => {
    close();
    onChanged(updated, message);
  };
  const common = { cancelLabel: t('mentorships.cancel'), busyLabel: t('mentorships.busy'), onClose: close };

  return (
    <section className="card" aria-labelledby="mentorship-agreement">
      <h2 className="card__title" id="mentorship-agreement">
        {t('mentorships.agreement.title')}
      </h2>
      <dl className="facts">
        <dt>{t('mentorships.agreement.rhythm')}</dt>
        <dd>{rhythm}</dd>
        <dt>{t('mentorships.agreement.duration')}</dt>
        <dd>{duration}</dd>
        <dt>{t('mentorships.agreement.confidentiality')}</dt>
        <dd>{t('mentorships.agreement.confidentialityText')}</dd>
        <dt>{t('mentorships.agreement.acceptances')}</dt>
        <dd>
          <ul className="acceptances" data-testid="agreement-acceptances">
            {(['mentor', 'mentee'] as const).map((side) => {
              const who = t(`mentorships.detail.${side}`);
              return (
                <li key={side}>
                  {acceptedAt[side]
                    ? t('mentorships.agreement.accepted', { who, date: formatDate(acceptedAt[side]) })
                    : t('mentorships.agreement.pending', { who })}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      {proposed && (
        <>
          <p className="notice notice--info">
            {iAccepted
              ? t('mentorships.agreement.waitingOther', { name })
              : t('mentorships.agreement.yourTurn')}
          </p>
          <div className="actions">
            {!iAccepted && (
              <button type="button" className="button button--primary" onClick={() => open('accept')}>
                {t('mentorships.agreement.accept')}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => open('edit')}>
              {t('mentorships.agreement.edit')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => open('decline')}>
              {t('mentorships.agreement.decline')}
            </button>
          </div>
        </>
      )}

      <ActionDialog
        {...common}
        open={dialog === 'accept'}
        title={t('mentorships.agreement.acceptDialog.title')}
        confirmLabel={t('mentorships.agreement.acceptDialog.confirm')}
        onConfirm={async () => {
          const updated = await mentorshipsApi.acceptAgreement(mentorship.id);
          finish(
            updated,
            t(
              updated.status === 'active'
                ? 'mentorships.agreement.acceptDialog.started'
                : 'mentorships.agreement.acceptDialog.done',
            ),
          );
        }}
      >
        <p>{t('mentorships.agreement.acceptDialog.text', { rhythm, duration })}</p>
        {otherAccepted && <p>{t('mentorships.agreement.acceptDialog.starts')}</p>}
      </ActionDialog>

      <ActionDialog
        {...common}
        open={dialog === 'decline'}
        title={t('mentorships.agreement.declineDialog.title')}
        confirmLabel={t('mentorships.agreement.declineDialog.confirm')}
        onConfirm={async () =>
          finish(
            await mentorshipsApi.step(mentorship.id, 'agreement/decline', note.value.trim()),
            t('mentorships.agreement.declineDialog.done'),
          )
        }
      >
        <p>{t('mentorships.agreement.declineDialog.text')}</p>
        <TextAreaField
          label={t('mentorships.agreement.declineDialog.note', { name })}
          binding={note.binding}
          maxLength={1000}
        />
      </ActionDialog>

      <ActionDialog
        {...common}
        open={dialog === 'edit'}
        title={t('mentorships.agreement.editDialog.title')}
        confirmLabel={t('mentorships.agreement.editDialog.confirm')}
        onConfirm={async () => {
          const meetingMinutesPerMonth = wholeNumberIn(minutes.value, MINUTES.min, MINUTES.max);
          const durationMonths = wholeNumberIn(months.value, MONTHS.min, MONTHS.max);
          if (meetingMinutesPerMonth === null)
            minutes.setError(t('mentorships.agreement.editDialog.minutesInvalid', MINUTES));
          if (durationMonths === null)
            months.setError(t('mentorships.agreement.editDialog.monthsInvalid', MONTHS));
          if (meetingMinutesPerMonth === null || durationMonths === null) return;
          finish(
            await mentorshipsApi.updateAgreement(mentorship.id, { meetingMinutesPerMonth, durationMonths }),
            t('mentorships.agreement.editDialog.done', { name }),
          );
        }}
      >
        <p>{t('mentorships.agreement.editDialog.text')}</p>
        <TextField
          label={t('mentorships.agreement.editDialog.minutes')}
          hint={t('mentorships.agreement.editDialog.minutesHint', MINUTES)}
          binding={minutes.binding}
          type="number"
          inputMode="numeric"
          min={MINUTES.min}
          max={MINUTES.max}
          step={15}
        />
        <TextField
          label={t('mentorships.agreement.editDialog.months')}
          hint={t('mentorships.agreement.editDialog.monthsHint', MONTHS)}
          binding={months.binding}
          type="number"
          inputMode="numeric"
          min={MONTHS.min}
          max={MONTHS.max}
        />
      </ActionDialog>
    </section>
  );
}
