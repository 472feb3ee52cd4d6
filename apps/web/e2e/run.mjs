// Runs the browser tests against the real stack: a fresh PostgreSQL database, a private
// nats-server, the built profiles service and gateway (which serves apps/web/dist), then
// `node --test` over e2e/*.e2e.mjs. Everything started here is stopped here, on success,
// failure or Ctrl-C. Extra arguments filter the test files: `node e2e/run.mjs account`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, startNatsServer } from '@passerelle/testing';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(e2eDir, '..');
const repoRoot = resolve(webDir, '../..');
const webDist = join(webDir, 'dist');
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/** Undone in reverse order: services first, then NATS, then the database. */
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

function requireBuilt() {
  const needed = {
    'the web app': join(webDist, 'index.html'),
    'the profiles service': join(repoRoot, 'apps/profiles/dist/main.js'),
    'the gateway': join(repoRoot, 'apps/gateway/dist/main.js'),
  };
  const missing = Object.entries(needed).filter(([, path]) => !existsSync(path));
  if (missing.length > 0) {
    const list = missing.map(([what, path]) => `${what} (${path})`).join(', ');
    throw new Error(`Not built yet: ${list}. Run \`npm run build\` at the repository root first.`);
  }
  return needed;
}

function prefixLines(stream, name) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) console.error(`[${name}] ${line}`);
  });
}

/** Starts a built service; its exit before cleanup is reported so a crash is never silent. */
function startService(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines(child.stdout, name);
  prefixLines(child.stderr, name);
  const service = { name, child, exited: null };
  child.once('exit', (code, signal) => {
    service.exited = signal ?? `code ${code}`;
    if (!cleaningUp) console.error(`[e2e] ${name} exited (${service.exited})`);
  });
  cleanups.push(() => stopProcess(child));
  return service;
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

async function waitForReady(url, services) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastAnswer = 'no answer';
  while (Date.now() < deadline) {
    const dead = services.find((service) => service.exited);
    if (dead) throw new Error(`${dead.name} stopped before the stack was ready (${dead.exited})`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      lastAnswer = `HTTP ${response.status}`;
    } catch (error) {
      lastAnswer = error.cause?.code ?? error.message;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${lastAnswer})`);
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
  cleanups.push(() => stopProcess(runner));
  return new Promise((done) => runner.once('exit', (code) => done(code ?? 1)));
}

async function main() {
  const files = testFiles(process.argv.slice(2));
  const built = requireBuilt();

  const database = await createTestDatabase('passerelle_e2e');
  cleanups.push(() => database.drop());
  const nats = await startNatsServer();
  cleanups.push(() => nats.dispose());
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  console.error(`[e2e] database ${database.name}, ${nats.url}, gateway ${baseUrl}`);

  const profiles = startService('profiles', built['the profiles service'], {
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    LOG_LEVEL: 'warn',
  });
  const gateway = startService('gateway', built['the gateway'], {
    NATS_URL: nats.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(36).toString('base64url'), // 48 characters
    WEB_DIST_DIR: webDist,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
  });
  await waitForReady(`${baseUrl}/ready`, [profiles, gateway]);

  return runTests(files, baseUrl);
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
