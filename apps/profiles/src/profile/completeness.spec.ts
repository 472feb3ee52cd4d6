import { Role, type PersonProfileView } from '@passerelle/contracts';
import { profileCompleteness } from './completeness.js';

const person = (overrides: Partial<PersonProfileView>): PersonProfileView => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Julien Moreau',
  role: Role.Alumnus,
  timeZone: 'Europe/Paris',
  photoUrl: null,
  tags: [],
  availability: [],
  ...overrides,
});

const emptyAlumnus = {
  topics: [],
  formats: [],
  capacity: 2,
  openToReverseMentoring: false,
  reverseMentoringTopics: [],
  offersReverseMentoring: false,
  reverseMentoringOffer: [],
};

describe('profileCompleteness', () => {
  it('scores an empty alumnus profile 0 and lists everything to fill', () => {
    const result = profileCompleteness(person({ alumnus: emptyAlumnus }));
    expect(result.score).toBe(0);
    expect(result.missing).toEqual([
      'photo',
      'availability',
      'graduationYear',
      'programme',
      'employer',
      'jobTitle',
      'sector',
      'location',
      'languages',
      'skills',
      'linkedinUrl',
      'bio',
      'topics',
      'formats',
    ]);
  });

  it('counts each filled item once and rounds the score', () => {
    const result = profileCompleteness(
      person({
        alumnus: { ...emptyAlumnus, employer: 'BNP Paribas', jobTitle: 'Analyste', bio: '  ' },
      }),
    );
    expect(result.score).toBe(14); // 2 of 14
    expect(result.missing).toContain('bio'); // blank text is not filled
    expect(result.missing).not.toContain('employer');
  });

  it('needs both city and country for the location', () => {
    const withCity = profileCompleteness(person({ alumnus: { ...emptyAlumnus, city: 'Lyon' } }));
    const withBoth = profileCompleteness(
      person({ alumnus: { ...emptyAlumnus, city: 'Lyon', country: 'FR' } }),
    );
    expect(withCity.missing).toContain('location');
    expect(withBoth.missing).not.toContain('location');
  });

  it('scores a student on targets, the needs assessment and goals', () => {
    const result = profileCompleteness(
      person({
        role: Role.Student,
        availability: [{ weekday: 1, startMinute: 600, endMinute: 660 }],
        student: {
          targetRoles: ['Data analyst'],
          offersReverseMentoring: false,
          reverseMentoringOffer: [],
          jobSearchStage: 'applying',
          goals: [
            {
              id: '00000000-0000-4000-8000-000000000002',
              title: 'Postuler',
              specific: 'Envoyer des candidatures',
              measurable: '10 candidatures',
              targetDate: '2030-01-31',
              status: 'open',
            },
          ],
        },
      }),
    );
    expect(result.missing).not.toEqual(
      expect.arrayContaining(['targetRoles', 'jobSearchStage', 'goals', 'availability']),
    );
    expect(result.missing).toEqual(expect.arrayContaining(['strengths', 'gaps', 'mentorExpectations']));
    expect(result.score).toBe(27); // 4 of 15
  });

  it('reaches 100 for a staff member with a photo and a department', () => {
    const result = profileCompleteness(
      person({
        role: Role.Staff,
        photoUrl: '/api/v1/profiles/x/photo?v=1',
        staff: { department: 'Carrières' },
      }),
    );
    expect(result).toEqual({ score: 100, missing: [] });
  });
});
