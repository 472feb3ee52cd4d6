import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MentorSuggestion } from './suggestionsApi';

/** One suggested mentor: who, the score and why, and the box to choose them. */
export function SuggestionCard({
  suggestion,
  rank,
  canChoose,
  onToggle,
}: {
  suggestion: MentorSuggestion;
  /** 1–3 when chosen, in the order of the choices. */
  rank: number | null;
  canChoose: boolean;
  onToggle(): void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { mentor, score, reasons, parts } = suggestion;
  const chosen = rank !== null;
  return (
    <article className="suggestion-card" aria-labelledby={headingId} data-chosen={chosen}>
      <header className="suggestion-card__header">
        <h2 className="suggestion-card__name" id={headingId}>
          <Link to={`/people/${encodeURIComponent(mentor.accountId)}`}>{mentor.displayName}</Link>
        </h2>
        <p className="suggestion-card__score">
          <span aria-hidden="true">
            <strong>{Math.round(score)}</strong>/100
          </span>
          <span className="visually-hidden">{t('suggestions.card.score', { score: Math.round(score) })}</span>
        </p>
      </header>
      {suggestion.jobTitle && <p className="suggestion-card__job">{suggestion.jobTitle}</p>}
      <ul className="suggestion-card__reasons" aria-label={t('suggestions.card.reasons')}>
        {reasons.map((reason) => (
          <li key={reason.code}>{reason.text}</li>
        ))}
      </ul>
      <details className="suggestion-card__parts">
        <summary>{t('suggestions.card.parts')}</summary>
        <dl>
          {parts
            .filter((part) => part.points > 0)
            .map((part) => (
              <div key={part.part}>
                <dt>{t(`suggestions.parts.${part.part}`)}</dt>
                <dd>{t('suggestions.card.points', { points: part.points.toLocaleString(i18n.language) })}</dd>
              </div>
            ))}
        </dl>
      </details>
      <label className="choice suggestion-card__choose">
        <input type="checkbox" checked={chosen} disabled={!chosen && !canChoose} onChange={onToggle} />
        {chosen
          ? t('suggestions.card.chosen', { rank })
          : t('suggestions.card.choose', { name: mentor.displayName })}
      </label>
    </article>
  );
}
