// The service's share of `npm run bench -- matching`: suggestions for one
// mentee among 100k mentors, asked over NATS (rpc.matching.suggestion.list.v1)
// of a running matching process whose read model (`members` in PostgreSQL)
// holds them, answered from its in-memory index. The mentors come from the
// same skewed generator as the in-process figures (data.mjs). Also: how long
// the index takes to load them, and the process's memory once it holds them.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@passerelle/matching';
import { NatsRpcClient } from '@passerelle/nest-common';
import { createTestDatabase, startNatsServer } from '@passerelle/testing';
import pg from 'pg';
import { generateMentees, generateMentors } from './data.mjs';

const BATCH = 5_000;
const WARM_UP = 20;
const TOP_N = 10;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const rssMiBOf = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
};

/** Generated people as rows of matching.members (ids become uuids). */
export function memberRows(people, toRow) {
  return people.map((person) => ({ account_id: randomUUID(), ...toRow(person) }));
}

/** Every column (json_populate_recordset fills no defaults); the role's own come on top. */
const common = (person) => ({
  display_name: person.id,
  country: null,
  topics: [],
  job_title: null,
  target_roles: [],
  graduation_year: null,
  open_to_reverse_mentoring: false,
  reverse_mentoring_topics: [],
  offers_reverse_mentoring: false,
  reverse_mentoring_offer: [],
  job_search_stage: null,
  places_taken: 0,
  approval: 'none',
  available_to_mentor: false,
  standing_changed_at: null,
  median_response_hours: null,
  last_active_at: null,
  changed_at: new Date().toISOString(),
  time_zone: person.timeZone,
  languages: person.languages,
  formats: ['video'],
  availability: person.availability,
  profile_updated_at: new Date().toISOString(),
});

export const mentorRow = (mentor) => ({
  ...common(mentor),
  role: 'alumnus',
  skill_ids: mentor.skills,
  sectors: mentor.sector ? [mentor.sector] : [],
  topics: mentor.topics,
  job_title: mentor.jobTitle,
  capacity: mentor.capacity,
  places_taken: mentor.activeMentees,
  approval: 'approved',
  available_to_mentor: mentor.available,
  median_response_hours: mentor.medianResponseDays === null ? null : mentor.medianResponseDays * 24,
});

export const menteeRow = (mentee) => ({
  ...common(mentee),
  role: 'student',
  skill_ids: mentee.skillsToDevelop,
  sectors: mentee.targetSectors,
  target_roles: mentee.targetRole ? [mentee.targetRole] : [],
  capacity: 1,
});

async function insertMembers(client, rows) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await client.query(
      `INSERT INTO matching.members
       SELECT * FROM json_populate_recordset(NULL::matching.members, $1::json)`,
      [JSON.stringify(rows.slice(start, start + BATCH))],
    );
  }
}

/** Starts the built matching service; resolves with it once its index logged the full load. */
function startMatching(root, env) {
  const child = spawn(process.execPath, [join(root, 'apps/matching/dist/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const loaded = new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (!line.includes('suggestion index: loaded every member')) continue;
        const entry = JSON.parse(line);
        if (entry.members > 0) resolve(entry);
      }
    });
    child.once('exit', (code) => reject(new Error(`matching exited (${code}) before loading its index`)));
  });
  return { child, loaded };
}

/**
 * A database holding these members, a NATS server and the built matching
 * service on them (its index loaded), and an RPC client as the gateway's;
 * `use` measures what it wants, then everything is stopped and dropped.
 */
export async function withRunningMatching({ root, databaseName, members }, use) {
  const database = await createTestDatabase(databaseName);
  const nats = await startNatsServer();
  const client = new pg.Client({ connectionString: database.url });
  let matching;
  let rpc;
  try {
    // The schema first (the service's own migrations), then the members, then the service reads them.
    await (await openDatabase(database.url, 2)).destroy();
    await client.connect();
    const loadStarted = performance.now();
    await insertMembers(client, members);
    await client.query('ANALYZE matching.members');
    const insertMs = performance.now() - loadStarted;
    const started = performance.now();
    matching = startMatching(root, { DATABASE_URL: database.url, NATS_URL: nats.url });
    const index = await matching.loaded;
    const startToIndexMs = performance.now() - started;
    // The service creates the default programmes as it starts.
    const [{ id: programmeId }] = (
      await client.query(`SELECT id FROM matching.programmes WHERE mode = 'classic'`)
    ).rows;
    rpc = new NatsRpcClient({ url: nats.url, name: 'bench-matching', timeoutMs: 120_000 });
    await rpc.connect();
    return await use({ rpc, programmeId, index, pid: matching.child.pid, insertMs, startToIndexMs });
  } finally {
    await rpc?.close();
    if (matching && matching.child.exitCode === null) {
      const exited = new Promise((resolve) => matching.child.once('exit', resolve));
      matching.child.kill('SIGTERM');
      await exited;
    }
    await client.end().catch(() => undefined);
    await nats.dispose();
    await database.drop();
  }
}

export async function runServiceSection({ root, mentors: mentorCount, queries }) {
  const mentors = memberRows(generateMentors(mentorCount), mentorRow);
  const mentees = memberRows(generateMentees(queries + WARM_UP), menteeRow);
  const members = [...mentors, ...mentees];
  return withRunningMatching(
    { root, databaseName: 'passerelle_bench_matching', members },
    async ({ rpc, programmeId, index, pid, insertMs, startToIndexMs }) => {
      const rssMiB = rssMiBOf(pid);
      const ask = (mentee) =>
        rpc.request(
          'rpc.matching.suggestion.list.v1',
          { programmeId, limit: TOP_N, locale: 'fr' },
          {
            correlationId: `bench-${mentee.account_id}`,
            actor: { userId: mentee.account_id, role: 'student' },
          },
        );
      for (const mentee of mentees.slice(0, WARM_UP)) await ask(mentee);
      const latencies = [];
      let returned = 0;
      for (const mentee of mentees.slice(WARM_UP)) {
        const before = performance.now();
        const reply = await ask(mentee);
        latencies.push(performance.now() - before);
        returned += reply.items.length;
      }
      latencies.sort((a, b) => a - b);
      const rssAfterMiB = rssMiBOf(pid);
      const p95 = percentile(latencies, 95);
      return {
        metrics: {
          'service: members in the read model': members.length,
          'service: mentors in the classic index': index.mentors.classic,
          'service: queries (after warm-up)': latencies.length,
          'service: suggestions returned per query (mean)': returned / latencies.length,
          'service suggestions over NATS p50 ms': percentile(latencies, 50),
          'service suggestions over NATS p95 ms': p95,
          'service suggestions over NATS p99 ms': percentile(latencies, 99),
          'service: writing the members (SQL) ms': insertMs,
          'service: start until the index is loaded ms': startToIndexMs,
          'service: index build (from rows read) ms': index.buildMs,
          'service: heap used after the load MiB': index.heapUsedMiB,
          'service: process RSS after the load MiB': rssMiB,
          'service: process RSS after the queries MiB': rssAfterMiB,
        },
        ratios: {},
        targets: [{ name: 'service suggestions p95 < 50 ms (over NATS)', measured: p95, met: p95 < 50 }],
      };
    },
  );
}
