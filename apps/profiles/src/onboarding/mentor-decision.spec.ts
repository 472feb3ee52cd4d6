import { statusAfter } from './mentor-decision.js';

describe('staff decisions on a mentor', () => {
  it.each([
    ['pending', 'approve', 'approved'],
    ['suspended', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
    ['approved', 'suspend', 'suspended'],
  ] as const)('%s + %s → %s', (from, decision, to) => {
    expect(statusAfter(from, decision)).toBe(to);
  });

  it.each([
    ['approved', 'approve'],
    ['rejected', 'approve'],
    ['approved', 'reject'],
    ['suspended', 'reject'],
    ['pending', 'suspend'],
    ['rejected', 'suspend'],
  ] as const)('refuses %s + %s', (from, decision) => {
    expect(statusAfter(from, decision)).toBeNull();
  });
});
