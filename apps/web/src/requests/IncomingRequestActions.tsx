import { DECLINE_REASONS, type DeclineReason } from '@passerelle/contracts/matching-codes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../forms/ActionDialog';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { TextAreaField } from '../forms/Field';
import { useFieldState } from '../forms/useFieldState';
import { memberName } from '../privacy/memberName';
import { requestsApi, type IncomingRequestView, type MentoringRequestView } from './requestsApi';

type Action = 'accept' | 'decline' | 'ask';

const QUESTION_MIN_LENGTH = 2;

/** The mentor's three answers to a request, each confirmed in a dialog. */
export function IncomingRequestActions({
  request,
  onDone,
}: {
  request: IncomingRequestView;
  onDone(updated: MentoringRequestView, message: string): void;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const name = memberName(t, request.mentee.displayName);
  const reason = useFieldState('reason');
  const note = useFieldState('note');
  const question = useFieldState('text');
  const close = () => {
    setAction(null);
    reason.reset();
    note.reset();
    question.reset();
  };
  const finish = (updated: MentoringRequestView, message: string) => {
    close();
    onDone(updated, message);
  };
  const common = { cancelLabel: t('requests.incoming.cancel'), onClose: close };

  return (
    <>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => setAction('accept')}>
          {t('requests.incoming.accept')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAction('decline')}>
          {t('requests.incoming.decline')}
        </button>
        {request.status === 'pending' && (
          <button type="button" className="button button--quiet" onClick={() => setAction('ask')}>
            {t('requests.incoming.ask')}
          </button>
        )}
      </div>

      <ActionDialog
        {...common}
        open={action === 'accept'}
        title={t('requests.incoming.acceptDialog.title', { name })}
        confirmLabel={t('requests.incoming.acceptDialog.confirm')}
        busyLabel={t('requests.incoming.acceptDialog.busy')}
        onConfirm={async () =>
          finish(await requestsApi.accept(request.id), t('requests.incoming.acceptDialog.done', { name }))
        }
      >
        <p>{t('requests.incoming.acceptDialog.text', { name })}</p>
      </ActionDialog>

      <ActionDialog
        {...common}
        open={action === 'decline'}
        title={t('requests.incoming.declineDialog.title', { name })}
        confirmLabel={t('requests.incoming.declineDialog.confirm')}
        busyLabel={t('requests.incoming.declineDialog.busy')}
        onConfirm={async () => {
          if (!reason.value) {
            reason.setError(t('requests.incoming.declineDialog.reasonRequired'));
            return;
          }
          const body = {
            reason: reason.value as DeclineReason,
            ...(note.value.trim() && { note: note.value.trim() }),
          };
          finish(
            await requestsApi.decline(request.id, body),
            t('requests.incoming.declineDialog.done', { name }),
          );
        }}
      >
        <ChoiceGroup
          legend={t('requests.incoming.declineDialog.reason')}
          binding={reason.binding}
          choices={DECLINE_REASONS.map((value) => ({ value, label: t(`requests.declineReasons.${value}`) }))}
        />
        <TextAreaField
          label={t('requests.incoming.declineDialog.note', { name })}
          hint={t('requests.incoming.declineDialog.noteHint')}
          binding={note.binding}
          maxLength={1000}
        />
      </ActionDialog>

      <ActionDialog
        {...common}
        open={action === 'ask'}
        title={t('requests.incoming.askDialog.title', { name })}
        confirmLabel={t('requests.incoming.askDialog.confirm')}
        busyLabel={t('requests.incoming.askDialog.busy')}
        onConfirm={async () => {
          if (question.value.trim().length < QUESTION_MIN_LENGTH) {
            question.setError(t('requests.incoming.askDialog.tooShort'));
            return;
          }
          finish(
            await requestsApi.ask(request.id, question.value.trim()),
            t('requests.incoming.askDialog.done', { name }),
          );
        }}
      >
        <TextAreaField
          label={t('requests.incoming.askDialog.label')}
          hint={t('requests.incoming.askDialog.hint')}
          binding={question.binding}
          maxLength={1000}
          required
          autoFocus
        />
      </ActionDialog>
    </>
  );
}
