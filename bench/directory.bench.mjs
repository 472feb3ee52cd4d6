// Directory search at scale: 100k generated alumni (profiles, skills, directory
// documents), then searches of text + two filters as a student, through the
// gateway (HTTP → gateway → NATS → profiles → PostgreSQL) and the same SQL run
// directly on PostgreSQL, one search at a time. Targets: gateway p95 < 50 ms;
// the ratio gateway / direct p95 says what the hops cost.
import { loadavg } from 'node:os';
import pg from 'pg';
import { startPortalProcesses } from '@passerelle/testing';
import {
  buildDirectoryQuery,
  generateDemoPopulation,
  loadDemoPopulation,
  openDatabase,
} from '@passerelle/profiles';

const ALUMNI = Number(process.env.BENCH_DIRECTORY_ALUMNI ?? 100_000);
const SEARCHES = Number(process.env.BENCH_DIRECTORY_SEARCHES ?? 400);
const WARM_UP = 50;

/** Text + two filters, as people combine them in the directory page; cycled through. */
const SEARCH_MIX = [
  { q: 'développeur', sector: 'it-software', language: 'en' },
  { q: 'data', country: 'FR', hasFreeCapacity: true },
  { q: 'consultante stratégie', sector: 'consulting', topic: 'career-change' },
  { q: 'audit', graduationYearFrom: 2010, graduationYearTo: 2020 },
  { q: 'banque', country: 'SN', language: 'fr' },
  { q: 'marketing digital', format: 'video', hasFreeCapacity: true },
  { q: 'ingenieur', sector: 'engineering-industry', utcOffsetFrom: 0, utcOffsetTo: 2 },
  { q: 'recrutement', skill: 'recruitment', topic: 'cv-review' },
  { q: 'Dakar', language: 'wo', topic: 'international-career' },
  { q: 'supply chain', country: 'CA', format: 'phone' },
  { q: 'juriste', sector: 'law', hasFreeCapacity: true },
  { q: 'energie renouvelable', utcOffsetFrom: -6, utcOffsetTo: 1, topic: 'sector-insight' },
];

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function summarise(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

async function time(work) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function loadAlumni(databaseUrl) {
  const dataSource = await openDatabase(databaseUrl, 2);
  try {
    let population;
    const generatedIn = await time(async () => {
      population = generateDemoPopulation(
        { alumni: ALUMNI, students: 0 },
        { seed: 100_000, now: new Date(), emailDomain: 'bench.passerelle.org' },
      );
    });
    const loadedIn = await time(() =>
      dataSource.transaction(async (manager) => {
        // One big load: let GIN entries collect in the pending list and merge once, not row by row.
        await manager.query(`SET LOCAL gin_pending_list_limit = '256MB'`);
        await loadDemoPopulation(manager, population);
      }),
    );
    await dataSource.query('VACUUM ANALYZE profiles.directory_documents');
    await dataSource.query('ANALYZE profiles.accounts');
    const [{ documents }] = await dataSource.query(
      'SELECT count(*)::int AS documents FROM profiles.directory_documents',
    );
    return { generatedIn, loadedIn, documents };
  } finally {
    await dataSource.destroy();
  }
}

async function signUpStudent(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench.student.${Date.now()}@example.org`,
      password: 'benchmark password',
      displayName: 'Bench Student',
      role: 'student',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: HTTP ${response.status}`);
  return (await response.json()).accessToken;
}

const queryString = (search) =>
  new URLSearchParams(Object.entries(search).map(([key, value]) => [key, String(value)])).toString();

async function measureGateway(baseUrl, accessToken, count) {
  const latencies = [];
  const totals = new Map();
  for (let i = 0; i < count; i += 1) {
    const search = SEARCH_MIX[i % SEARCH_MIX.length];
    let body;
    latencies.push(
      await time(async () => {
        const response = await fetch(`${baseUrl}/api/v1/directory?${queryString(search)}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        });
        if (response.status !== 200) throw new Error(`search failed: HTTP ${response.status}`);
        body = await response.json();
      }),
    );
    totals.set(i % SEARCH_MIX.length, body.total);
  }
  return { latencies, totals };
}

async function measureDirect(client, count) {
  const latencies = [];
  for (let i = 0; i < count; i += 1) {
    const { page } = buildDirectoryQuery(SEARCH_MIX[i % SEARCH_MIX.length], 'members');
    latencies.push(await time(() => client.query(page.text, page.values)));
  }
  return latencies;
}

/** The plan of each search, to check that it uses the indexes (and to report the slowest). */
async function explain(client) {
  const plans = [];
  for (const search of SEARCH_MIX) {
    const { page } = buildDirectoryQuery(search, 'members');
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${page.text}`, page.values);
    const plan = rows[0]['QUERY PLAN'][0];
    const indexes = new Set();
    const walk = (node) => {
      if (node['Index Name']) indexes.add(node['Index Name']);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan.Plan);
    plans.push({ search: queryString(search), executionMs: plan['Execution Time'], indexes: [...indexes] });
  }
  return plans;
}

export async function run({ root }) {
  const portal = await startPortalProcesses({
    root,
    gatewayEnv: { AUTH_RATE_LIMIT_PER_MINUTE: '10000', ACCESS_TOKEN_TTL_SECONDS: '3600' },
  });
  const client = new pg.Client({ connectionString: portal.databaseUrl });
  try {
    console.log(`Loading ${ALUMNI} alumni…`);
    const load = await loadAlumni(portal.databaseUrl);
    console.log(`Loaded in ${(load.loadedIn / 1000).toFixed(1)} s (${load.documents} documents)`);
    await client.connect();
    const accessToken = await signUpStudent(portal.baseUrl);

    const loadBefore = loadavg()[0];
    await measureDirect(client, WARM_UP);
    await measureGateway(portal.baseUrl, accessToken, WARM_UP);
    const direct = summarise(await measureDirect(client, SEARCHES));
    const { latencies, totals } = await measureGateway(portal.baseUrl, accessToken, SEARCHES);
    const gateway = summarise(latencies);
    const loadAfter = loadavg()[0];
    const plans = await explain(client);
    const slowest = plans.reduce((worst, plan) => (plan.executionMs > worst.executionMs ? plan : worst));
    const matches = [...totals.values()];
    const ratio = gateway.p95 / direct.p95;
    return {
      metrics: {
        alumni: ALUMNI,
        'directory documents': load.documents,
        'population generated in s': load.generatedIn / 1000,
        'population loaded and indexed in s': load.loadedIn / 1000,
        'searches measured (each way)': SEARCHES,
        'matches per search (min)': Math.min(...matches),
        'matches per search (max)': Math.max(...matches),
        'gateway p50 ms': gateway.p50,
        'gateway p95 ms': gateway.p95,
        'gateway p99 ms': gateway.p99,
        'direct SQL p50 ms': direct.p50,
        'direct SQL p95 ms': direct.p95,
        'direct SQL p99 ms': direct.p99,
        'slowest plan (EXPLAIN ANALYZE) ms': slowest.executionMs,
        'slowest plan search': slowest.search,
        'slowest plan indexes': slowest.indexes.join(', ') || 'none',
        // The machine is shared (2 cores): the load says how much else ran during the measures.
        'load average (1 min) before / after measures': `${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)}`,
      },
      ratios: { 'gateway p95 / direct SQL p95': ratio },
      targets: [{ name: 'gateway p95 < 50 ms', measured: gateway.p95, met: gateway.p95 < 50 }],
      notes:
        'One search at a time, cycling through the text + two filters mix in bench/directory.bench.mjs, as a student ' +
        '(members documents). Everything shares the same machine. Plans: ' +
        plans
          .map((plan) => `${plan.search} → ${plan.executionMs.toFixed(1)} ms [${plan.indexes.join(', ')}]`)
          .join('; '),
    };
  } finally {
    await client.end().catch(() => undefined);
    await portal.stop();
  }
}
