/**
 * The form's live regions. They stay mounted, empty, so screen readers announce the message
 * when it arrives (a region inserted together with its text is often missed).
 */
export function FormStatus({ error, success }: { error: string | undefined; success: string | undefined }) {
  return (
    <>
      <div role="alert" className={error ? 'notice notice--error' : undefined}>
        {error}
      </div>
      <div role="status" className={success ? 'notice notice--success' : undefined}>
        {success}
      </div>
    </>
  );
}

export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
}) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}
