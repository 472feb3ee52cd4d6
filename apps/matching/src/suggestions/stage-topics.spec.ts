import { JOB_SEARCH_STAGES, MENTORING_TOPICS } from '@passerelle/contracts';
import { menteeFactsOf, type MemberFacts } from './member-facts.js';
import { topicsForStage } from './stage-topics.js';

describe('the topics a student needs at each stage of the job search', () => {
  it('names two real mentoring topics for every stage', () => {
    for (const stage of JOB_SEARCH_STAGES) {
      const topics = topicsForStage(stage);
      expect(topics).toHaveLength(2);
      for (const topic of topics) expect(MENTORING_TOPICS).toContain(topic);
    }
  });

  it('asks for CV help while preparing applications and interview practice while interviewing', () => {
    expect(topicsForStage('preparing-applications')).toContain('cv-review');
    expect(topicsForStage('interviewing')).toContain('interview-preparation');
  });

  it('asks for nothing when the student has not said where they stand, or names an unknown stage', () => {
    expect(topicsForStage(null)).toEqual([]);
    expect(topicsForStage('retired')).toEqual([]);
  });
});

describe('a student as a mentee in the classic programme', () => {
  it('wants the topics of their stage, so a mentor offering them scores on topics', () => {
    const student = { accountId: 'a', jobSearchStage: 'interviewing' } as MemberFacts;
    const wanted = menteeFactsOf('classic', {
      ...student,
      skillIds: [],
      sectors: [],
      targetRoles: [],
    } as MemberFacts);
    expect(wanted.topics).toEqual(['interview-preparation', 'first-job']);
  });
});
