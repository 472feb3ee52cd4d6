// Gateway throughput: authenticated GET /api/v1/me through
// gateway → NATS → profiles → PostgreSQL, against the same query in a bare
// Fastify handler (bench/baselines/bare-fastify-me.mjs), measured alternately
// in one run. Targets: ratio ≥ 0.8 and p99 < 50 ms.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startPortalProcesses } from '@passerelle/testing';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

function load(url, headers) {
  return autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
}

async function warmUp(url, headers) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
}

function summarise(results) {
  const mean = (pick) => results.reduce((sum, result) => sum + pick(result), 0) / results.length;
  const failures = results.reduce((sum, result) => sum + result.non2xx + result.errors + result.timeouts, 0);
  return {
    requestsPerSecond: mean((result) => result.requests.average),
    p50Ms: mean((result) => result.latency.p50),
    p99Ms: mean((result) => result.latency.p99),
    failures,
  };
}

async function startBaseline(root, databaseUrl) {
  const port = await freePort();
  const child = fork(join(root, 'bench/baselines/bare-fastify-me.mjs'), {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`baseline exited with code ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

async function signUp(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench.${Date.now()}@example.org`,
      password: 'benchmark password',
      displayName: 'Bench Mark',
      role: 'student',
    }),
  });
  if (response.status !== 201)
    throw new Error(`sign-up failed: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

export async function run({ root }) {
  const portal = await startPortalProcesses({
    root,
    gatewayEnv: { AUTH_RATE_LIMIT_PER_MINUTE: '10000', ACCESS_TOKEN_TTL_SECONDS: '3600' },
  });
  const baseline = await startBaseline(root, portal.databaseUrl);
  try {
    const { accessToken, account } = await signUp(portal.baseUrl);
    const gatewayTarget = [`${portal.baseUrl}/api/v1/me`, { authorization: `Bearer ${accessToken}` }];
    const baselineTarget = [`${baseline.url}/me/${account.id}`, {}];
    await warmUp(...gatewayTarget);
    await warmUp(...baselineTarget);

    const gatewayRuns = [];
    const baselineRuns = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      baselineRuns.push(await load(...baselineTarget));
      gatewayRuns.push(await load(...gatewayTarget));
    }
    const gateway = summarise(gatewayRuns);
    const bare = summarise(baselineRuns);
    const ratio = gateway.requestsPerSecond / bare.requestsPerSecond;
    return {
      metrics: {
        'gateway requests/s': gateway.requestsPerSecond,
        'gateway p50 ms': gateway.p50Ms,
        'gateway p99 ms': gateway.p99Ms,
        'gateway failed requests': gateway.failures,
        'baseline requests/s': bare.requestsPerSecond,
        'baseline p50 ms': bare.p50Ms,
        'baseline p99 ms': bare.p99Ms,
        'baseline failed requests': bare.failures,
        connections: CONNECTIONS,
        'seconds per run': DURATION_S,
        rounds: ROUNDS,
      },
      ratios: { 'gateway / bare Fastify (requests/s)': ratio },
      targets: [
        { name: 'ratio ≥ 0.8', measured: ratio, met: ratio >= 0.8 },
        { name: 'gateway p99 < 50 ms', measured: gateway.p99Ms, met: gateway.p99Ms < 50 },
        { name: 'no failed requests', measured: gateway.failures, met: gateway.failures === 0 },
      ],
      notes:
        'Everything (load generator, gateway, profiles, NATS, PostgreSQL, baseline) shares the same machine; ' +
        'the baseline skips JWT verification, validation and the NATS hop.',
    };
  } finally {
    await baseline.stop();
    await portal.stop();
  }
}
