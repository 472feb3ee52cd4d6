// The pure algorithms of apps/matching, from its build (run `npm run build` first).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadMatchingAlgorithms(root) {
  const dist = join(root, 'apps/matching/dist');
  const module = (path) => {
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    return import(pathToFileURL(file).href);
  };
  return {
    ...(await module('suggestions/scoring.js')),
    ...(await module('suggestions/hard-filters.js')),
    ...(await module('suggestions/reasons.js')),
    ...(await module('suggestions/top-candidates.js')),
    ...(await module('cycles/assignment.js')),
  };
}
