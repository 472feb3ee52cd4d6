import { useTranslation } from 'react-i18next';
import { StandaloneCheckbox } from '../forms/CheckboxGroup';
import { TextField } from '../forms/Field';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { profileApi, type MyProfileView } from './profileApi';
import { orNull, useSectionForm } from './useSectionForm';

export function StaffProfileForm({
  profile,
  onSaved,
}: {
  profile: MyProfileView;
  onSaved(view: MyProfileView): void;
}) {
  const { t } = useTranslation();
  const staff = profile.staff ?? {};
  const form = useSectionForm({
    department: staff.department ?? '',
    canRunProgrammes: staff.canRunProgrammes ?? false,
    canRunEvents: staff.canRunEvents ?? false,
  });
  const save = async () => {
    const saved = await profileApi.updateMine({
      staff: {
        department: orNull(form.draft.department),
        canRunProgrammes: form.draft.canRunProgrammes,
        canRunEvents: form.draft.canRunEvents,
      },
    });
    onSaved(saved);
    return t('profile.saved');
  };
  return (
    <section className="card" aria-labelledby="staff-title">
      <h2 id="staff-title" className="card__title">
        {t('profile.sections.about')}
      </h2>
      <form ref={form.formRef} className="form" onSubmit={form.submitWith(save)} noValidate>
        <TextField
          label={t('profile.items.department')}
          binding={form.bind('department', 'staff.department')}
        />
        <StandaloneCheckbox
          label={t('profile.fields.canRunProgrammes')}
          checked={form.draft.canRunProgrammes}
          onChange={(checked) => form.set('canRunProgrammes', checked)}
        />
        <StandaloneCheckbox
          label={t('profile.fields.canRunEvents')}
          checked={form.draft.canRunEvents}
          onChange={(checked) => form.set('canRunEvents', checked)}
        />
        <FormStatus error={form.formError} success={form.success} />
        <SubmitButton busy={form.submitting} label={t('profile.save')} busyLabel={t('profile.saving')} />
      </form>
    </section>
  );
}
