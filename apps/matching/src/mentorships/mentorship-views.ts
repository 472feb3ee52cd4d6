import { In, type EntityManager } from 'typeorm';
import type { GoalProgressView, MentorshipGoalView, MentorshipView } from '@passerelle/contracts';
import { personRefs } from '../people/person-refs.js';
import { GoalProgress } from './goal-progress.entity.js';
import { MentorshipGoal } from './mentorship-goal.entity.js';
import { termOf, type PartySide } from './mentorship-rules.js';
import type { Mentorship } from './mentorship.entity.js';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** The goals of these mentorships with their progress, newest update first (two queries). */
async function goalsByMentorship(
  manager: EntityManager,
  mentorshipIds: string[],
): Promise<Map<string, MentorshipGoalView[]>> {
  const goals = await manager.find(MentorshipGoal, {
    where: { mentorshipId: In(mentorshipIds) },
    order: { createdAt: 'ASC' },
  });
  const updates =
    goals.length === 0
      ? []
      : await manager.find(GoalProgress, {
          where: { goalId: In(goals.map((goal) => goal.id)) },
          order: { createdAt: 'DESC' },
        });
  const byGoal = new Map<string, GoalProgressView[]>();
  for (const update of updates) {
    const list = byGoal.get(update.goalId) ?? [];
    list.push({
      percent: update.percent,
      note: update.note,
      by: update.authorSide,
      at: update.createdAt.toISOString(),
    });
    byGoal.set(update.goalId, list);
  }
  const result = new Map<string, MentorshipGoalView[]>();
  for (const goal of goals) {
    const progress = byGoal.get(goal.id) ?? [];
    const list = result.get(goal.mentorshipId) ?? [];
    list.push({
      id: goal.id,
      title: goal.title,
      targetDate: goal.targetDate,
      percent: progress[0]?.percent ?? 0,
      progress,
    });
    result.set(goal.mentorshipId, list);
  }
  return result;
}

/** The views of these mentorships, each seen from the side given for it (three queries whatever their number). */
export async function mentorshipViews(
  manager: EntityManager,
  mentorships: readonly Mentorship[],
  sideOf: (mentorship: Mentorship) => PartySide | 'staff',
): Promise<MentorshipView[]> {
  if (mentorships.length === 0) return [];
  const goals = await goalsByMentorship(
    manager,
    mentorships.map((mentorship) => mentorship.id),
  );
  const person = await personRefs(
    manager,
    mentorships.flatMap((mentorship) => [mentorship.mentorId, mentorship.menteeId]),
  );
  return mentorships.map((mentorship) => ({
    id: mentorship.id,
    mySide: sideOf(mentorship),
    programmeId: mentorship.programmeId,
    mode: mentorship.mode,
    origin: mentorship.origin,
    status: mentorship.status,
    mentor: person(mentorship.mentorId),
    mentee: person(mentorship.menteeId),
    agreement: {
      meetingMinutesPerMonth: mentorship.meetingMinutesPerMonth,
      durationMonths: mentorship.durationMonths,
      mentorAcceptedAt: iso(mentorship.mentorAcceptedAt),
      menteeAcceptedAt: iso(mentorship.menteeAcceptedAt),
    },
    goals: goals.get(mentorship.id) ?? [],
    proposedAt: mentorship.proposedAt.toISOString(),
    startedAt: iso(mentorship.startedAt),
    endsOn: mentorship.startedAt
      ? termOf(mentorship.startedAt, mentorship.durationMonths).toISOString()
      : null,
    endedAt: iso(mentorship.endedAt),
    endReason: mentorship.endReason,
    endNote: mentorship.endNote,
    lastActivityAt: iso(mentorship.lastActivityAt),
  }));
}
