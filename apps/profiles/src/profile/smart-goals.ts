import type { FieldError, SmartGoalInput } from '@passerelle/contracts';

export interface StoredGoalDate {
  id: string;
  targetDate: string;
}

/** Today's calendar date (YYYY-MM-DD) where the person lives. */
export function localDate(timeZone: string, now: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Problems with a new list of goals: an id that is not one of the person's
 * goals, or a target date not after today for a goal that is new or whose
 * date changes (a goal whose date has passed can still be updated otherwise,
 * for example marked achieved).
 */
export function findGoalProblems(
  inputs: readonly SmartGoalInput[],
  stored: readonly StoredGoalDate[],
  today: string,
  field = 'student.goals',
): FieldError[] {
  const storedById = new Map(stored.map((goal) => [goal.id, goal]));
  const problems: FieldError[] = [];
  inputs.forEach((input, index) => {
    const previous = input.id === undefined ? undefined : storedById.get(input.id);
    if (input.id !== undefined && !previous) {
      problems.push({ field: `${field}.${index}.id`, messages: ['id is not one of your goals'] });
      return;
    }
    if (previous?.targetDate !== input.targetDate && input.targetDate <= today) {
      problems.push({
        field: `${field}.${index}.targetDate`,
        messages: [`targetDate must be after today (${today})`],
      });
    }
  });
  return problems;
}
