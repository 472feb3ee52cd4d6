import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../forms/ActionDialog';
import { TextAreaField, TextField } from '../forms/Field';
import { useFieldState } from '../forms/useFieldState';
import { useFormatDate } from '../onboarding/format';
import type { OnMentorshipChanged } from './MentorshipPage';
import { mentorshipsApi, type MentorshipGoal, type MentorshipView } from './mentorshipsApi';
import { OPEN_STATUSES } from './mentorshipText';

/** Which dialog is open: a new goal, a goal's edit, or a goal's progress. */
type GoalDialog =
  { kind: 'add' } | { kind: 'edit'; goal: MentorshipGoal } | { kind: 'progress'; goal: MentorshipGoal };

const TITLE_MIN = 3;
const TITLE_MAX = 120;

/** The mentee's SMART goals, edited together, each with its progress bar and history. */
export function GoalsSection({
  mentorship,
  onChanged,
}: {
  mentorship: MentorshipView;
  onChanged: OnMentorshipChanged;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<GoalDialog | null>(null);
  const editable = mentorship.mySide !== 'staff' && OPEN_STATUSES.includes(mentorship.status);

  return (
    <section className="card" aria-labelledby="mentorship-goals">
      <h2 className="card__title" id="mentorship-goals">
        {t('mentorships.goals.title')}
      </h2>
      {mentorship.goals.length === 0 ? (
        <p>{t('mentorships.goals.empty')}</p>
      ) : (
        <ul className="goals" aria-label={t('mentorships.goals.list')}>
          {mentorship.goals.map((goal) => (
            <li key={goal.id} className="goal" data-testid="goal">
              <GoalView goal={goal} />
              {editable && (
                <div className="actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('mentorships.goals.addProgressLabel', { title: goal.title })}
                    onClick={() => setDialog({ kind: 'progress', goal })}
                  >
                    {t('mentorships.goals.addProgress')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('mentorships.goals.editLabel', { title: goal.title })}
                    onClick={() => setDialog({ kind: 'edit', goal })}
                  >
                    {t('mentorships.goals.edit')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('mentorships.goals.add')}
          </button>
        </div>
      )}
      <GoalFieldsDialog
        mentorship={mentorship}
        goal={dialog?.kind === 'edit' ? dialog.goal : null}
        open={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={() => setDialog(null)}
        onChanged={onChanged}
      />
      <ProgressDialog
        mentorship={mentorship}
        goal={dialog?.kind === 'progress' ? dialog.goal : null}
        onClose={() => setDialog(null)}
        onChanged={onChanged}
      />
    </section>
  );
}

function GoalView({ goal }: { goal: MentorshipGoal }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const barId = `goal-${goal.id}`;
  return (
    <>
      <h3 className="goal__title" id={`${barId}-title`}>
        {goal.title}
      </h3>
      <p className="goal__target">{t('mentorships.goals.target', { date: formatDate(goal.targetDate) })}</p>
      <div className="goal__progress">
        <progress
          id={barId}
          className="progress-bar"
          max={100}
          value={goal.percent}
          aria-label={t('mentorships.goals.progressLabel', { title: goal.title })}
        />
        <span className="goal__percent">{t('mentorships.goals.percent', { percent: goal.percent })}</span>
      </div>
      {goal.progress.length > 0 && (
        <details className="goal__history">
          <summary>{t('mentorships.goals.history')}</summary>
          <ol>
            {goal.progress.map((entry) => (
              <li key={entry.at}>
                {t('mentorships.goals.entry', {
                  percent: entry.percent,
                  who: t(entry.by === 'mentor' ? 'mentorships.goals.byMentor' : 'mentorships.goals.byMentee'),
                  date: formatDate(entry.at),
                })}
                {entry.note && <> — « {entry.note} »</>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

/** A new goal, or a goal's title and target date changed. */
function GoalFieldsDialog({
  mentorship,
  goal,
  open,
  onClose,
  onChanged,
}: {
  mentorship: MentorshipView;
  goal: MentorshipGoal | null;
  open: boolean;
  onClose(): void;
  onChanged: OnMentorshipChanged;
}) {
  const { t } = useTranslation();
  const goalTitle = useFieldState('title');
  const targetDate = useFieldState('targetDate');
  // Each opening starts from the goal being edited (or blank for a new one); not re-run on keystrokes.
  useEffect(() => {
    if (!open) return;
    goalTitle.reset(goal?.title ?? '');
    targetDate.reset(goal?.targetDate.slice(0, 10) ?? '');
  }, [open, goal]);
  return (
    <ActionDialog
      open={open}
      title={t(goal ? 'mentorships.goals.goalDialog.titleEdit' : 'mentorships.goals.goalDialog.titleAdd')}
      confirmLabel={t('mentorships.goals.goalDialog.confirm')}
      busyLabel={t('mentorships.busy')}
      cancelLabel={t('mentorships.cancel')}
      onClose={onClose}
      onConfirm={async () => {
        const fields = { title: goalTitle.value.trim(), targetDate: targetDate.value };
        const titleOk = fields.title.length >= TITLE_MIN && fields.title.length <= TITLE_MAX;
        if (!titleOk) goalTitle.setError(t('mentorships.goals.goalDialog.titleInvalid'));
        if (!fields.targetDate) targetDate.setError(t('mentorships.goals.goalDialog.targetDateInvalid'));
        if (!titleOk || !fields.targetDate) return;
        const updated = goal
          ? await mentorshipsApi.updateGoal(mentorship.id, goal.id, fields)
          : await mentorshipsApi.addGoal(mentorship.id, fields);
        onClose();
        onChanged(updated, t('mentorships.goals.goalDialog.done'));
      }}
    >
      <TextField
        label={t('mentorships.goals.goalDialog.title')}
        hint={t('mentorships.goals.goalDialog.titleHint')}
        binding={goalTitle.binding}
        maxLength={TITLE_MAX}
        required
      />
      <TextField
        label={t('mentorships.goals.goalDialog.targetDate')}
        binding={targetDate.binding}
        type="date"
        required
      />
    </ActionDialog>
  );
}

/** Progress on one goal: a percent and a note, by either side. */
function ProgressDialog({
  mentorship,
  goal,
  onClose,
  onChanged,
}: {
  mentorship: MentorshipView;
  goal: MentorshipGoal | null;
  onClose(): void;
  onChanged: OnMentorshipChanged;
}) {
  const { t } = useTranslation();
  const percent = useFieldState('percent');
  const note = useFieldState('note');
  // Each opening starts from the goal's latest percent.
  useEffect(() => {
    if (!goal) return;
    percent.reset(String(goal.percent));
    note.reset();
  }, [goal]);
  return (
    <ActionDialog
      open={goal !== null}
      title={goal ? t('mentorships.goals.progressDialog.title', { title: goal.title }) : ''}
      confirmLabel={t('mentorships.goals.progressDialog.confirm')}
      busyLabel={t('mentorships.busy')}
      cancelLabel={t('mentorships.cancel')}
      onClose={onClose}
      onConfirm={async () => {
        if (!goal) return;
        const value = Number(percent.value);
        if (!/^\d+$/.test(percent.value.trim()) || value > 100) {
          percent.setError(t('mentorships.goals.progressDialog.percentInvalid'));
          return;
        }
        const body = { percent: value, ...(note.value.trim() && { note: note.value.trim() }) };
        const updated = await mentorshipsApi.recordProgress(mentorship.id, goal.id, body);
        onClose();
        onChanged(updated, t('mentorships.goals.progressDialog.done'));
      }}
    >
      <TextField
        label={t('mentorships.goals.progressDialog.percent')}
        hint={t('mentorships.goals.progressDialog.percentHint')}
        binding={percent.binding}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={5}
        required
      />
      <TextAreaField
        label={t('mentorships.goals.progressDialog.note')}
        hint={t('mentorships.goals.progressDialog.noteHint')}
        binding={note.binding}
        maxLength={1000}
      />
    </ActionDialog>
  );
}
