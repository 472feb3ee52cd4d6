// The service's migrations, oldest first. `migration:generate` adds to this list.
// generated imports
import { AccountErasedStatus1795428785197 } from './1795428785197-AccountErasedStatus.js';
import { Outbox1795428233952 } from './1795428233952-Outbox.js';
import { Initial1795424995863 } from './1795424995863-Initial.js';

export const migrations = [
  Initial1795424995863,
  Outbox1795428233952,
  AccountErasedStatus1795428785197,
];
