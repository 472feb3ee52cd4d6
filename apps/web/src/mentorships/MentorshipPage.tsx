import '../requests/requests.css';
import './mentorships.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../layout/NotFoundPage';
import { Page } from '../layout/Page';
import { LoadState } from '../onboarding/LoadFailed';
import { useFormatDate } from '../onboarding/format';
import { memberName } from '../privacy/memberName';
import { personPath } from '../profile/MyProfilePage';
import { useLoaded } from '../profile/useProfile';
import { ReverseModeNote } from '../requests/ReverseModeNote';
import { AgreementSection } from './AgreementSection';
import { GoalsSection } from './GoalsSection';
import { LifecycleSection } from './LifecycleSection';
import { mentorshipsApi, type MentorshipView } from './mentorshipsApi';
import { MentorshipStatusBadge } from './MentorshipStatusBadge';
import { otherName } from './mentorshipText';
import { mentorshipPaths } from './paths';

/** What a section calls after an action: the mentorship as it is now, and what to tell the reader. */
export type OnMentorshipChanged = (mentorship: MentorshipView, message: string) => void;

/** One mentorship: the pair, the agreement, the goals and their progress, and its lifecycle. */
export function MentorshipPage() {
  const { mentorshipId = '' } = useParams();
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { state, reload, set } = useLoaded(
    useCallback(() => mentorshipsApi.get(mentorshipId), [mentorshipId]),
  );
  const [done, setDone] = useState<string>();
  if (state.status === 'notFound') return <NotFoundPage />;
  const mentorship = state.status === 'loaded' ? state.value : null;
  const onChanged: OnMentorshipChanged = (updated, message) => {
    set(updated);
    setDone(message);
  };
  const title = !mentorship
    ? t('app.loading')
    : mentorship.mySide === 'staff'
      ? t('mentorships.detail.titleStaff', {
          mentor: memberName(t, mentorship.mentor.displayName),
          mentee: memberName(t, mentorship.mentee.displayName),
        })
      : t('mentorships.detail.title', { name: otherName(t, mentorship) });

  return (
    <Page title={title}>
      <p>
        <Link to={mentorshipPaths.list}>{t('mentorships.detail.back')}</Link>
      </p>
      <LoadState state={state} reload={reload} />
      <div role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </div>
      {mentorship && (
        <div className="mentorship">
          <section className="card" aria-labelledby="mentorship-pair">
            <h2 className="card__title" id="mentorship-pair">
              {t('mentorships.detail.pair')}
            </h2>
            {mentorship.mySide !== 'staff' && (
              <ReverseModeNote mode={mentorship.mode} side={mentorship.mySide} />
            )}
            <dl className="facts">
              <dt>{t('mentorships.detail.status')}</dt>
              <dd data-testid="mentorship-status">
                <MentorshipStatusBadge status={mentorship.status} />
              </dd>
              {(['mentor', 'mentee'] as const).map((side) => (
                <PersonFact key={side} mentorship={mentorship} side={side} />
              ))}
              <dt>{t('mentorships.detail.origin')}</dt>
              <dd>{t(`mentorships.origins.${mentorship.origin}`)}</dd>
              <dt>{t('mentorships.detail.proposedOn')}</dt>
              <dd>{formatDate(mentorship.proposedAt)}</dd>
              {mentorship.startedAt && (
                <>
                  <dt>{t('mentorships.detail.startedOn')}</dt>
                  <dd>{formatDate(mentorship.startedAt)}</dd>
                </>
              )}
              {mentorship.endsOn && !mentorship.endedAt && (
                <>
                  <dt>{t('mentorships.detail.endsOn')}</dt>
                  <dd>{formatDate(mentorship.endsOn)}</dd>
                </>
              )}
              {mentorship.endedAt && (
                <>
                  <dt>{t('mentorships.detail.endedOn')}</dt>
                  <dd>{formatDate(mentorship.endedAt)}</dd>
                </>
              )}
              {mentorship.endReason && (
                <>
                  <dt>{t('mentorships.detail.endReason')}</dt>
                  <dd>
                    {t(`mentorships.endReasons.${mentorship.endReason}`)}
                    {mentorship.endNote && <> — « {mentorship.endNote} »</>}
                  </dd>
                </>
              )}
              <dt>{t('mentorships.detail.lastActivity')}</dt>
              <dd>{formatDate(mentorship.lastActivityAt) || t('mentorships.detail.none')}</dd>
            </dl>
          </section>
          <AgreementSection mentorship={mentorship} onChanged={onChanged} />
          <GoalsSection mentorship={mentorship} onChanged={onChanged} />
          <LifecycleSection mentorship={mentorship} onChanged={onChanged} />
        </div>
      )}
    </Page>
  );
}

function PersonFact({ mentorship, side }: { mentorship: MentorshipView; side: 'mentor' | 'mentee' }) {
  const { t } = useTranslation();
  const person = mentorship[side];
  return (
    <>
      <dt>{t(`mentorships.detail.${side}`)}</dt>
      <dd>
        <Link to={personPath(person.accountId)}>{memberName(t, person.displayName)}</Link>
        {mentorship.mySide === side && <> ({t('mentorships.detail.you')})</>}
      </dd>
    </>
  );
}
