import { addMonths, answerProblems, scoreQuiz } from './quiz-scoring.js';
import type { StoredQuizQuestion } from './training-module.entity.js';

const question = (id: string, correctChoiceId = 'a'): StoredQuizQuestion => ({
  id,
  promptFr: id,
  promptEn: id,
  choices: ['a', 'b', 'c'].map((choice) => ({ id: choice, labelFr: choice, labelEn: choice })),
  correctChoiceId,
});
const quiz = [question('q1'), question('q2', 'b'), question('q3', 'c'), question('q4'), question('q5')];
const answer = (questionId: string, choiceId: string) => ({ questionId, choiceId });
const allRight = [
  answer('q1', 'a'),
  answer('q2', 'b'),
  answer('q3', 'c'),
  answer('q4', 'a'),
  answer('q5', 'a'),
];

describe('quiz scoring', () => {
  it('counts right answers and passes at the mark', () => {
    expect(scoreQuiz(quiz, allRight, 80)).toEqual({ correctAnswers: 5, questionCount: 5, passed: true });
    const oneWrong = [...allRight.slice(0, 4), answer('q5', 'b')];
    expect(scoreQuiz(quiz, oneWrong, 80)).toMatchObject({ correctAnswers: 4, passed: true });
    const twoWrong = [answer('q1', 'c'), ...allRight.slice(1, 4), answer('q5', 'b')];
    expect(scoreQuiz(quiz, twoWrong, 80)).toMatchObject({ correctAnswers: 3, passed: false });
  });

  it('accepts complete answers in any order', () => {
    expect(answerProblems(quiz, [...allRight].reverse())).toEqual([]);
  });

  it('names missing, duplicate, unknown questions and choices', () => {
    expect(answerProblems(quiz, allRight.slice(0, 4))).toEqual(['answers: questions not answered: q5']);
    expect(answerProblems(quiz, [...allRight, answer('q1', 'b')])).toEqual([
      'answers[5]: question "q1" is answered twice',
    ]);
    expect(answerProblems(quiz, [...allRight.slice(0, 4), answer('q9', 'a')])).toEqual([
      'answers[4]: unknown question "q9"',
      'answers: questions not answered: q5',
    ]);
    expect(answerProblems(quiz, [...allRight.slice(0, 4), answer('q5', 'z')])).toEqual([
      'answers[4]: "z" is not a choice of question "q5"',
    ]);
  });
});

describe('addMonths', () => {
  it('adds calendar months', () => {
    expect(addMonths(new Date('2026-03-15T10:00:00Z'), 12).toISOString()).toBe('2027-03-15T10:00:00.000Z');
  });
  it('keeps to the end of a shorter month', () => {
    expect(addMonths(new Date('2026-01-31T08:00:00Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
  });
});
