// The service's migrations, oldest first. `migration:generate` adds to this list.
// generated imports
import { Initial1795428548392 } from './1795428548392-Initial.js';

export const migrations = [
  Initial1795428548392,
];
