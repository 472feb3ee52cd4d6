// The service's migrations, oldest first. `migration:generate` adds to this list.
// generated imports
import { PairingHistoryIndex1796359299627 } from './1796359299627-PairingHistoryIndex.js';
import { Cycles1796356037505 } from './1796356037505-Cycles.js';
import { RequestsAndGoals1795445278904 } from './1795445278904-RequestsAndGoals.js';
import { ReverseMentoringOffer1795443747289 } from './1795443747289-ReverseMentoringOffer.js';
import { ReadModelInbox1795440623655 } from './1795440623655-ReadModelInbox.js';
import { MatchingAudit1795440345438 } from './1795440345438-MatchingAudit.js';
import { MatchingCore1795439941478 } from './1795439941478-MatchingCore.js';
import { Initial1795428548392 } from './1795428548392-Initial.js';

export const migrations = [
  Initial1795428548392,
  MatchingCore1795439941478,
  MatchingAudit1795440345438,
  ReadModelInbox1795440623655,
  ReverseMentoringOffer1795443747289,
  RequestsAndGoals1795445278904,
  Cycles1796356037505,
  PairingHistoryIndex1796359299627,
];
