// One matching cycle, run in its own process so that its peak memory
// (resourceUsage().maxRSS) is the cycle's alone: generated cohort, top K
// candidates per mentee, optimal and greedy assignments. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { loadMatchingAlgorithms } from './algorithms.mjs';
import { generateMentees, generateMentors } from './data.mjs';

const [root, menteeCount, mentorCount, k, week] = process.argv.slice(2);
const {
  MentorIndex,
  WeekCalendar,
  greedyAssignment,
  normaliseWeights,
  optimalAssignment,
  topCandidatesPerMentee,
} = await loadMatchingAlgorithms(root);

const mentors = generateMentors(Number(mentorCount), { seed: 11, cohort: true });
const mentees = generateMentees(Number(menteeCount), { seed: 12 });
const weights = normaliseWeights();
const mib = (bytes) => bytes / 1024 ** 2;
const rssBeforeMiB = mib(process.memoryUsage().rss);
// The heap can only be read between phases (they are synchronous): the highest of those readings.
let heapHighMiB = 0;
const readHeap = () => {
  heapHighMiB = Math.max(heapHighMiB, mib(process.memoryUsage().heapUsed));
};

// CPU time next to wall time: the machine may be shared, and CPU time is what the cycle costs.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cpuStarted = cpuMs();
const started = performance.now();
const calendar = new WeekCalendar(week);
const perMentee = topCandidatesPerMentee(mentees, new MentorIndex(mentors), {
  k: Number(k),
  weights,
  calendar,
});
const candidatesDone = performance.now();
const cpuCandidates = cpuMs();
readHeap();

const problem = {
  mentees: mentees.map((mentee) => mentee.id),
  freePlaces: new Map(mentors.map((mentor) => [mentor.id, mentor.capacity - mentor.activeMentees])),
  candidates: new Map(
    [...perMentee].map(([menteeId, list]) => [
      menteeId,
      list.map((candidate) => ({ mentorId: candidate.mentor.id, score: candidate.score })),
    ]),
  ),
};
const optimalStarted = performance.now();
const optimal = optimalAssignment(problem);
const optimalDone = performance.now();
const cpuOptimal = cpuMs();
readHeap();
const greedy = greedyAssignment(problem);
const greedyDone = performance.now();
const cpuGreedy = cpuMs();

// What drives the gap: the same candidates with every mentor's places doubled (no scarcity left).
const roomy = {
  ...problem,
  freePlaces: new Map([...problem.freePlaces].map(([id, places]) => [id, places * 2])),
};
const roomyOptimal = optimalAssignment(roomy);
const roomyGreedy = greedyAssignment(roomy);

let edges = 0;
for (const list of problem.candidates.values()) edges += list.length;
const freePlaces = [...problem.freePlaces.values()].reduce((sum, places) => sum + places, 0);
const summary = (assignment) => ({
  pairs: assignment.pairs.length,
  coverage: assignment.coverage,
  totalScore: assignment.totalScore,
  averageScore: assignment.averageScore,
});
console.log(
  JSON.stringify({
    edges,
    freePlaces,
    candidatesMs: candidatesDone - started,
    optimalMs: optimalDone - optimalStarted,
    greedyMs: greedyDone - optimalDone,
    candidatesCpuMs: cpuCandidates - cpuStarted,
    // Includes building the problem's maps, as the cycle would.
    optimalCpuMs: cpuOptimal - cpuCandidates,
    greedyCpuMs: cpuGreedy - cpuOptimal,
    rssBeforeMiB,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    heapHighMiB,
    optimal: summary(optimal),
    greedy: summary(greedy),
    roomyOptimal: summary(roomyOptimal),
    roomyGreedy: summary(roomyGreedy),
  }),
);
