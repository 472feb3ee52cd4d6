import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_MAX_CHOICES, REQUEST_MESSAGE_MAX_LENGTH } from '@passerelle/contracts/matching-codes';
import { ApiError } from '../api/client';
import { explainFailure } from '../forms/errorMessages';
import type { MentorSuggestion } from './suggestionsApi';

/** The server asks for at least this much (REQUEST_MESSAGE_MIN_LENGTH in the contracts). */
const MESSAGE_MIN_LENGTH = 20;

/**
 * The mentors chosen, in the order the request will try them, and the
 * message that goes with it; sending is the request itself.
 */
export function ChoicesPanel({
  chosen,
  onMove,
  onRemove,
  onSend,
}: {
  chosen: MentorSuggestion[];
  onMove(index: number, offset: -1 | 1): void;
  onRemove(index: number): void;
  onSend(message: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const messageId = useId();
  const hintId = useId();
  const errorId = useId();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [messageError, setMessageError] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (message.trim().length < MESSAGE_MIN_LENGTH) {
      setMessageError(t('suggestions.choices.messageTooShort', { min: MESSAGE_MIN_LENGTH }));
      messageRef.current?.focus();
      return;
    }
    setMessageError(undefined);
    setSending(true);
    try {
      await onSend(message.trim());
    } catch (error) {
      const field =
        error instanceof ApiError ? error.fields.find((entry) => entry.field === 'message') : undefined;
      if (field) {
        setMessageError(field.messages.join(' '));
        messageRef.current?.focus();
      } else {
        setFailure(
          error instanceof ApiError && error.status === 409 ? error.message : explainFailure(t, error),
        );
      }
      setSending(false);
    }
  };

  return (
    <section className="choices-panel card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {t('suggestions.choices.title', { count: chosen.length, max: REQUEST_MAX_CHOICES })}
      </h2>
      {chosen.length === 0 ? (
        <p>{t('suggestions.choices.none', { max: REQUEST_MAX_CHOICES })}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('suggestions.choices.order')}</p>
          <ol className="choices-panel__list">
            {chosen.map((suggestion, index) => (
              <li key={suggestion.mentor.accountId}>
                <span className="choices-panel__name">{suggestion.mentor.displayName}</span>
                <span className="choices-panel__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === 0}
                    onClick={() => onMove(index, -1)}
                    aria-label={t('suggestions.choices.up', { name: suggestion.mentor.displayName })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === chosen.length - 1}
                    onClick={() => onMove(index, 1)}
                    aria-label={t('suggestions.choices.down', { name: suggestion.mentor.displayName })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => onRemove(index)}
                    aria-label={t('suggestions.choices.remove', { name: suggestion.mentor.displayName })}
                  >
                    {t('suggestions.choices.removeShort')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <div className={messageError ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={messageId}>
              {t('suggestions.choices.message')}
            </label>
            <p className="field__hint" id={hintId}>
              {t('suggestions.choices.messageHint', {
                min: MESSAGE_MIN_LENGTH,
                length: message.trim().length,
              })}
            </p>
            <textarea
              id={messageId}
              ref={messageRef}
              className="input textarea"
              rows={5}
              maxLength={REQUEST_MESSAGE_MAX_LENGTH}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              aria-describedby={messageError ? `${hintId} ${errorId}` : hintId}
              aria-invalid={messageError ? true : undefined}
            />
            {messageError && (
              <p className="field__error" id={errorId}>
                {messageError}
              </p>
            )}
          </div>
          {failure && (
            <div className="notice notice--error" role="alert">
              {failure}
            </div>
          )}
          <button type="submit" className="button button--primary" aria-disabled={sending}>
            {sending ? t('suggestions.choices.sending') : t('suggestions.choices.send')}
          </button>
        </form>
      )}
    </section>
  );
}
