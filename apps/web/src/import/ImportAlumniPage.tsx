import type { TFunction } from 'i18next';
import '../privacy/privacy.css';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { FormStatus } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { Page } from '../layout/Page';
import { IMPORT_LIMITS, importApi, type ImportReport, type ImportRowReport } from './importApi';

interface ChosenFile {
  name: string;
  text: string;
}

/**
 * Staff: check an alumni CSV (dry run), read the line-by-line report, then import it. Import
 * is all or nothing, so it is offered only once a check found no error: a half-imported file
 * would leave staff guessing which lines went in.
 */
export function ImportAlumniPage() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<ChosenFile>();
  const [report, setReport] = useState<ImportReport>();
  const [result, setResult] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'check' | 'apply'>();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(undefined);
    setResult(undefined);
    setError(undefined);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : undefined);
  };

  const run = async (mode: 'check' | 'apply') => {
    if (busy) return;
    if (!file) {
      setError(t('import.chooseFile'));
      return;
    }
    setBusy(mode);
    setError(undefined);
    try {
      const answer = await importApi.alumni(mode === 'check' ? 'dry-run' : 'apply', file.text);
      if (mode === 'check') setReport(answer);
      else {
        setResult(answer);
        setReport(undefined);
      }
    } catch (failure) {
      setError(explainImportFailure(t, failure));
      // A refused apply comes with the report of what is wrong.
      const refused =
        failure instanceof ApiError ? (failure.details.report as ImportReport | undefined) : undefined;
      if (refused) setReport(refused);
    } finally {
      setBusy(undefined);
    }
  };

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    void run('check');
  };

  const canApply =
    report !== undefined && report.counts.error === 0 && report.counts.create + report.counts.update > 0;

  return (
    <Page title={t('import.title')} intro={t('import.intro')}>
      <section className="card" aria-labelledby={`${id}-columns`}>
        <h2 id={`${id}-columns`} className="card__title">
          {t('import.columnsTitle')}
        </h2>
        <p>
          <code>
            email, first_name, last_name, display_name, graduation_year, programme, employer, job_title,
            sector, city, country, linkedin_url
          </code>
        </p>
        <p>{t('import.columnsHelp', IMPORT_LIMITS)}</p>
        <p className="notice notice--info">{t('import.noPassword')}</p>
      </section>

      <form className="card form" onSubmit={onCheck} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            {t('import.file')}
          </label>
          <p id={`${id}-file-hint`} className="field__hint">
            {t('import.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => void choose(event)}
          />
        </div>
        <p>{t('import.applyRule')}</p>
        <div className="import-actions">
          <button type="submit" className="button button--secondary" aria-disabled={busy !== undefined}>
            {busy === 'check' ? t('import.checking') : t('import.check')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply || busy !== undefined}
            onClick={() => void run('apply')}
          >
            {busy === 'apply' ? t('import.applying') : t('import.apply')}
          </button>
        </div>
        <FormStatus error={error} success={result ? t('import.applied', result.counts) : undefined} />
      </form>

      {report && <ImportReportView report={report} />}
    </Page>
  );
}

function explainImportFailure(t: TFunction, failure: unknown): string {
  if (failure instanceof ApiError && typeof failure.details.problem === 'string') {
    const { problem, line, column } = failure.details;
    return t(`import.fileProblems.${problem}` as 'import.fileProblems.empty', {
      line: line ?? '',
      column: column ?? '',
      defaultValue: failure.message,
    });
  }
  if (failure instanceof ApiError && failure.code === 'PAYLOAD_TOO_LARGE')
    return t('import.fileProblems.too-large');
  return explainFailure(t, failure);
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('import.reportTitle')}
      </h2>
      <ul className="import-counts">
        {(['create', 'update', 'unchanged', 'error'] as const).map((outcome) => (
          <li key={outcome}>{t(`import.counts.${outcome}`, { count: report.counts[outcome] })}</li>
        ))}
      </ul>
      {report.omittedChanges > 0 && <p>{t('import.omittedChanges', { count: report.omittedChanges })}</p>}
      <div className="import-report__scroll" tabIndex={0} aria-labelledby={`${id}-caption`}>
        <table className="import-report">
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('import.table.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.table.line')}</th>
              <th scope="col">{t('import.table.email')}</th>
              <th scope="col">{t('import.table.outcome')}</th>
              <th scope="col">{t('import.table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr
                key={row.line}
                className={row.outcome === 'error' ? 'import-report__row--error' : undefined}
              >
                <th scope="row">{row.line}</th>
                <td>{row.email ?? '—'}</td>
                <td>{t(`import.outcomes.${row.outcome}`)}</td>
                <td>
                  <RowDetails row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RowDetails({ row }: { row: ImportRowReport }) {
  const { t } = useTranslation();
  const items =
    row.outcome === 'error'
      ? row.errors.map((error) =>
          t(`import.rowProblems.${error.problem}` as 'import.rowProblems.required', {
            column: error.column ?? '',
            firstLine: error.firstLine ?? '',
            defaultValue: error.message,
          }),
        )
      : row.changes.map((change) =>
          t('import.change', {
            field: t(`import.fields.${change.field}` as 'import.fields.city', { defaultValue: change.field }),
            from: change.from ?? t('import.empty'),
            to: change.to ?? t('import.empty'),
          }),
        );
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
