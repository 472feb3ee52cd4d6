import type { ErasureStep } from '../members/erasure-steps.js';
import { CycleEntry } from './cycle-entry.entity.js';
import { CycleRemovedPair } from './cycle-removed-pair.entity.js';

/**
 * An erased person leaves every cycle: their own entry goes, an entry that
 * gave them as mentor is left unpaired (as if staff had removed the pair),
 * and staff's removed pairs naming them go. Published cycles keep only the
 * mentorship ids, which the mentorships step already handles.
 */
export const eraseFromCycles: ErasureStep = {
  name: 'cycles',
  async erase(manager, accountId) {
    await manager.delete(CycleEntry, { menteeId: accountId });
    await manager.update(CycleEntry, { mentorId: accountId }, { mentorId: null, score: null, locked: false });
    await manager.delete(CycleRemovedPair, { menteeId: accountId });
    await manager.delete(CycleRemovedPair, { mentorId: accountId });
  },
};
