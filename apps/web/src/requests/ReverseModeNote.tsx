import type { MentoringMode } from '@passerelle/contracts/matching-codes';
import { useTranslation } from 'react-i18next';

/**
 * Reverse mentoring shown for what it is, on both sides: a badge and one sentence saying who
 * guides whom. Nothing for the classic mode.
 */
export function ReverseModeNote({ mode, side }: { mode: MentoringMode; side: 'mentor' | 'mentee' }) {
  const { t } = useTranslation();
  if (mode !== 'reverse') return null;
  return (
    <p className="mode-note">
      <span className="mode-badge">{t('requests.mode.reverse')}</span>{' '}
      {t(side === 'mentor' ? 'requests.mode.reverseForMentor' : 'requests.mode.reverseForMentee')}
    </p>
  );
}
