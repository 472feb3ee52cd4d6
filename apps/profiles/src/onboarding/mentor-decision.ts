import type { MentorStatus } from '@passerelle/contracts';

export type MentorDecision = 'approve' | 'reject' | 'suspend';

/** Which statuses each staff decision applies to, and what it leads to. */
const DECISIONS: Record<MentorDecision, { from: readonly MentorStatus[]; to: MentorStatus }> = {
  // A suspended mentor can be reinstated by approving them again.
  approve: { from: ['pending', 'suspended'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
};

/** The status after `decision`, or null when the decision does not apply to `current`. */
export function statusAfter(current: MentorStatus, decision: MentorDecision): MentorStatus | null {
  const rule = DECISIONS[decision];
  return rule.from.includes(current) ? rule.to : null;
}

/** The statuses a decision applies to, to explain a refusal. */
export const statusesAllowing = (decision: MentorDecision): readonly MentorStatus[] =>
  DECISIONS[decision].from;
