import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Calls onLine for every complete line the stream writes. */
export function forEachLine(stream, onLine) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/**
 * Starts a long-running child in its own process group (`detached`), so that
 * Ctrl-C in the terminal reaches only start.mjs, which then stops the children
 * in a fixed order instead of all of them dying at once.
 */
export function spawnChild(command, args, { cwd, env, print, format = (line) => line }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  forEachLine(child.stdout, (line) => print(format(line)));
  forEachLine(child.stderr, (line) => print(format(line)));
  return child;
}

export function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves once the child has exited; rejects if it could not be started at all. */
export function exited(child) {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

/** Asks a child to stop with SIGTERM and kills it if it is still there after `graceMs`. */
export async function stopChild(child, graceMs = 10_000) {
  if (hasExited(child)) return;
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  child.kill('SIGTERM');
  await exited(child).catch(() => undefined);
  clearTimeout(timer);
}

export function describeExit(child) {
  return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
}
