import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../forms/Field';
import { FormStatus } from '../forms/FormStatus';
import { ProfilePhoto } from './ProfilePhoto';
import { profileApi, type MyProfileView } from './profileApi';
import { toPathErrors } from './useSectionForm';

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * Choose a photo, see it, upload it. The size and type are checked here to answer at once,
 * and again by the server on the bytes themselves.
 */
export function PhotoUploader({ profile, onSaved }: { profile: MyProfileView; onSaved(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const choose = (chosen: File | undefined) => {
    setError(undefined);
    setFormError(undefined);
    setSuccess(undefined);
    setFile(null);
    setPreview(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setError(t('profile.photo.tooLarge'));
    if (chosen.type && !TYPES.includes(chosen.type)) return setError(t('profile.photo.wrongType'));
    setFile(chosen);
    setPreview(URL.createObjectURL(chosen));
  };

  const upload = async () => {
    if (!file || busy) return;
    setBusy(true);
    try {
      await profileApi.uploadPhoto(await readAsBase64(file));
      setFile(null);
      setPreview(null);
      if (inputRef.current) inputRef.current.value = '';
      setSuccess(t('profile.photo.uploaded'));
      onSaved();
    } catch (failure) {
      const explained = toPathErrors(t, failure);
      setError(explained.fields.image);
      setFormError(explained.fields.image ? undefined : explained.form);
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await profileApi.deletePhoto();
      setSuccess(t('profile.photo.removed'));
      onSaved();
    } catch (failure) {
      setFormError(toPathErrors(t, failure).form);
    } finally {
      setBusy(false);
    }
  };

  const errorId = error ? `${id}-error` : undefined;
  return (
    <section className="card photo-card" aria-labelledby={`${id}-title`} id="photo">
      <h2 id={`${id}-title`} className="card__title">
        {t('profile.photo.title')}
      </h2>
      <div className="photo-card__images">
        <figure>
          <ProfilePhoto url={profile.photoUrl} name={profile.displayName} size={128} />
          <figcaption>{profile.photoUrl ? t('profile.photo.current') : t('profile.photo.none')}</figcaption>
        </figure>
        {preview && (
          <figure>
            <img className="avatar" src={preview} alt={t('profile.photo.preview')} width={128} height={128} />
            <figcaption>{t('profile.photo.preview')}</figcaption>
          </figure>
        )}
      </div>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t('profile.photo.choose')}
        </label>
        <input
          ref={inputRef}
          id={id}
          name="image"
          type="file"
          className="input input--file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={Boolean(error)}
          aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(' ')}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t('profile.photo.hint')}
        </p>
        {error && <FieldError id={errorId}>{error}</FieldError>}
      </div>
      <FormStatus error={formError} success={success} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!file || busy}
          onClick={() => void upload()}
        >
          {busy ? t('profile.photo.uploading') : t('profile.photo.upload')}
        </button>
        {profile.photoUrl && (
          <button type="button" className="button button--quiet" onClick={() => void remove()}>
            {t('profile.photo.remove')}
          </button>
        )}
      </div>
    </section>
  );
}
