// The service's migrations, oldest first. `migration:generate` adds to this list.
// generated imports
import { Initial1795424995863 } from './1795424995863-Initial.js';

export const migrations = [
  Initial1795424995863,
];
