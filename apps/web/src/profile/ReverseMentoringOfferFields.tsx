import { useTranslation } from 'react-i18next';
import { REVERSE_MENTORING_TOPICS } from '@passerelle/contracts/profile-codes';
import { CheckboxGroup, StandaloneCheckbox } from '../forms/CheckboxGroup';

/**
 * "I can mentor an alumnus back on digital topics": the yes/no box, then the
 * topics offered (at least one; the API names the field otherwise). Used by
 * the student wizard and by recent graduates in the alumnus form.
 */
export function ReverseMentoringOfferFields({
  label,
  offers,
  onOffersChange,
  topics,
}: {
  label: string;
  offers: boolean;
  onOffersChange(offers: boolean): void;
  topics: { name: string; selected: readonly string[]; onChange(selected: string[]): void; error?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <StandaloneCheckbox label={label} checked={offers} onChange={onOffersChange} />
      {offers && (
        <CheckboxGroup
          legend={t('profile.fields.reverseOfferTopics')}
          hint={t('profile.fields.reverseOfferHint')}
          options={REVERSE_MENTORING_TOPICS.map((topic) => ({
            value: topic,
            label: t(`profile.reverseTopics.${topic}`),
          }))}
          {...topics}
        />
      )}
    </>
  );
}
