import type { JobSearchStage, MentoringTopic } from '@passerelle/contracts';

/**
 * The mentoring topics a student needs most at each stage of the job search.
 * Students do not pick topics in their needs assessment (they say where they
 * stand); without this, the topics part of the score could never count for
 * them and every classic score would top out 10 points short.
 */
export const TOPICS_BY_STAGE: Readonly<Record<JobSearchStage, readonly MentoringTopic[]>> = {
  exploring: ['sector-insight', 'networking'],
  'defining-target': ['sector-insight', 'career-change'],
  'preparing-applications': ['cv-review', 'first-job'],
  applying: ['cv-review', 'networking'],
  interviewing: ['interview-preparation', 'first-job'],
  'negotiating-offer': ['first-job', 'interview-preparation'],
};

/** What a student at this stage wants from a mentor; nothing when they have not said where they stand. */
export function topicsForStage(stage: string | null): readonly MentoringTopic[] {
  return stage !== null && stage in TOPICS_BY_STAGE ? TOPICS_BY_STAGE[stage as JobSearchStage] : [];
}
