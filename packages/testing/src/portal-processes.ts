import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BACKEND_SERVICES } from '@passerelle/contracts';
import { freePort } from './free-port.js';
import { startNatsServer } from './nats-server.js';
import { createTestDatabase } from './test-database.js';

export interface PortalProcessesOptions {
  /** The repository root: the built apps are found under it. */
  root: string;
  /** Extra environment for the gateway (e.g. WEB_DIST_DIR, rate limits). */
  gatewayEnv?: Record<string, string>;
  /** Extra environment for every backend service (profiles, …). */
  servicesEnv?: Record<string, string>;
  /** Where service output goes; by default lines are prefixed and written to stderr. */
  onOutput?: (service: string, line: string) => void;
  readyTimeoutMs?: number;
}

export interface PortalProcesses {
  baseUrl: string;
  databaseUrl: string;
  natsUrl: string;
  /** Stops the services, then NATS, then drops the database. */
  stop(): Promise<void>;
}

interface RunningService {
  name: string;
  child: ChildProcess;
  exit?: string;
}

const STOP_GRACE_MS = 5_000;

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function forwardLines(
  stream: NodeJS.ReadableStream | null,
  service: string,
  onOutput: (s: string, l: string) => void,
): void {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onOutput(service, line);
  });
}

async function waitForReady(url: string, services: RunningService[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastAnswer = 'no answer';
  while (Date.now() < deadline) {
    const dead = services.find((service) => service.exit);
    if (dead) throw new Error(`${dead.name} stopped before the portal was ready (${dead.exit})`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      lastAnswer = `HTTP ${response.status}`;
    } catch (error) {
      lastAnswer = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${lastAnswer})`);
}

/**
 * The built portal as separate processes, the way it runs for real: a fresh
 * database, a private nats-server, every backend service and the gateway on a
 * free port. For browser tests and benchmarks; integration tests boot apps
 * in-process.
 */
export async function startPortalProcesses(options: PortalProcessesOptions): Promise<PortalProcesses> {
  const onOutput = options.onOutput ?? ((service, line) => process.stderr.write(`[${service}] ${line}\n`));
  const script = (app: string): string => join(options.root, 'apps', app, 'dist', 'main.js');
  const missing = [...BACKEND_SERVICES, 'gateway'].map(script).filter((path) => !existsSync(path));
  if (missing.length > 0)
    throw new Error(`Not built yet: ${missing.join(', ')}. Run \`npm run build\` first.`);

  const undo: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const step of undo.reverse()) await step().catch((error: Error) => onOutput('stop', error.message));
  };
  try {
    const database = await createTestDatabase('passerelle_portal');
    undo.push(() => database.drop());
    const nats = await startNatsServer();
    undo.push(() => nats.dispose());
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;

    const services: RunningService[] = [];
    const start = (name: string, main: string, env: Record<string, string>): void => {
      const child = spawn(process.execPath, [main], {
        cwd: options.root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const service: RunningService = { name, child };
      child.once('exit', (code, signal) => (service.exit = signal ?? `code ${code}`));
      forwardLines(child.stdout, name, onOutput);
      forwardLines(child.stderr, name, onOutput);
      services.push(service);
      undo.push(() => stopProcess(child));
    };
    for (const service of BACKEND_SERVICES) {
      start(service, script(service), {
        DATABASE_URL: database.url,
        NATS_URL: nats.url,
        LOG_LEVEL: 'warn',
        ...options.servicesEnv,
      });
    }
    start('gateway', script('gateway'), {
      NATS_URL: nats.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: randomBytes(36).toString('base64url'),
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      ...options.gatewayEnv,
    });
    await waitForReady(`${baseUrl}/ready`, services, options.readyTimeoutMs ?? 30_000);
    return { baseUrl, databaseUrl: database.url, natsUrl: nats.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
