// `npm start`: builds what changed, then runs the whole portal on this machine
// with demo data: PostgreSQL and NATS (unless DATABASE_URL / NATS_URL point
// elsewhere), the services (profiles, matching) and the gateway. Ctrl-C stops everything in
// reverse order. All state lives under .data/, so a second start finds it again.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadOrCreateJwtSecret } from './start/jwt-secret.mjs';
import { NATS_MISSING, findFreePort, findOnPath, startNats } from './start/nats.mjs';
import { formatPinoLine, paint, parsePinoLine, prefixedPrinter, say } from './start/output.mjs';
import { startEmbeddedPostgres } from './start/postgres.mjs';
import { describeExit, spawnChild, stopChild } from './start/processes.mjs';
import { waitUntilReady } from './start/readiness.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.data');
const env = process.env;

const EMBEDDED_POSTGRES_PORT = Number(env.PGPORT_EMBEDDED ?? 54329);
const FIRST_NATS_PORT = 4322; // away from the usual 4222, which may be taken
const GATEWAY_PORT = Number(env.PORT ?? 3000);
const READY_TIMEOUT_MS = 60_000;

/** What is running, in start order; stopped in reverse. */
const running = [];
let shutdownStarted = false;

function shutdown(exitCode) {
  if (shutdownStarted) return;
  shutdownStarted = true;
  void (async () => {
    for (const { name, stop } of running.reverse()) {
      say(`stopping ${name}`);
      await stop().catch((error) => say(paint('red', `could not stop ${name}: ${error.message}`)));
    }
    process.exit(exitCode);
  })();
}

/** Registers a started process: stopped on shutdown, and its unexpected end stops everything. */
function track(name, child, stop) {
  running.push({ name, stop });
  child.once('exit', () => {
    if (shutdownStarted) return;
    say(paint('red', `${name} stopped unexpectedly (${describeExit(child)}): stopping everything`));
    shutdown(1);
  });
}

function fail(message) {
  say(paint('red', message));
  shutdown(1);
}

function build() {
  say('building what changed (turbo run build)');
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  const child = spawn(turbo, ['run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    // Nothing leaves this machine: no telemetry.
    env: { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (${code})`))));
  });
}

async function databaseUrl() {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  say(`starting the embedded PostgreSQL on port ${EMBEDDED_POSTGRES_PORT} (data in .data/postgres)`);
  const postgres = startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port: EMBEDDED_POSTGRES_PORT,
    print: prefixedPrinter('postgres', 'blue'),
  });
  track('postgres', postgres.child, postgres.stop);
  return postgres.ready;
}

async function natsUrl(binary) {
  if (env.NATS_URL) return env.NATS_URL;
  const port = await findFreePort(FIRST_NATS_PORT);
  say(`starting nats-server on port ${port} (JetStream data in .data/nats)`);
  const nats = startNats({
    binary,
    port,
    dataDir: path.join(dataDir, 'nats'),
    print: prefixedPrinter('nats', 'yellow'),
  });
  track('nats', nats.child, () => stopChild(nats.child));
  return nats.ready;
}

// The demo logins, as profiles prints them, repeated in the welcome box
// because by then they have scrolled away.
let demoLogins;
function rememberDemoLogins(line) {
  const message = parsePinoLine(line)?.msg;
  const password = /password "([^"]+)"/.exec(message ?? '')?.[1];
  if (message?.startsWith('Demo data:') && password) {
    demoLogins = {
      password,
      accounts: message
        .split('\n')
        .slice(1)
        .map((account) => account.trim()),
    };
  }
}

function startService(name, colour, serviceEnv) {
  const child = spawnChild(process.execPath, ['--enable-source-maps', `apps/${name}/dist/main.js`], {
    cwd: root,
    env: { ...env, ...serviceEnv },
    print: prefixedPrinter(name, colour),
    format: (line) => {
      if (name === 'profiles') rememberDemoLogins(line);
      return formatPinoLine(line);
    },
  });
  child.once('error', (error) => fail(`could not start ${name}: ${error.message}`));
  track(name, child, () => stopChild(child));
}

function welcomeLogins(demoData) {
  if (!demoData) return ['Demo data  off (DEMO_DATA=false)'];
  if (!demoLogins) return ['Logins     the demo accounts printed by [profiles] above'];
  return [
    `Logins     password "${demoLogins.password}" for each of:`,
    ...demoLogins.accounts.map((account) => `             ${account}`),
  ];
}

function printWelcome(demoData) {
  const url = `http://localhost:${GATEWAY_PORT}`;
  const lines = [
    'Passerelle is running',
    '',
    `Portal     ${url}`,
    `API docs   ${url}/api/docs`,
    ...welcomeLogins(demoData),
    'Stop       Ctrl-C',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const box = [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((line) => `│ ${line.padEnd(width)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ];
  console.log(`\n${paint('green', box.join('\n'))}\n`);
}

async function main() {
  // Checked first, so that a missing nats-server does not cost a build.
  const natsBinary = env.NATS_URL ? undefined : await findOnPath('nats-server');
  if (!env.NATS_URL && !natsBinary) {
    console.error(NATS_MISSING);
    process.exit(1);
  }

  await build();
  if (shutdownStarted) return;

  await mkdir(dataDir, { recursive: true });
  const DATABASE_URL = await databaseUrl();
  if (shutdownStarted) return;
  const NATS_URL = await natsUrl(natsBinary);
  if (shutdownStarted) return;
  const JWT_SECRET = env.JWT_SECRET ?? (await loadOrCreateJwtSecret(path.join(dataDir, 'jwt-secret')));

  const demoData = env.DEMO_DATA !== 'false';
  startService('profiles', 'cyan', { DATABASE_URL, NATS_URL, DEMO_DATA: String(demoData) });
  // Same database as profiles, its own schema `matching`.
  startService('matching', 'blue', { DATABASE_URL, NATS_URL });
  startService('gateway', 'magenta', {
    NATS_URL,
    JWT_SECRET,
    PORT: String(GATEWAY_PORT),
    // The gateway serves the web app only when told where it is.
    WEB_DIST_DIR: env.WEB_DIST_DIR ?? path.join(root, 'apps', 'web', 'dist'),
    // Loopback by default: the demo accounts have well-known passwords.
    HOST: env.HOST ?? '127.0.0.1',
    // Plain http on localhost: a Secure cookie would never be sent back.
    COOKIE_SECURE: env.COOKIE_SECURE ?? 'false',
  });

  const readiness = await waitUntilReady(`http://127.0.0.1:${GATEWAY_PORT}/ready`, {
    timeoutMs: READY_TIMEOUT_MS,
    shouldGiveUp: () => shutdownStarted,
  });
  if (shutdownStarted) return;
  if (!readiness.ready) {
    fail(`not ready after ${READY_TIMEOUT_MS / 1000} s: ${readiness.reason}`);
    return;
  }
  printWelcome(demoData);
}

// Children run in their own process groups (see processes.mjs), so these
// signals reach this process only, and it stops the children in order.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => shutdown(0));
}

main().catch((error) => fail(error.message));
