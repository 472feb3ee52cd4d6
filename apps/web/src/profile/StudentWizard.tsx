import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JOB_SEARCH_STAGES,
  type CountryCode,
  type JobSearchStage,
  type LanguageCode,
  type MeetingFormat,
  type ReverseMentoringTopic,
  type Sector,
} from '@passerelle/contracts/profile-codes';
import { CheckboxGroup } from '../forms/CheckboxGroup';
import { TextField } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { GoalsEditor, type GoalDraft } from './GoalsEditor';
import { profileApi, type MyProfileView, type StudentProfileInput } from './profileApi';
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

const STEPS = ['about', 'targets', 'needs', 'goals'] as const;
type Step = (typeof STEPS)[number];

function draftOf(profile: MyProfileView) {
  const student = profile.student!;
  return {
    programme: student.programme ?? '',
    expectedGraduationYear: String(student.expectedGraduationYear ?? ''),
    city: student.city ?? '',
    country: student.country ?? '',
    languages: (student.languages ?? []) as string[],
    tags: (profile.tags ?? []).map((tag) => tag.label).join(', '),
    offersReverseMentoring: student.offersReverseMentoring,
    reverseMentoringOffer: student.reverseMentoringOffer as string[],
    targetRoles: (student.targetRoles ?? []).join('\n'),
    targetSectors: (student.targetSectors ?? []) as string[],
    skillsToDevelop: student.skillsToDevelop ?? [],
    preferredFormats: (student.preferredFormats ?? []) as string[],
    jobSearchStage: student.jobSearchStage ?? '',
    strengths: student.strengths ?? '',
    gaps: student.gaps ?? '',
    mentorExpectations: student.mentorExpectations ?? '',
    goals: (student.goals ?? []).map((goal): GoalDraft => ({ ...goal })),
    visibility: visibilityMap(profile),
  };
}

type Draft = ReturnType<typeof draftOf>;

/** What each step saves: only its own fields, so a step never undoes another. */
function requestFor(
  step: Step,
  draft: Draft,
): { student: StudentProfileInput; tags?: string[]; visibility?: ReturnType<typeof visibilityList> } {
  switch (step) {
    case 'about':
      return {
        student: {
          programme: orNull(draft.programme),
          expectedGraduationYear: toNumberOrNull(draft.expectedGraduationYear),
          city: orNull(draft.city),
          country: orNull(draft.country) as CountryCode | null,
          languages: draft.languages as LanguageCode[],
          offersReverseMentoring: draft.offersReverseMentoring,
          reverseMentoringOffer: (draft.offersReverseMentoring
            ? draft.reverseMentoringOffer
            : []) as ReverseMentoringTopic[],
        },
        tags: splitList(draft.tags),
      };
    case 'targets':
      return {
        student: {
          targetRoles: splitList(draft.targetRoles, /\n/),
          targetSectors: draft.targetSectors as Sector[],
          skillIdsToDevelop: draft.skillsToDevelop.map((skill) => skill.id),
          preferredFormats: draft.preferredFormats as MeetingFormat[],
        },
      };
    case 'needs':
      return {
        student: {
          jobSearchStage: orNull(draft.jobSearchStage) as JobSearchStage | null,
          strengths: orNull(draft.strengths),
          gaps: orNull(draft.gaps),
          mentorExpectations: orNull(draft.mentorExpectations),
        },
        visibility: visibilityList(draft.visibility),
      };
    case 'goals':
      return {
        student: {
          goals: draft.goals.map(({ id, title, specific, measurable, targetDate, status }) => ({
            ...(id && { id }),
            title,
            specific,
            measurable,
            targetDate,
            status,
          })),
        },
      };
  }
}

/**
 * The student's needs assessment in four steps: about you → targets → needs → SMART goals.
 * Each step is saved on "continue", so nothing is lost if the student stops half-way.
 */
export function StudentWizard({
  profile,
  onSaved,
}: {
  profile: MyProfileView;
  onSaved(view: MyProfileView): void;
}) {
  const { t } = useTranslation();
  const [stepIndex, setStepIndex] = useState(0);
  const step = STEPS[stepIndex]!;
  const form = useSectionForm(draftOf(profile));
  const { draft, set, errors } = form;
  const sectors = useSectorOptions();
  const formats = useMeetingFormatOptions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Moving between steps puts focus on the new step's heading, so it is announced.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [stepIndex]);
  const goTo = (index: number) => {
    moved.current = true;
    form.setSuccess(undefined);
    setStepIndex(index);
  };

  const save = async () => {
    const saved = await profileApi.updateMine(requestFor(step, draft));
    onSaved(saved);
    if (step === 'goals') {
      // Stored goals now have ids: later saves update them instead of adding copies.
      form.set(
        'goals',
        (saved.student?.goals ?? []).map((goal) => ({ ...goal })),
      );
      return t('profile.wizard.finished');
    }
    return undefined;
  };
  const after = () => {
    if (stepIndex < STEPS.length - 1) goTo(stepIndex + 1);
  };

  const title = t(`profile.wizard.steps.${step}`);
  const studentVisibility = Object.fromEntries(
    Object.entries(draft.visibility).filter(([field]) =>
      ['needsAssessment', 'goals', 'targetRoles', 'skillsToDevelop'].includes(field),
    ),
  );

  return (
    <section className="card wizard" aria-labelledby="wizard-title">
      <ol className="wizard__steps">
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={
              index === stepIndex
                ? 'wizard__step wizard__step--current'
                : index < stepIndex
                  ? 'wizard__step wizard__step--done'
                  : 'wizard__step'
            }
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            <span className="wizard__number">{index + 1}</span> {t(`profile.wizard.steps.${name}`)}
          </li>
        ))}
      </ol>
      <h2 id="wizard-title" className="card__title" ref={headingRef} tabIndex={-1}>
        {t('profile.wizard.progress', { current: stepIndex + 1, total: STEPS.length, title })}
      </h2>
      <form ref={form.formRef} className="form" onSubmit={form.submitWith(save, after)} noValidate>
        {step === 'about' && (
          <>
            <div className="form-row">
              <TextField
                label={t('profile.items.programme')}
                binding={form.bind('programme', 'student.programme')}
              />
              <TextField
                label={t('profile.items.expectedGraduationYear')}
                binding={form.bind('expectedGraduationYear', 'student.expectedGraduationYear')}
                inputMode="numeric"
              />
            </div>
            <div className="form-row">
              <TextField label={t('profile.fields.city')} binding={form.bind('city', 'student.city')} />
              <CountryField binding={form.bind('country', 'student.country')} />
            </div>
            <LanguagesField {...form.bindSelection('languages', 'student.languages')} />
            <TagsField binding={form.bind('tags', 'tags')} />
            <ReverseMentoringOfferFields
              label={t('profile.fields.offersReverse')}
              offers={draft.offersReverseMentoring}
              onOffersChange={(offers) => set('offersReverseMentoring', offers)}
              topics={form.bindSelection('reverseMentoringOffer', 'student.reverseMentoringOffer')}
            />
          </>
        )}
        {step === 'targets' && (
          <>
            <TextAreaField
              label={t('profile.items.targetRoles')}
              hint={t('profile.fields.targetRolesHint')}
              binding={form.bind('targetRoles', 'student.targetRoles')}
              rows={3}
            />
            <CheckboxGroup
              legend={t('profile.items.targetSectors')}
              options={sectors}
              {...form.bindSelection('targetSectors', 'student.targetSectors')}
              columns
            />
            <SkillsPicker
              label={t('profile.items.skillsToDevelop')}
              {...form.bindSelection('skillsToDevelop', 'student.skillIdsToDevelop')}
            />
            <CheckboxGroup
              legend={t('profile.items.preferredFormats')}
              options={formats}
              {...form.bindSelection('preferredFormats', 'student.preferredFormats')}
            />
          </>
        )}
        {step === 'needs' && (
          <>
            <SelectField
              label={t('profile.items.jobSearchStage')}
              binding={form.bind('jobSearchStage', 'student.jobSearchStage')}
              emptyLabel={t('profile.fields.stageNone')}
              options={JOB_SEARCH_STAGES.map((stage) => ({
                value: stage,
                label: t(`profile.stages.${stage}`),
              }))}
            />
            <TextAreaField
              label={t('profile.items.strengths')}
              hint={t('profile.fields.strengthsHint')}
              binding={form.bind('strengths', 'student.strengths')}
            />
            <TextAreaField
              label={t('profile.items.gaps')}
              hint={t('profile.fields.gapsHint')}
              binding={form.bind('gaps', 'student.gaps')}
            />
            <TextAreaField
              label={t('profile.items.mentorExpectations')}
              hint={t('profile.fields.expectationsHint')}
              binding={form.bind('mentorExpectations', 'student.mentorExpectations')}
            />
            <VisibilityTable
              values={studentVisibility}
              onChange={(field, visibility) =>
                set('visibility', { ...draft.visibility, [field]: visibility })
              }
              errors={{}}
            />
          </>
        )}
        {step === 'goals' && (
          <GoalsEditor goals={draft.goals} onChange={(goals) => set('goals', goals)} errors={errors} />
        )}
        <FormStatus error={form.formError} success={form.success} />
        <div className="button-row">
          {stepIndex > 0 && (
            <button type="button" className="button" onClick={() => goTo(stepIndex - 1)}>
              {t('profile.wizard.previous')}
            </button>
          )}
          <SubmitButton
            busy={form.submitting}
            label={step === 'goals' ? t('profile.wizard.finish') : t('profile.wizard.next')}
            busyLabel={t('profile.saving')}
          />
        </div>
      </form>
    </section>
  );
}
