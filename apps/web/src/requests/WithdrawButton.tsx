import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../forms/ActionDialog';
import { requestsApi, type MentoringRequestView } from './requestsApi';

/** Withdraw, after a confirmation that says what it does. */
export function WithdrawButton({
  request,
  onWithdrawn,
}: {
  request: MentoringRequestView;
  onWithdrawn(request: MentoringRequestView): void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('requests.withdraw.action')}
      </button>
      <ActionDialog
        open={open}
        title={t('requests.withdraw.title')}
        confirmLabel={t('requests.withdraw.confirm')}
        busyLabel={t('requests.withdraw.busy')}
        cancelLabel={t('requests.withdraw.cancel')}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          const updated = await requestsApi.withdraw(request.id);
          setOpen(false);
          onWithdrawn(updated);
        }}
      >
        <p>{t('requests.withdraw.text')}</p>
      </ActionDialog>
    </>
  );
}
