import './weights.css';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '../layout/Page';
import { useLocalised } from '../onboarding/format';
import { LoadState } from '../onboarding/LoadFailed';
import { useLoaded } from '../profile/useProfile';
import { WeightsForm } from './WeightsForm';
import { weightsApi } from './weightsApi';

/** Staff: "Pondérations", each programme's score weights and timings; the programme is in the address. */
export function ScoreWeightsPage() {
  const { t } = useTranslation();
  const localised = useLocalised();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { state, reload } = useLoaded(weightsApi.programmes);
  const programmes = state.status === 'loaded' ? state.value.items : [];
  const selected = params.get('programme') ?? programmes[0]?.id;

  return (
    <Page title={t('weights.title')} intro={t('weights.intro')}>
      <LoadState state={state} reload={reload} />
      {programmes.length > 0 && selected && (
        <div className="card weights-page">
          <div className="field weights-page__programme">
            <label className="field__label" htmlFor={`${id}-programme`}>
              {t('weights.programme')}
            </label>
            <select
              id={`${id}-programme`}
              className="input select"
              value={selected}
              onChange={(event) => setParams({ programme: event.target.value })}
            >
              {programmes.some((programme) => programme.id === selected) ? null : <option value={selected} />}
              {programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {localised(programme.nameFr, programme.nameEn)}
                </option>
              ))}
            </select>
          </div>
          <ProgrammeSettings key={selected} programmeId={selected} />
        </div>
      )}
    </Page>
  );
}

function ProgrammeSettings({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { state, reload, set } = useLoaded(useCallback(() => weightsApi.get(programmeId), [programmeId]));
  if (state.status === 'notFound') return <p className="notice notice--error">{t('weights.notFound')}</p>;
  if (state.status !== 'loaded') return <LoadState state={state} reload={reload} />;
  return <WeightsForm programme={state.value} onSaved={set} />;
}
