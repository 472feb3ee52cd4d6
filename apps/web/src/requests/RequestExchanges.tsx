import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../onboarding/format';
import { memberName } from '../privacy/memberName';
import type { MentoringRequestView } from './requestsApi';
import { RequestSection } from './RequestSection';

/** The mentor a request was with at `at`: the last choice sent before then. */
function mentorAt(request: MentoringRequestView, at: string): string {
  const sent = request.choices.filter((choice) => choice.sentAt !== null && choice.sentAt <= at);
  return sent.at(-1)?.mentor.displayName ?? '';
}

/** The mentor's questions and the mentee's answers, in order, labelled for whoever reads them. */
export function RequestExchanges({
  request,
  reader,
}: {
  request: MentoringRequestView;
  reader: 'mentor' | 'mentee';
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (request.exchanges.length === 0) return null;
  const label = (from: 'mentor' | 'mentee', at: string) => {
    if (from === reader)
      return t(from === 'mentor' ? 'requests.request.yourQuestion' : 'requests.request.yourAnswer');
    return from === 'mentor'
      ? t('requests.request.question', { name: memberName(t, mentorAt(request, at)) })
      : t('requests.request.answerFrom', { name: memberName(t, request.mentee.displayName) });
  };
  return (
    <RequestSection title={t('requests.request.exchanges')}>
      <ol className="exchanges">
        {request.exchanges.map((exchange, index) => (
          <li key={index} className={`exchange exchange--${exchange.from}`}>
            <p className="exchange__who">
              {label(exchange.from, exchange.at)} ·{' '}
              <time dateTime={exchange.at}>{formatDate(exchange.at)}</time>
            </p>
            <p className="exchange__text">{exchange.text}</p>
          </li>
        ))}
      </ol>
    </RequestSection>
  );
}
