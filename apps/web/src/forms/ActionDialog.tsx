import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../onboarding/Dialog';
import { toFormErrors } from './errorMessages';
import { FormStatus, SubmitButton } from './FormStatus';
import { useFocusOnFirstInvalid } from './useFocusOnFirstInvalid';

interface ActionDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onClose(): void;
  /**
   * Runs the action. The caller closes the dialog when it succeeds, or sets its own field
   * errors and resolves; a rejection is explained in the dialog.
   */
  onConfirm(): Promise<void>;
  /** The dialog's text and fields, between the title and the buttons. */
  children?: ReactNode;
}

/** A confirmation, possibly with a few fields, for one action on a request or a mentorship. */
export function ActionDialog({
  open,
  title,
  confirmLabel,
  busyLabel,
  cancelLabel,
  onClose,
  onConfirm,
  children,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { formRef, focusFirstInvalid } = useFocusOnFirstInvalid();

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      // Still open: the caller found a field to fix (nothing happens if none is marked invalid).
      focusFirstInvalid();
    } catch (failure) {
      // No field here is tied to the API's names: every message is shown at the form's level.
      setError(toFormErrors(t, failure, []).form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={title} onClose={close}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {children}
        <FormStatus error={error} success={undefined} />
        <div className="actions">
          <SubmitButton busy={busy} label={confirmLabel} busyLabel={busyLabel} />
          <button type="button" className="button button--secondary" onClick={close}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
