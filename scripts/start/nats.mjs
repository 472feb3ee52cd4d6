import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { hasExited, spawnChild } from './processes.mjs';

export const NATS_MISSING =
  'nats-server was not found on the PATH: install it (apt-get install nats-server) or run it with Docker (docker compose up nats), or set NATS_URL.';

/** The absolute path of an executable found on the PATH, or undefined. */
export async function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first port from `first` on that nothing listens on (a previous run may still hold one). */
export async function findFreePort(first, attempts = 20) {
  for (let port = first; port < first + attempts; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port between ${first} and ${first + attempts - 1}`);
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until something accepts connections on the port, while `isAlive()` holds. */
export async function waitForPort(port, { timeoutMs, isAlive }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    if (await canConnect(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

// nats-server prints a banner of some twenty [INF] lines at start: keep the
// warnings and errors, and the one line saying it is ready.
function isWorthShowing(line) {
  return !line.includes('[INF]') || line.includes('Server is ready');
}

/**
 * Starts a private nats-server with JetStream, listening on loopback only,
 * storing its streams under `dataDir`. Returns at once; `ready` resolves with
 * the NATS URL once the server accepts connections.
 */
export function startNats({ binary, port, dataDir, print }) {
  const child = spawnChild(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dataDir], {
    env: process.env,
    // Drop the `[pid] date time` each line starts with: the terminal has its own.
    print: (line) => isWorthShowing(line) && print(line.replace(/^\[\d+\] \S+ \S+ /, '')),
  });
  const ready = (async () => {
    const listening = await waitForPort(port, { timeoutMs: 15_000, isAlive: () => !hasExited(child) });
    if (!listening) throw new Error(`nats-server did not accept connections on port ${port}`);
    return `nats://127.0.0.1:${port}`;
  })();
  return { child, ready };
}
