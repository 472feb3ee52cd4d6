// The service's migrations, oldest first. `migration:generate` adds to this list.
// generated imports
import { ReverseMentoringOffer1795443654106 } from './1795443654106-ReverseMentoringOffer.js';
import { MentoringPartners1795443361702 } from './1795443361702-MentoringPartners.js';
import { DirectorySearchPerAudience1795433631059 } from './1795433631059-DirectorySearchPerAudience.js';
import { DirectoryLastActive1795431175412 } from './1795431175412-DirectoryLastActive.js';
import { AccountErasedStatus1795430091322 } from './1795430091322-AccountErasedStatus.js';
import { Directory1795429169387 } from './1795429169387-Directory.js';
import { MentorOnboarding1795429945225 } from './1795429945225-MentorOnboarding.js';
import { AuditLog1795429021446 } from './1795429021446-AuditLog.js';
import { Profiles1795428582487 } from './1795428582487-Profiles.js';
import { Outbox1795428233952 } from './1795428233952-Outbox.js';
import { Initial1795424995863 } from './1795424995863-Initial.js';

export const migrations = [
  Initial1795424995863,
  Outbox1795428233952,
  Profiles1795428582487,
  AuditLog1795429021446,
  Directory1795429169387,
  MentorOnboarding1795429945225,
  AccountErasedStatus1795430091322,
  DirectoryLastActive1795431175412,
  DirectorySearchPerAudience1795433631059,
  MentoringPartners1795443361702,
  ReverseMentoringOffer1795443654106,
];
