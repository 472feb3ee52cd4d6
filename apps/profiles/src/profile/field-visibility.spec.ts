import { Role, type PersonProfileView } from '@passerelle/contracts';
import { mayRead, readerOf, viewFor } from './field-visibility.js';

const alumnus: PersonProfileView = {
  accountId: 'a',
  displayName: 'Awa Ndiaye',
  role: Role.Alumnus,
  timeZone: 'Africa/Abidjan',
  photoUrl: '/api/v1/profiles/a/photo?v=1',
  tags: [],
  availability: [{ weekday: 2, startMinute: 1080, endMinute: 1200 }],
  alumnus: {
    employer: 'Orange',
    city: 'Abidjan',
    country: 'CI',
    linkedinUrl: 'https://www.linkedin.com/in/awa',
    bio: 'Ingénieure réseaux',
    topics: ['networking'],
    formats: ['video'],
    capacity: 2,
    openToReverseMentoring: false,
    reverseMentoringTopics: [],
    offersReverseMentoring: false,
    reverseMentoringOffer: [],
  },
};

describe('readerOf', () => {
  it('tells the owner, staff and admins, and other members apart', () => {
    expect(readerOf({ userId: 'a', role: Role.Alumnus }, 'a')).toBe('owner');
    expect(readerOf({ userId: 's', role: Role.Staff }, 'a')).toBe('staff');
    expect(readerOf({ userId: 'd', role: Role.Admin }, 'a')).toBe('staff');
    expect(readerOf({ userId: 'b', role: Role.Student }, 'a')).toBe('member');
  });

  it('calls a member in a mentorship with the owner a partner, never the owner or staff', () => {
    expect(readerOf({ userId: 'b', role: Role.Student }, 'a', true)).toBe('partner');
    expect(readerOf({ userId: 'a', role: Role.Alumnus }, 'a', true)).toBe('owner');
    expect(readerOf({ userId: 's', role: Role.Staff }, 'a', true)).toBe('staff');
  });
});

describe('mayRead', () => {
  it('lets other members read only what is for everyone', () => {
    expect(mayRead('member', 'everyone')).toBe(true);
    expect(mayRead('member', 'mentoring-partners')).toBe(false);
    expect(mayRead('member', 'staff')).toBe(false);
    expect(mayRead('staff', 'staff')).toBe(true);
  });

  it('lets mentoring partners read what is for partners, not what is for staff', () => {
    expect(mayRead('partner', 'everyone')).toBe(true);
    expect(mayRead('partner', 'mentoring-partners')).toBe(true);
    expect(mayRead('partner', 'staff')).toBe(false);
  });
});

describe('viewFor', () => {
  it('shows staff everything', () => {
    expect(viewFor('staff', alumnus, { employer: 'staff' })).toEqual(alumnus);
  });

  it('hides from members what the owner keeps for staff or partners, with the defaults applied', () => {
    const view = viewFor('member', alumnus, { employer: 'staff', location: 'mentoring-partners' });
    expect(view.alumnus).not.toHaveProperty('employer');
    expect(view.alumnus).not.toHaveProperty('city');
    expect(view.alumnus).not.toHaveProperty('country');
    // linkedinUrl is for mentoring partners by default
    expect(view.alumnus).not.toHaveProperty('linkedinUrl');
    expect(view.alumnus?.bio).toBe('Ingénieure réseaux');
    expect(view.alumnus?.topics).toEqual(['networking']);
  });

  it('hides root fields such as the photo and availability', () => {
    const view = viewFor('member', alumnus, { photo: 'staff', availability: 'staff' });
    expect(view).not.toHaveProperty('photoUrl');
    expect(view).not.toHaveProperty('availability');
  });

  it('leaves the original untouched', () => {
    viewFor('member', alumnus, { employer: 'staff' });
    expect(alumnus.alumnus?.employer).toBe('Orange');
  });

  it('keeps what staff may run from other members', () => {
    const staff: PersonProfileView = {
      ...alumnus,
      role: Role.Staff,
      alumnus: undefined,
      staff: { department: 'Carrières', canRunEvents: true, canRunProgrammes: false },
    };
    expect(viewFor('member', staff, {}).staff).toEqual({ department: 'Carrières' });
  });
});
