// A matching cycle opened through the running matching process over NATS
// (rpc.matching.cycle.open.v1), on the benchmark's cohort shape: everything a
// staff member waits for — reading the pool and its pairing history from
// PostgreSQL, the index and top K, the optimal and greedy assignments,
// writing the draft — then one page of the draft with its reasons.
import { performance } from 'node:perf_hooks';
import { generateMentees, generateMentors } from './data.mjs';
import { memberRows, menteeRow, mentorRow, rssMiBOf, withRunningMatching } from './service.mjs';

const STAFF = { userId: '00000000-0000-4000-8000-00000000bea0', role: 'staff' };

export async function runServiceCycleSection({ root, mentees: menteeCount, mentors: mentorCount, k }) {
  const mentors = memberRows(generateMentors(mentorCount, { seed: 11, cohort: true }), mentorRow);
  const mentees = memberRows(generateMentees(menteeCount, { seed: 12 }), menteeRow);
  return withRunningMatching(
    { root, databaseName: 'passerelle_bench_cycle', members: [...mentors, ...mentees] },
    async ({ rpc, programmeId, pid }) => {
      const call = (subject, payload, tag) =>
        rpc.request(subject, payload, { correlationId: `bench-cycle-${tag}`, actor: STAFF });
      const rssBeforeMiB = rssMiBOf(pid);
      const started = performance.now();
      const cycle = await call('rpc.matching.cycle.open.v1', { programmeId, topK: k }, 'open');
      const openMs = performance.now() - started;
      const rssAfterMiB = rssMiBOf(pid);
      const pageStarted = performance.now();
      const page = await call(
        'rpc.matching.cycle.list-entries.v1',
        { cycleId: cycle.id, locale: 'fr' },
        'page',
      );
      const pageMs = performance.now() - pageStarted;
      const { optimal, greedy } = cycle.lastRun;
      return {
        metrics: {
          'service cycle: mentees × mentors × K': `${menteeCount} × ${mentorCount} × ${k}`,
          'service cycle: open over NATS ms (pool, draft, writing it)': openMs,
          'service cycle: computed in the service ms': cycle.lastRun.durationMs,
          'service cycle: optimal coverage %': optimal.coverage * 100,
          'service cycle: greedy coverage %': greedy.coverage * 100,
          'service cycle: first page of 20 pairs with reasons ms': pageMs,
          'service cycle: pairs on the page': page.items.length,
          'service cycle: process RSS before MiB': rssBeforeMiB,
          'service cycle: process RSS after MiB': rssAfterMiB,
        },
        ratios: { 'service cycle: optimal / greedy (total score)': optimal.totalScore / greedy.totalScore },
        targets: [
          { name: 'service cycle opened < 10 s (over NATS)', measured: openMs / 1000, met: openMs < 10_000 },
        ],
      };
    },
  );
}
