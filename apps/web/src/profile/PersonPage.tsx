import './profile.css';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ReverseMentoringTopic } from '@passerelle/contracts/profile-codes';
import { useSignedInAccount } from '../auth/AuthContext';
import { Page } from '../layout/Page';
import { clock, countryName, languageName } from './labels';
import { ProfilePhoto } from './ProfilePhoto';
import { profileApi, type AvailabilitySlot, type PersonProfileView } from './profileApi';
import { skillLabel } from './SkillsPicker';
import { nextSlotStart } from './slotTime';
import { useLoaded } from './useProfile';
import { memberName } from '../privacy/memberName';
import { CharterStandingCard } from '../onboarding/CharterStandingCard';

/** When a slot starts for the reader, if they live in another zone ("lundi 12:00"). */
function inReaderZone(
  slot: AvailabilitySlot,
  ownerZone: string,
  readerZone: string,
  locale: string,
): string | null {
  if (ownerZone === readerZone) return null;
  return new Intl.DateTimeFormat(locale, {
    timeZone: readerZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(nextSlotStart(slot, ownerZone));
}

/** What a student or a recent graduate offers to teach alumni back, when they offer it. */
function ReverseOffer({
  person,
}: {
  person: { offersReverseMentoring: boolean; reverseMentoringOffer: readonly ReverseMentoringTopic[] };
}) {
  const { t } = useTranslation();
  if (!person.offersReverseMentoring) return null;
  const topics = person.reverseMentoringOffer.map((topic) => t(`profile.reverseTopics.${topic}`)).join(', ');
  return <p>{t('profile.person.reverseOffer', { topics })}</p>;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  if (
    children === undefined ||
    children === null ||
    children === '' ||
    (Array.isArray(children) && children.length === 0)
  )
    return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Another person's profile, as much of it as they let the reader see. */
export function PersonPage() {
  const { accountId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const reader = useSignedInAccount();
  const load = useCallback(() => profileApi.person(accountId), [accountId]);
  const { state } = useLoaded(load);
  const locale = i18n.language;

  if (state.status === 'loading')
    return (
      <Page title={t('app.loading')}>
        <p role="status">{t('app.loading')}</p>
      </Page>
    );
  if (state.status === 'notFound')
    return (
      <Page title={t('profile.person.notFound')}>
        <p>{t('notFound.body')}</p>
      </Page>
    );
  if (state.status === 'failed')
    return (
      <Page title={t('profile.loadFailed')}>
        <p role="alert">{t('errors.unexpected')}</p>
      </Page>
    );

  const person: PersonProfileView = state.value;
  const readerIsStaff = reader.role === 'staff' || reader.role === 'admin';
  const { alumnus, student, staff } = person;
  const place = (city?: string | null, country?: string | null) =>
    [city, country ? countryName(locale, country) : null].filter(Boolean).join(', ') || undefined;

  return (
    <Page title={memberName(t, person.displayName)} intro={t(`roles.${person.role}`)}>
      <article className="person">
        <header className="person__header">
          <ProfilePhoto url={person.photoUrl} name={memberName(t, person.displayName)} size={128} />
          <div>
            {alumnus && (
              <p className="person__headline">
                {[alumnus.jobTitle, alumnus.employer].filter(Boolean).join(' · ')}
              </p>
            )}
            <p>{place(alumnus?.city ?? student?.city, alumnus?.country ?? student?.country)}</p>
          </div>
        </header>
        {alumnus?.bio && <p className="person__bio">{alumnus.bio}</p>}
        <dl className="person__facts">
          {alumnus && (
            <>
              <Item label={t('profile.items.programme')}>{alumnus.programme}</Item>
              <Item label={t('profile.items.graduationYear')}>
                {alumnus.graduationYear
                  ? t('profile.person.graduated', { year: alumnus.graduationYear })
                  : null}
              </Item>
              <Item label={t('profile.items.sector')}>
                {alumnus.sector ? t(`profile.sectors.${alumnus.sector}`) : null}
              </Item>
              <Item label={t('profile.items.yearsOfExperience')}>
                {alumnus.yearsOfExperience != null
                  ? t('profile.person.experience', { count: alumnus.yearsOfExperience })
                  : null}
              </Item>
              <Item label={t('profile.items.languages')}>
                {alumnus.languages?.map((code) => languageName(locale, code)).join(', ')}
              </Item>
              <Item label={t('profile.items.skills')}>
                {alumnus.skills?.map((skill) => skillLabel(skill, locale)).join(', ')}
              </Item>
              <Item label={t('profile.items.linkedinUrl')}>
                {alumnus.linkedinUrl ? (
                  <a href={alumnus.linkedinUrl} rel="noopener noreferrer" target="_blank">
                    {alumnus.linkedinUrl}
                  </a>
                ) : null}
              </Item>
            </>
          )}
          {student && (
            <>
              <Item label={t('profile.items.programme')}>{student.programme}</Item>
              <Item label={t('profile.items.expectedGraduationYear')}>
                {student.expectedGraduationYear
                  ? t('profile.person.expected', { year: student.expectedGraduationYear })
                  : null}
              </Item>
              <Item label={t('profile.items.languages')}>
                {student.languages?.map((code) => languageName(locale, code)).join(', ')}
              </Item>
              <Item label={t('profile.items.targetRoles')}>{student.targetRoles?.join(', ')}</Item>
              <Item label={t('profile.items.targetSectors')}>
                {student.targetSectors?.map((sector) => t(`profile.sectors.${sector}`)).join(', ')}
              </Item>
              <Item label={t('profile.items.skillsToDevelop')}>
                {student.skillsToDevelop?.map((skill) => skillLabel(skill, locale)).join(', ')}
              </Item>
              <Item label={t('profile.items.preferredFormats')}>
                {student.preferredFormats?.map((format) => t(`profile.formats.${format}`)).join(', ')}
              </Item>
              <Item label={t('profile.items.jobSearchStage')}>
                {student.jobSearchStage ? t(`profile.stages.${student.jobSearchStage}`) : null}
              </Item>
              <Item label={t('profile.items.strengths')}>{student.strengths}</Item>
              <Item label={t('profile.items.gaps')}>{student.gaps}</Item>
              <Item label={t('profile.items.mentorExpectations')}>{student.mentorExpectations}</Item>
              <Item label={t('profile.items.goals')}>
                {student.goals?.length ? (
                  <ul>
                    {student.goals.map((goal) => (
                      <li key={goal.id}>
                        <strong>{goal.title}</strong> — {goal.measurable} (
                        {t('profile.person.goalDue', {
                          date: new Intl.DateTimeFormat(locale, {
                            dateStyle: 'long',
                            timeZone: 'UTC',
                          }).format(new Date(goal.targetDate)),
                        })}
                        , {t(`profile.goals.statuses.${goal.status}`)})
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Item>
            </>
          )}
          {staff && <Item label={t('profile.items.department')}>{staff.department}</Item>}
          <Item label={t('profile.items.tags')}>{person.tags?.map((tag) => tag.label).join(', ')}</Item>
        </dl>
        {student?.offersReverseMentoring && (
          <section className="card" aria-labelledby="reverse-offer-title">
            <h2 id="reverse-offer-title" className="card__title">
              {t('profile.sections.reverse')}
            </h2>
            <ReverseOffer person={student} />
          </section>
        )}
        {alumnus && (
          <section className="card" aria-labelledby="offer-title">
            <h2 id="offer-title" className="card__title">
              {t('profile.person.mentoring')}
            </h2>
            <p>{alumnus.topics.map((topic) => t(`profile.topics.${topic}`)).join(' · ')}</p>
            <p>{alumnus.formats.map((format) => t(`profile.formats.${format}`)).join(' · ')}</p>
            <p>
              {alumnus.capacity > 0
                ? t('profile.person.capacity', { count: alumnus.capacity })
                : t('profile.person.paused')}
            </p>
            {alumnus.openToReverseMentoring && (
              <p>
                {t('profile.person.reverse')}
                {alumnus.reverseMentoringTopics.length > 0 &&
                  ` : ${alumnus.reverseMentoringTopics.map((topic) => t(`profile.reverseTopics.${topic}`)).join(', ')}`}
              </p>
            )}
            <ReverseOffer person={alumnus} />
          </section>
        )}
        {person.availability && person.availability.length > 0 && (
          <section className="card" aria-labelledby="availability-title">
            <h2 id="availability-title" className="card__title">
              {t('profile.person.availability', { zone: person.timeZone.replaceAll('_', ' ') })}
            </h2>
            <ul>
              {person.availability.map((slot) => {
                const converted = inReaderZone(slot, person.timeZone, reader.timeZone, locale);
                return (
                  <li key={`${slot.weekday}-${slot.startMinute}`}>
                    {t(`profile.weekdays.${String(slot.weekday) as '1'}`)} {clock(slot.startMinute)}–
                    {clock(slot.endMinute)}
                    {converted && ` (${t('profile.person.yourTime', { time: converted })})`}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {readerIsStaff && person.role !== 'staff' && person.role !== 'admin' && (
          <CharterStandingCard accountId={person.accountId} isAlumnus={Boolean(alumnus)} />
        )}
        {reader.id !== person.accountId && !readerIsStaff && (
          <p className="person__note">{t('profile.person.hiddenNote')}</p>
        )}
      </article>
    </Page>
  );
}
