import { availabilityChange, isMentorAvailable, type MentorStanding } from './mentor-availability.js';

describe('mentor availability', () => {
  const ready: MentorStanding = { status: 'approved', acceptedCurrentCharter: true, trainingValid: true };

  it('is available when approved, current charter accepted and training valid', () => {
    expect(isMentorAvailable(ready)).toBe(true);
  });

  it.each(['pending', 'rejected', 'suspended'] as const)('is not available while %s', (status) => {
    expect(isMentorAvailable({ ...ready, status })).toBe(false);
  });

  it('is not available without the current charter', () => {
    expect(isMentorAvailable({ ...ready, acceptedCurrentCharter: false })).toBe(false);
  });

  it('is not available with a missing or expired module', () => {
    expect(isMentorAvailable({ ...ready, trainingValid: false })).toBe(false);
  });

  it('announces only real changes', () => {
    expect(availabilityChange(false, true)).toBe('available');
    expect(availabilityChange(true, false)).toBe('unavailable');
    expect(availabilityChange(true, true)).toBeNull();
    expect(availabilityChange(false, false)).toBeNull();
  });
});
