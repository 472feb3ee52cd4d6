import './onboarding.css';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ChoiceGroup } from '../forms/ChoiceGroup';
import { FormStatus, SubmitButton } from '../forms/FormStatus';
import { explainFailure } from '../forms/errorMessages';
import { Page } from '../layout/Page';
import { NotFoundPage } from '../layout/NotFoundPage';
import { useLoaded } from '../profile/useProfile';
import { useFormatDate, useLocalised } from './format';
import { LoadState } from './LoadFailed';
import { Markdown } from './Markdown';
import { onboardingApi, type TrainingAttemptResult, type TrainingModuleView } from './onboardingApi';
import { onboardingPaths } from './useOnboarding';

/** One training module: its content, then its quiz, scored by the server. */
export function TrainingModulePage() {
  const { moduleId = '' } = useParams();
  const { t } = useTranslation();
  const localised = useLocalised();
  const { state, reload } = useLoaded(useCallback(() => onboardingApi.module(moduleId), [moduleId]));

  if (state.status === 'notFound') return <NotFoundPage />;
  const title =
    state.status === 'loaded' ? localised(state.value.titleFr, state.value.titleEn) : t('app.loading');
  return (
    <Page title={title}>
      <p>
        <Link to={onboardingPaths.wizard}>{t('onboarding.module.back')}</Link>
      </p>
      <LoadState state={state} reload={reload} />
      {state.status === 'loaded' && (
        <div className="onboarding">
          <article className="card onboarding-document">
            <Markdown source={localised(state.value.contentFr, state.value.contentEn)} />
          </article>
          <Quiz module={state.value} />
        </div>
      )}
    </Page>
  );
}

function Quiz({ module }: { module: TrainingModuleView }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const formatDate = useFormatDate();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<TrainingAttemptResult>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const unanswered = module.questions
      .filter((question) => !answers[question.id])
      .map((question) => question.id);
    if (unanswered.length > 0) {
      setMissing(new Set(unanswered));
      setError(t('onboarding.module.unanswered'));
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="${unanswered[0]}"]`)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(
        await onboardingApi.submitQuiz(
          module.id,
          module.questions.map((question) => ({ questionId: question.id, choiceId: answers[question.id]! })),
        ),
      );
    } catch (failure) {
      setError(explainFailure(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const corrections = new Map(result?.corrections.map((item) => [item.questionId, item.correctChoiceId]));
  const outcome = result
    ? result.alreadyPassed
      ? t('onboarding.module.alreadyPassed', { date: formatDate(result.validUntil) })
      : result.passed
        ? t('onboarding.module.passed', {
            correct: result.correctAnswers,
            total: result.questionCount,
            date: formatDate(result.validUntil),
          })
        : t('onboarding.module.failed', {
            correct: result.correctAnswers,
            total: result.questionCount,
            passMark: result.passMarkPercent,
          })
    : undefined;

  return (
    <section className="card onboarding-section" aria-labelledby="quiz-title">
      <h2 className="card__title" id="quiz-title">
        {t('onboarding.module.quiz')}
      </h2>
      <p className="card__intro">
        {t('onboarding.module.quizIntro', {
          count: module.questions.length,
          passMark: module.passMarkPercent,
        })}
      </p>
      {module.state === 'passed' && !result && (
        <p className="notice notice--success">
          {t('onboarding.module.passedBefore', { date: formatDate(module.validUntil) })}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        {module.questions.map((question, index) => {
          const expected = corrections.get(question.id);
          const expectedLabel = question.choices.find((choice) => choice.id === expected);
          return (
            <div key={question.id} className="quiz__question">
              <ChoiceGroup
                legend={t('onboarding.module.question', {
                  number: index + 1,
                  prompt: localised(question.promptFr, question.promptEn),
                })}
                binding={{
                  name: question.id,
                  value: answers[question.id] ?? '',
                  error: missing.has(question.id) ? t('onboarding.module.unanswered') : undefined,
                  onChange: (value) => {
                    setAnswers((previous) => ({ ...previous, [question.id]: value }));
                    setMissing((previous) => {
                      const next = new Set(previous);
                      next.delete(question.id);
                      return next;
                    });
                  },
                }}
                choices={question.choices.map((choice) => ({
                  value: choice.id,
                  label: localised(choice.labelFr, choice.labelEn),
                }))}
              />
              {expectedLabel && (
                <p
                  className={
                    expected === answers[question.id]
                      ? 'quiz__feedback quiz__feedback--right'
                      : 'quiz__feedback'
                  }
                >
                  {expected === answers[question.id]
                    ? t('onboarding.module.correct')
                    : t('onboarding.module.rightAnswer', {
                        answer: localised(expectedLabel.labelFr, expectedLabel.labelEn),
                      })}
                </p>
              )}
            </div>
          );
        })}
        <FormStatus
          error={error ?? (result && !result.passed ? outcome : undefined)}
          success={result?.passed ? outcome : undefined}
        />
        {result?.passed ? (
          // Once passed, answering again changes nothing: the next step is back to the wizard.
          <p>
            <Link className="button button--primary" to={onboardingPaths.wizard}>
              {t('onboarding.module.back')}
            </Link>
          </p>
        ) : (
          <SubmitButton
            busy={busy}
            label={t('onboarding.module.submit')}
            busyLabel={t('onboarding.module.busy')}
          />
        )}
      </form>
    </section>
  );
}
