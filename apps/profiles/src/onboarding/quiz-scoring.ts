import type { StoredQuizQuestion } from './training-module.entity.js';

export interface QuizAnswerInput {
  questionId: string;
  choiceId: string;
}

/**
 * What is wrong with a set of answers, as messages naming the answer; empty
 * when every question is answered once with one of its choices.
 */
export function answerProblems(questions: StoredQuizQuestion[], answers: QuizAnswerInput[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const question = questions.find((candidate) => candidate.id === answer.questionId);
    if (!question) problems.push(`answers[${index}]: unknown question "${answer.questionId}"`);
    else if (seen.has(answer.questionId))
      problems.push(`answers[${index}]: question "${answer.questionId}" is answered twice`);
    else if (!question.choices.some((choice) => choice.id === answer.choiceId))
      problems.push(
        `answers[${index}]: "${answer.choiceId}" is not a choice of question "${answer.questionId}"`,
      );
    seen.add(answer.questionId);
  });
  const missing = questions.filter((question) => !seen.has(question.id)).map((question) => question.id);
  if (missing.length > 0) problems.push(`answers: questions not answered: ${missing.join(', ')}`);
  return problems;
}

export interface QuizScore {
  correctAnswers: number;
  questionCount: number;
  passed: boolean;
}

/** Scores complete, checked answers (see answerProblems) against the pass mark, in percent of right answers. */
export function scoreQuiz(
  questions: StoredQuizQuestion[],
  answers: QuizAnswerInput[],
  passMarkPercent: number,
): QuizScore {
  const chosen = new Map(answers.map((answer) => [answer.questionId, answer.choiceId]));
  const correctAnswers = questions.filter(
    (question) => chosen.get(question.id) === question.correctChoiceId,
  ).length;
  const questionCount = questions.length;
  // Integer arithmetic: 4 of 5 at an 80 % mark passes, without floating-point doubt.
  return { correctAnswers, questionCount, passed: correctAnswers * 100 >= passMarkPercent * questionCount };
}

/** The same instant `months` calendar months later (the last day of a shorter month when needed). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
