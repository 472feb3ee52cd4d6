import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatDate } from '../onboarding/format';
import { memberName } from '../privacy/memberName';
import { personPath } from '../profile/MyProfilePage';
import type { RequestChoice } from './requestsApi';
import { RequestSection } from './RequestSection';

/** What became of one ranked choice, in a sentence. */
function useOutcomeText(): (choice: RequestChoice) => string {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (choice) => {
    switch (choice.outcome) {
      case 'waiting':
        return choice.sentAt === null
          ? t('requests.request.outcomes.notYet')
          : t('requests.request.outcomes.waiting', { date: formatDate(choice.expiresAt) });
      case 'accepted':
        return t('requests.request.outcomes.accepted', { date: formatDate(choice.answeredAt) });
      case 'declined': {
        const reason = choice.declineReason ? t(`requests.declineReasons.${choice.declineReason}`) : '';
        const note = choice.declineNote ? ` — « ${choice.declineNote} »` : '';
        return (
          t('requests.request.outcomes.declined', { date: formatDate(choice.answeredAt), reason }) + note
        );
      }
      case 'expired':
        return t('requests.request.outcomes.expired', { date: formatDate(choice.expiresAt) });
      case 'skipped':
        return t('requests.request.outcomes.skipped');
      case 'withdrawn':
        return t('requests.request.outcomes.withdrawn');
    }
  };
}

/** The mentee's ranked choices: each mentor, and their answer or when it is due. */
export function RequestChoices({ choices }: { choices: readonly RequestChoice[] }) {
  const { t } = useTranslation();
  const outcomeText = useOutcomeText();
  return (
    <RequestSection title={t('requests.request.choices')}>
      <ol className="choices-list">
        {choices.map((choice) => (
          <li key={choice.rank} className={`choice-row choice-row--${choice.outcome}`}>
            <Link to={personPath(choice.mentor.accountId)}>{memberName(t, choice.mentor.displayName)}</Link>
            <span className="choice-row__outcome">{outcomeText(choice)}</span>
          </li>
        ))}
      </ol>
    </RequestSection>
  );
}
