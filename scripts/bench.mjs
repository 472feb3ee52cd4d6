// `npm run bench [-- name ...]`: runs the benchmarks under bench/ (all of them,
// or those named) and writes each result to bench/results/<name>.json and .md.
// Every benchmark compares against a baseline measured in the same run, so the
// ratios stay meaningful on a shared, noisy machine.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeResult } from '../bench/lib/results.mjs';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.mjs'))
  .map((file) => file.replace(/\.bench\.mjs$/, ''));
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n▶ ${name}`);
  const benchmark = await import(pathToFileURL(join(benchDir, `${name}.bench.mjs`)).href);
  const result = await benchmark.run({ root });
  const { json, markdown } = writeResult(root, name, result);
  console.log(`\n${markdown}\nWritten to ${json}`);
  if (result.targets.some((target) => !target.met)) failed = true;
}
// Missing a target is reported, not fatal: the figures are what matters, and CI does not run benchmarks.
if (failed) console.log('\nSome targets were not met (see the tables above).');
