import { answersWithinAFewDays, toDirectoryCard } from './directory-card.js';
import type { DirectoryRow } from './directory-query.js';

const row: DirectoryRow = {
  account_id: '6f1c2a52-3a8e-4b8e-9d53-0c1f7c7b9a10',
  display_name: 'Awa Ndiaye',
  photo_updated_at: null,
  job_title: 'Analyste crédit',
  employer: 'Ecobank',
  sector: 'banking',
  city: 'Abidjan',
  country: 'CI',
  time_zone: 'Africa/Abidjan',
  graduation_year: 2015,
  languages: ['fr', 'en'],
  skills: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, labelFr: id, labelEn: id })),
  topics: ['cv-review'],
  formats: ['video'],
  capacity: 2,
  active_mentees: 3,
  median_response_hours: null,
  mentor_status: 'available',
  last_active_at: new Date('2026-11-20T08:00:00Z'),
  total: '1',
};

describe('answersWithinAFewDays', () => {
  it('says nothing when no request was answered yet', () => {
    expect(answersWithinAFewDays(null)).toBeNull();
  });

  it('is true up to three days and false beyond', () => {
    expect(answersWithinAFewDays(72)).toBe(true);
    expect(answersWithinAFewDays(72.5)).toBe(false);
  });
});

describe('toDirectoryCard', () => {
  it('shows four skills, never a negative number of free places', () => {
    const card = toDirectoryCard(row, 'members');
    expect(card.topSkills.map((skill) => skill.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(card).toMatchObject({ availableMentor: true, freePlaces: 0 });
    expect(card.lastActiveAt).toBe('2026-11-20T08:00:00.000Z');
  });

  it('gives no free places to an alumnus who is not an available mentor', () => {
    expect(toDirectoryCard({ ...row, mentor_status: null }, 'members')).toMatchObject({
      availableMentor: false,
      freePlaces: null,
    });
    expect(toDirectoryCard({ ...row, mentor_status: 'unavailable' }, 'staff').freePlaces).toBeNull();
  });

  it('gives the mentor status to staff only', () => {
    expect(toDirectoryCard(row, 'members')).not.toHaveProperty('mentorStatus');
    expect(toDirectoryCard(row, 'staff').mentorStatus).toBe('available');
  });
});
