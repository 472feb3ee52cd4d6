import { useTranslation } from 'react-i18next';
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
        <label className="checkbox checkbox--standalone">
          <input
            type="checkbox"
            checked={form.draft.canRunProgrammes}
            onChange={(event) => form.set('canRunProgrammes', event.target.checked)}
          />
          <span>{t('profile.fields.canRunProgrammes')}</span>
        </label>
        <label className="checkbox checkbox--standalone">
          <input
            type="checkbox"
            checked={form.draft.canRunEvents}
            onChange={(event) => form.set('canRunEvents', event.target.checked)}
          />
          <span>{t('profile.fields.canRunEvents')}</span>
        </label>
        <FormStatus error={form.formError} success={form.success} />
        <SubmitButton busy={form.submitting} label={t('profile.save')} busyLabel={t('profile.saving')} />
      </form>
    </section>
  );
}
