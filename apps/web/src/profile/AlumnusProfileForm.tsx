import { useTranslation } from 'react-i18next';
import {
  isRecentGraduate,
  MENTORING_TOPICS,
  REVERSE_MENTORING_TOPICS,
  type CountryCode,
  type LanguageCode,
  type MeetingFormat,
  type MentoringTopic,
  type ReverseMentoringTopic,
  type Sector,
} from '@passerelle/contracts/profile-codes';
import { CheckboxGroup, StandaloneCheckbox } from '../forms/CheckboxGroup';
import { TextField } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { profileApi, type MyProfileView } from './profileApi';
import {
  CountryField,
  LanguagesField,
  SelectField,
  splitList,
  TextAreaField,
  TagsField,
  useMeetingFormatOptions,
  useSectorOptions,
  visibilityList,
  visibilityMap,
} from './ProfileFields';
import { ReverseMentoringOfferFields } from './ReverseMentoringOfferFields';
import { SkillsPicker } from './SkillsPicker';
import { orNull, toNumberOrNull, useSectionForm } from './useSectionForm';
import { VisibilityTable } from './VisibilityTable';

function draftOf(profile: MyProfileView) {
  const alumnus = profile.alumnus!;
  return {
    graduationYear: String(alumnus.graduationYear ?? ''),
    programme: alumnus.programme ?? '',
    employer: alumnus.employer ?? '',
    jobTitle: alumnus.jobTitle ?? '',
    sector: alumnus.sector ?? '',
    city: alumnus.city ?? '',
    country: alumnus.country ?? '',
    yearsOfExperience: String(alumnus.yearsOfExperience ?? ''),
    languages: (alumnus.languages ?? []) as string[],
    linkedinUrl: alumnus.linkedinUrl ?? '',
    bio: alumnus.bio ?? '',
    skills: alumnus.skills ?? [],
    topics: alumnus.topics as string[],
    formats: alumnus.formats as string[],
    capacity: String(alumnus.capacity),
    openToReverseMentoring: alumnus.openToReverseMentoring,
    reverseMentoringTopics: alumnus.reverseMentoringTopics as string[],
    offersReverseMentoring: alumnus.offersReverseMentoring,
    reverseMentoringOffer: alumnus.reverseMentoringOffer as string[],
    tags: (profile.tags ?? []).map((tag) => tag.label).join(', '),
    visibility: visibilityMap(profile),
  };
}

/** Everything an alumnus tells about themself and offers as a mentor, in one form. */
export function AlumnusProfileForm({
  profile,
  onSaved,
}: {
  profile: MyProfileView;
  onSaved(view: MyProfileView): void;
}) {
  const { t } = useTranslation();
  const form = useSectionForm(draftOf(profile));
  const { draft, set, errors } = form;
  const sectors = useSectorOptions();
  const formats = useMeetingFormatOptions();
  // Only recent graduates may offer to mentor back; one who offered keeps the box to withdraw it.
  const graduationYear = Number.parseInt(draft.graduationYear, 10);
  const mayOfferReverse =
    draft.offersReverseMentoring || isRecentGraduate(Number.isNaN(graduationYear) ? null : graduationYear);

  const save = async () => {
    const saved = await profileApi.updateMine({
      alumnus: {
        graduationYear: toNumberOrNull(draft.graduationYear),
        programme: orNull(draft.programme),
        employer: orNull(draft.employer),
        jobTitle: orNull(draft.jobTitle),
        sector: orNull(draft.sector) as Sector | null,
        city: orNull(draft.city),
        country: orNull(draft.country) as CountryCode | null,
        yearsOfExperience: toNumberOrNull(draft.yearsOfExperience),
        languages: draft.languages as LanguageCode[],
        linkedinUrl: orNull(draft.linkedinUrl),
        bio: orNull(draft.bio),
        skillIds: draft.skills.map((skill) => skill.id),
        topics: draft.topics as MentoringTopic[],
        formats: draft.formats as MeetingFormat[],
        // Left empty, the capacity goes out as it is and the API names the field.
        capacity: toNumberOrNull(draft.capacity) ?? (draft.capacity as unknown as number),
        openToReverseMentoring: draft.openToReverseMentoring,
        reverseMentoringTopics: (draft.openToReverseMentoring
          ? draft.reverseMentoringTopics
          : []) as ReverseMentoringTopic[],
        offersReverseMentoring: draft.offersReverseMentoring,
        reverseMentoringOffer: (draft.offersReverseMentoring
          ? draft.reverseMentoringOffer
          : []) as ReverseMentoringTopic[],
      },
      tags: splitList(draft.tags),
      visibility: visibilityList(draft.visibility),
    });
    onSaved(saved);
    return t('profile.saved');
  };

  return (
    <form ref={form.formRef} className="form profile-form" onSubmit={form.submitWith(save)} noValidate>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" className="card__title">
          {t('profile.sections.about')}
        </h2>
        <TextAreaField
          label={t('profile.items.bio')}
          binding={form.bind('bio', 'alumnus.bio')}
          hint={t('profile.fields.bioHint', { count: draft.bio.length })}
        />
        <div className="form-row">
          <TextField
            label={t('profile.fields.city')}
            binding={form.bind('city', 'alumnus.city')}
            autoComplete="address-level2"
          />
          <CountryField binding={form.bind('country', 'alumnus.country')} />
        </div>
        <LanguagesField {...form.bindSelection('languages', 'alumnus.languages')} />
        <TextField
          label={t('profile.items.linkedinUrl')}
          hint={t('profile.fields.linkedinHint')}
          binding={form.bind('linkedinUrl', 'alumnus.linkedinUrl')}
          type="url"
          inputMode="url"
        />
        <TagsField binding={form.bind('tags', 'tags')} />
      </section>

      <section className="card" aria-labelledby="career-title">
        <h2 id="career-title" className="card__title">
          {t('profile.sections.career')}
        </h2>
        <div className="form-row">
          <TextField
            label={t('profile.items.graduationYear')}
            binding={form.bind('graduationYear', 'alumnus.graduationYear')}
            inputMode="numeric"
          />
          <TextField
            label={t('profile.items.programme')}
            binding={form.bind('programme', 'alumnus.programme')}
          />
        </div>
        <div className="form-row">
          <TextField
            label={t('profile.items.employer')}
            binding={form.bind('employer', 'alumnus.employer')}
            autoComplete="organization"
          />
          <TextField
            label={t('profile.items.jobTitle')}
            binding={form.bind('jobTitle', 'alumnus.jobTitle')}
            autoComplete="organization-title"
          />
        </div>
        <div className="form-row">
          <SelectField
            label={t('profile.items.sector')}
            binding={form.bind('sector', 'alumnus.sector')}
            options={sectors}
            emptyLabel={t('profile.fields.sectorNone')}
          />
          <TextField
            label={t('profile.items.yearsOfExperience')}
            binding={form.bind('yearsOfExperience', 'alumnus.yearsOfExperience')}
            inputMode="numeric"
          />
        </div>
        <SkillsPicker
          label={t('profile.items.skills')}
          {...form.bindSelection('skills', 'alumnus.skillIds')}
        />
      </section>

      <section className="card" aria-labelledby="mentoring-title">
        <h2 id="mentoring-title" className="card__title">
          {t('profile.sections.mentoring')}
        </h2>
        <CheckboxGroup
          legend={t('profile.items.topics')}
          options={MENTORING_TOPICS.map((topic) => ({ value: topic, label: t(`profile.topics.${topic}`) }))}
          {...form.bindSelection('topics', 'alumnus.topics')}
          columns
        />
        <CheckboxGroup
          legend={t('profile.items.formats')}
          options={formats}
          {...form.bindSelection('formats', 'alumnus.formats')}
        />
        <TextField
          label={t('profile.fields.capacity')}
          hint={t('profile.fields.capacityHint')}
          binding={form.bind('capacity', 'alumnus.capacity')}
          type="number"
          min={0}
          max={20}
          inputMode="numeric"
        />
        <StandaloneCheckbox
          label={t('profile.fields.openToReverse')}
          checked={draft.openToReverseMentoring}
          onChange={(checked) => set('openToReverseMentoring', checked)}
        />
        {draft.openToReverseMentoring && (
          <CheckboxGroup
            legend={t('profile.fields.reverseTopics')}
            options={REVERSE_MENTORING_TOPICS.map((topic) => ({
              value: topic,
              label: t(`profile.reverseTopics.${topic}`),
            }))}
            {...form.bindSelection('reverseMentoringTopics', 'alumnus.reverseMentoringTopics')}
          />
        )}
        {mayOfferReverse && (
          <ReverseMentoringOfferFields
            label={t('profile.fields.offersReverseRecent')}
            offers={draft.offersReverseMentoring}
            onOffersChange={(offers) => set('offersReverseMentoring', offers)}
            topics={form.bindSelection('reverseMentoringOffer', 'alumnus.reverseMentoringOffer')}
          />
        )}
      </section>

      <section className="card" aria-label={t('profile.sections.visibility')}>
        <VisibilityTable
          values={draft.visibility}
          onChange={(field, visibility) => set('visibility', { ...draft.visibility, [field]: visibility })}
          errors={errors}
        />
      </section>

      <div className="form-footer">
        <FormStatus error={form.formError} success={form.success} />
        <SubmitButton busy={form.submitting} label={t('profile.save')} busyLabel={t('profile.saving')} />
      </div>
    </form>
  );
}
