// Runs the browser tests against the real stack: a fresh PostgreSQL database, a private
// nats-server, the built services and the gateway (which serves apps/web/dist), then
// `node --test` over e2e/*.e2e.mjs. Everything started here is stopped here, on success,
// failure or Ctrl-C. Extra arguments filter the test files: `node e2e/run.mjs account`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPortalProcesses } from '@passerelle/testing';
import { ADMIN } from './support.mjs';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(e2eDir, '..');
const repoRoot = resolve(webDir, '../..');
const webDist = join(webDir, 'dist');
const STOP_GRACE_MS = 5_000;

/** Undone in reverse order: the test runner first, then the portal. */
const cleanups = [];
let cleaningUp;

function cleanUp() {
  cleaningUp ??= (async () => {
    for (const undo of cleanups.reverse()) {
      await undo().catch((error) => console.error(`[e2e] cleanup: ${error.message}`));
    }
  })();
  return cleaningUp;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[e2e] ${signal}: stopping everything`);
    void cleanUp().then(() => process.exit(130));
  });
}

function testFiles(filters) {
  const files = readdirSync(e2eDir)
    .filter((file) => file.endsWith('.e2e.mjs'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`No test file matches ${filters.join(', ')}`);
  return files.map((file) => join(e2eDir, file));
}

function runTests(files, baseUrl) {
  const args = ['--test', '--test-concurrency=1', '--test-timeout=120000', '--test-reporter=spec', ...files];
  const runner = spawn(process.execPath, args, {
    cwd: webDir,
    env: { ...process.env, E2E_BASE_URL: baseUrl },
    stdio: 'inherit',
  });
  cleanups.push(
    () =>
      new Promise((done) => {
        if (runner.exitCode !== null || runner.signalCode !== null) return done();
        const timer = setTimeout(() => runner.kill('SIGKILL'), STOP_GRACE_MS);
        runner.once('exit', () => (clearTimeout(timer), done()));
        runner.kill('SIGTERM');
      }),
  );
  return new Promise((done) => runner.once('exit', (code) => done(code ?? 1)));
}

async function main() {
  const files = testFiles(process.argv.slice(2));
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(
      `The web app is not built (${webDist}). Run \`npm run build\` at the repository root first.`,
    );
  }
  const portal = await startPortalProcesses({
    root: repoRoot,
    gatewayEnv: { WEB_DIST_DIR: webDist, AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
    // The first administrator, so tests can use staff pages (see ADMIN in support.mjs).
    servicesEnv: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  });
  cleanups.push(() => portal.stop());
  console.error(`[e2e] portal at ${portal.baseUrl} (${portal.natsUrl})`);
  return runTests(files, portal.baseUrl);
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[e2e] ${error.message}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
