import { useTranslation } from 'react-i18next';
import { useCycleText } from './cycleText';
import type { AssignmentFigures, CycleView } from './cyclesApi';

const FIGURES = ['pairs', 'coverage', 'totalScore', 'averageScore'] as const;

/** The pool, the last run's optimal assignment against the greedy one, and the draft as staff edited it. */
export function CycleSummary({ cycle }: { cycle: CycleView }) {
  const { t } = useTranslation();
  const text = useCycleText();
  const { pool, optimal, greedy, durationMs } = cycle.lastRun;
  const columns: [string, AssignmentFigures][] = [
    [t('cycles.summary.optimal'), optimal],
    [t('cycles.summary.greedy'), greedy],
    [t(cycle.status === 'published' ? 'cycles.summary.draftPublished' : 'cycles.summary.draft'), cycle.draft],
  ];
  const show = (figure: (typeof FIGURES)[number], figures: AssignmentFigures) =>
    figure === 'pairs'
      ? String(figures.pairs)
      : figure === 'coverage'
        ? text.percent(figures.coverage)
        : text.score(figures[figure]);
  const gain = greedy.totalScore > 0 ? (optimal.totalScore - greedy.totalScore) / greedy.totalScore : null;

  return (
    <section className="card cycle-summary" aria-labelledby="cycle-summary-title">
      <h2 className="card__title" id="cycle-summary-title" tabIndex={-1} data-focus="summary">
        {t('cycles.summary.title')}
      </h2>
      <h3 className="cycle-summary__subtitle">{t('cycles.summary.pool')}</h3>
      <dl className="cycle-pool">
        <div className="cycle-pool__item">
          <dt>{t('cycles.summary.mentees')}</dt>
          <dd>{pool.mentees}</dd>
        </div>
        <div className="cycle-pool__item">
          <dt>{t('cycles.summary.mentors')}</dt>
          <dd>{pool.mentors}</dd>
        </div>
        <div className="cycle-pool__item">
          <dt>{t('cycles.summary.freePlaces')}</dt>
          <dd>{pool.freePlaces}</dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="table cycle-figures">
          <caption>{t('cycles.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.summary.figure')}</th>
              {columns.map(([name]) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((figure) => (
              <tr key={figure}>
                <th scope="row">{t(`cycles.summary.${figure}`)}</th>
                {columns.map(([name, figures]) => (
                  <td key={name}>{show(figure, figures)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="cycle-summary__gain">
        {gain === null
          ? t('cycles.summary.gainNone')
          : t('cycles.summary.gain', { gain: text.signedPercent(gain) })}
      </p>
      <p className="cycle-summary__edits">
        {t('cycles.summary.locked', { count: cycle.lockedPairs })} ·{' '}
        {t('cycles.summary.removed', { count: cycle.removedPairs })}
      </p>
      <p className="cycle-summary__duration">
        {t('cycles.summary.duration', { ms: durationMs, topK: cycle.topK })}
      </p>
    </section>
  );
}
