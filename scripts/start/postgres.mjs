import { fork } from 'node:child_process';
import path from 'node:path';
import { exited, forEachLine, hasExited } from './processes.mjs';

const runner = path.join(import.meta.dirname, 'postgres-runner.mjs');

// Only this machine's loopback can reach the embedded server, so a fixed
// password is as good as a random one and keeps DATABASE_URL stable.
const USER = 'passerelle';
const PASSWORD = 'passerelle';
const DATABASE = 'passerelle';

/**
 * Starts the embedded PostgreSQL (creating the cluster on first use). Returns at
 * once, so the caller can register `stop` before waiting: `ready` resolves with
 * the database URL.
 */
export function startEmbeddedPostgres({ dataDir, port, print }) {
  const config = { dataDir, port, user: USER, password: PASSWORD, database: DATABASE };
  const child = fork(runner, [JSON.stringify(config)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  forEachLine(child.stdout, print);
  forEachLine(child.stderr, print);

  const stop = async () => {
    if (hasExited(child)) return;
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    child.send({ type: 'stop' });
    await exited(child);
    clearTimeout(timer);
  };

  const ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`);
      if (message.type === 'failed') {
        reject(new Error(`PostgreSQL did not start: ${message.reason}\n${message.log.join('\n')}`));
      }
    });
    child.once('exit', () => reject(new Error('the PostgreSQL runner stopped before PostgreSQL was ready')));
  });

  return { child, ready, stop };
}
