import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface TestNatsServer {
  url: string;
  port: number;
  /** Kills the server; restart() brings it back on the same port and store. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it for good and removes its store. */
  dispose(): Promise<void>;
}

const NATS_BIN = process.env.NATS_SERVER_BIN ?? 'nats-server';

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A private `nats-server -js` on a free port, so tests never share subjects with anything else. */
export async function startNatsServer(): Promise<TestNatsServer> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'passerelle-nats-'));
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const process = spawn(NATS_BIN, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
      stdio: 'ignore',
    });
    child = process;
    const failed = new Promise<never>((_, reject) =>
      process.once('error', (error) => reject(new Error(`Cannot start ${NATS_BIN}: ${error.message}`))),
    );
    await Promise.race([waitUntil(() => portAccepts(port), `nats-server on port ${port}`), failed]);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop,
    restart: start,
    dispose: async () => {
      await stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

export { waitUntil };
