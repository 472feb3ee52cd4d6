import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** What the figures were measured on; comparing runs across machines needs it. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

const format = (value) => (typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value));

export function toMarkdown(name, result) {
  const lines = [`### ${name} (${result.at})`, '', '| metric | value |', '| --- | --- |'];
  for (const [metric, value] of Object.entries(result.metrics))
    lines.push(`| ${metric} | ${format(value)} |`);
  for (const [ratio, value] of Object.entries(result.ratios))
    lines.push(`| ratio: ${ratio} | ${format(value)} |`);
  lines.push('', '| target | measured | met |', '| --- | --- | --- |');
  for (const target of result.targets) {
    lines.push(`| ${target.name} | ${format(target.measured)} | ${target.met ? 'yes' : 'no'} |`);
  }
  return lines.join('\n') + '\n';
}

/** Writes bench/results/<name>.json ({ name, at, machine, metrics, ratios, targets }) and <name>.md. */
export function writeResult(root, name, { metrics, ratios, targets, notes }) {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const result = {
    name,
    at: new Date().toISOString(),
    machine: describeMachine(),
    metrics,
    ratios,
    targets,
    notes,
  };
  const json = join(dir, `${name}.json`);
  writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
  const markdown = toMarkdown(name, result);
  writeFileSync(join(dir, `${name}.md`), markdown);
  return { json, markdown };
}
