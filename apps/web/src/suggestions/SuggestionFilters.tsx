import { useTranslation } from 'react-i18next';
import type { MentoringMode } from '@passerelle/contracts/matching-codes';
import {
  MEETING_FORMATS,
  MENTORING_TOPICS,
  REVERSE_MENTORING_TOPICS,
  SECTORS,
} from '@passerelle/contracts/profile-codes';
import { SelectFilter } from '../directory/DirectoryFilters';
import { languageOptions } from '../profile/labels';
import { TIME_ZONE_GAPS } from './suggestionQuery';
import type { SuggestionFilter } from '@passerelle/contracts/matching-codes';

/** The filters a mentee narrows the suggestions with; each one rules mentors out. */
export function SuggestionFilters({
  mode,
  params,
  onChange,
}: {
  mode: MentoringMode;
  params: URLSearchParams;
  onChange(key: SuggestionFilter, value: string): void;
}) {
  const { t, i18n } = useTranslation();
  const topics = mode === 'reverse' ? REVERSE_MENTORING_TOPICS : MENTORING_TOPICS;
  const topicKey = mode === 'reverse' ? 'profile.reverseTopics' : 'profile.topics';
  return (
    <div className="suggestion-filters" role="group" aria-label={t('suggestions.filters.label')}>
      {mode === 'classic' && (
        <SelectFilter
          label={t('suggestions.filters.sector')}
          value={params.get('sector') ?? ''}
          options={SECTORS.map((code) => ({ value: code, label: t(`profile.sectors.${code}`) }))}
          onChange={(value) => onChange('sector', value)}
        />
      )}
      <SelectFilter
        label={t('suggestions.filters.topic')}
        value={params.get('topic') ?? ''}
        options={topics.map((code) => ({
          value: code,
          label: t(`${topicKey}.${code}` as 'profile.topics.networking'),
        }))}
        onChange={(value) => onChange('topic', value)}
      />
      <SelectFilter
        label={t('suggestions.filters.language')}
        value={params.get('language') ?? ''}
        options={languageOptions(i18n.language).map(({ code, name }) => ({ value: code, label: name }))}
        onChange={(value) => onChange('language', value)}
      />
      <SelectFilter
        label={t('suggestions.filters.maxTimeZoneGapHours')}
        value={params.get('maxTimeZoneGapHours') ?? ''}
        options={TIME_ZONE_GAPS.map((hours) => ({
          value: String(hours),
          label: t('suggestions.filters.gap', { hours }),
        }))}
        onChange={(value) => onChange('maxTimeZoneGapHours', value)}
      />
      <SelectFilter
        label={t('suggestions.filters.format')}
        value={params.get('format') ?? ''}
        options={MEETING_FORMATS.map((code) => ({ value: code, label: t(`profile.formats.${code}`) }))}
        onChange={(value) => onChange('format', value)}
      />
    </div>
  );
}
