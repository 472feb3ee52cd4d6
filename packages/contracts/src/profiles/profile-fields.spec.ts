import { Role } from '../common/role.js';
import { DEFAULT_FIELD_VISIBILITY, effectiveVisibility, visibilityFieldsFor } from './profile-fields.js';

describe('effectiveVisibility', () => {
  it('applies the defaults where the owner has not chosen, and ignores fields of other roles', () => {
    const visibility = effectiveVisibility(Role.Student, { goals: 'everyone', employer: 'staff' });
    expect(visibility.goals).toBe('everyone');
    expect(visibility.needsAssessment).toBe(DEFAULT_FIELD_VISIBILITY.needsAssessment);
    expect(visibility).not.toHaveProperty('employer');
  });

  it('keeps contact details and the self-assessment for partners by default', () => {
    expect(DEFAULT_FIELD_VISIBILITY.linkedinUrl).toBe('mentoring-partners');
    expect(DEFAULT_FIELD_VISIBILITY.needsAssessment).toBe('mentoring-partners');
    expect(DEFAULT_FIELD_VISIBILITY.goals).toBe('mentoring-partners');
  });

  it('gives staff profiles no field to hide', () => {
    expect(visibilityFieldsFor(Role.Staff)).toEqual([]);
    expect(effectiveVisibility(Role.Admin, { employer: 'staff' })).toEqual({});
  });
});
