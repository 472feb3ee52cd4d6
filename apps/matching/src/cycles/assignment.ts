/**
 * Who mentors whom in a matching cycle: the assignment of mentees to mentors
 * that maximises the total score while no mentor gets more mentees than free
 * places, and, for comparison, the greedy one (best remaining pair first).
 * Both work on the candidate edges (each mentee's top K mentors), honour the
 * pairs staff locked and never use the pairs staff removed.
 *
 * Why this method. The problem is a transportation problem: mentees supply 1,
 * mentors take up to their free places, and a mentee may stay unassigned. As
 * a min-cost flow, give each candidate edge the cost `FULL - score` and each
 * mentee a private edge to the sink, "unassigned", costing FULL. Every mentee
 * then sends exactly one unit, so the cost of any assignment is
 * `mentees × FULL − total score`: the cheapest flow is the best assignment,
 * and all costs are ≥ 0.
 *
 * The flow is built one mentee at a time (the Hungarian method's row by row
 * scheme, i.e. successive shortest paths from each new mentee): Dijkstra on
 * reduced costs (Johnson potentials, starting at 0 since costs are ≥ 0) finds
 * the cheapest way to fit the new mentee in, possibly moving mentees already
 * placed from one mentor to another or leaving one unassigned, and stops as
 * soon as the sink is reached. After each step the placed mentees have a
 * cheapest assignment among themselves (no negative cycle in the residual
 * graph), so after the last one the assignment is optimal on the candidate
 * graph. Most steps touch only the part of the graph near full mentors; a
 * step whose mentee ends unassigned must rule every cheaper path out and
 * explores much of the graph, and those few steps are most of the time of a
 * 10k mentees × 25 edges cycle (about 3 s of CPU on a busy 2-core machine).
 * Scores are tenths, so costs are integers and no rounding can make Dijkstra
 * wrong, and reduced distances are integers too, which lets the queue be a
 * bucket per distance (BucketQueue).
 *
 * "Optimal" is on the top-K graph: a pair outside both sides' shortlists is
 * never considered. With K around 20–30 that almost never matters (a mentee
 * whose K best mentors are all full of better-placed mentees is left
 * unassigned rather than given a poor fit), and it is what makes a cohort of
 * thousands fit in seconds and memory in tens of megabytes.
 */

import { BucketQueue } from './bucket-queue.js';

export interface CandidateEdge {
  mentorId: string;
  /** 0–100, at most one decimal (the scoring's precision). */
  score: number;
}

export interface PairRef {
  menteeId: string;
  mentorId: string;
}

export interface LockedPair extends PairRef {
  score: number;
}

export interface AssignmentProblem {
  /** Every mentee of the cycle, locked ones included. */
  mentees: readonly string[];
  /** Free places per mentor (capacity minus current mentees). */
  freePlaces: ReadonlyMap<string, number>;
  /** Per mentee, its candidate mentors (its top K). */
  candidates: ReadonlyMap<string, readonly CandidateEdge[]>;
  /** Pairs staff fixed: kept as they are, their places taken first. */
  locked?: readonly LockedPair[];
  /** Pairs staff took out: never proposed again in this cycle. */
  removed?: readonly PairRef[];
}

export interface AssignedPair extends PairRef {
  score: number;
  locked: boolean;
}

export interface Assignment {
  pairs: AssignedPair[];
  unassigned: string[];
  /** Share of the cycle's mentees who got a mentor, 0–1. */
  coverage: number;
  totalScore: number;
  /** Over the pairs made; 0 when there are none. */
  averageScore: number;
}

const SCORE_SCALE = 10;
const FULL = 100 * SCORE_SCALE;

/** The problem with locks applied and removed pairs dropped, in index form. */
interface Prepared {
  lockedPairs: AssignedPair[];
  menteeIds: string[];
  mentorIds: string[];
  /** Places left per mentor index once the locks are placed. */
  places: Int32Array;
  /** CSR adjacency: edges of mentee i are [edgeStart[i], edgeStart[i + 1]), highest score first. */
  edgeStart: Int32Array;
  edgeMentor: Int32Array;
  edgeScore: Int32Array;
}

function prepare(problem: AssignmentProblem): Prepared {
  const mentorIds = [...problem.freePlaces.keys()];
  const mentorIndex = new Map(mentorIds.map((id, index) => [id, index]));
  const places = Int32Array.from(mentorIds, (id) => Math.max(0, problem.freePlaces.get(id) ?? 0));
  const known = new Set(problem.mentees);

  const lockedPairs: AssignedPair[] = [];
  const lockedMentees = new Set<string>();
  for (const lock of problem.locked ?? []) {
    const mentor = mentorIndex.get(lock.mentorId);
    if (!known.has(lock.menteeId)) throw new RangeError(`Locked mentee ${lock.menteeId} is not in the cycle`);
    if (mentor === undefined) throw new RangeError(`Locked mentor ${lock.mentorId} is not in the cycle`);
    if (lockedMentees.has(lock.menteeId)) throw new RangeError(`Mentee ${lock.menteeId} is locked twice`);
    if (places[mentor]! <= 0)
      throw new RangeError(`Mentor ${lock.mentorId} has more locked pairs than free places`);
    places[mentor]! -= 1;
    lockedMentees.add(lock.menteeId);
    lockedPairs.push({ ...lock, locked: true });
  }

  const removedOf = new Map<string, Set<string>>();
  for (const { menteeId, mentorId } of problem.removed ?? []) {
    const removed = removedOf.get(menteeId);
    if (removed) removed.add(mentorId);
    else removedOf.set(menteeId, new Set([mentorId]));
  }
  const menteeIds = problem.mentees.filter((id) => !lockedMentees.has(id));
  const edgeStart = new Int32Array(menteeIds.length + 1);
  const mentors: number[] = [];
  const scores: number[] = [];
  /** The mentee whose edges last took each mentor: a mentor listed twice counts once. */
  const takenBy = new Int32Array(mentorIds.length).fill(-1);
  menteeIds.forEach((menteeId, i) => {
    const removed = removedOf.get(menteeId);
    // Best first, so that the search can stop reading a mentee's edges early (see optimalAssignment).
    const edges = [...(problem.candidates.get(menteeId) ?? [])].sort((a, b) => b.score - a.score);
    for (const edge of edges) {
      const mentor = mentorIndex.get(edge.mentorId);
      if (mentor === undefined || takenBy[mentor] === i || places[mentor]! <= 0) continue;
      if (removed?.has(edge.mentorId)) continue;
      takenBy[mentor] = i;
      mentors.push(mentor);
      scores.push(Math.round(edge.score * SCORE_SCALE));
    }
    edgeStart[i + 1] = mentors.length;
  });
  return {
    lockedPairs,
    menteeIds,
    mentorIds,
    places,
    edgeStart,
    edgeMentor: Int32Array.from(mentors),
    edgeScore: Int32Array.from(scores),
  };
}

function summarise(allMentees: readonly string[], pairs: AssignedPair[]): Assignment {
  const placed = new Set(pairs.map((pair) => pair.menteeId));
  // Summed in tenths, so the total is exact whatever the number of pairs.
  const totalTenths = pairs.reduce((sum, pair) => sum + Math.round(pair.score * SCORE_SCALE), 0);
  const totalScore = totalTenths / SCORE_SCALE;
  return {
    pairs,
    unassigned: allMentees.filter((id) => !placed.has(id)),
    coverage: allMentees.length === 0 ? 1 : placed.size / allMentees.length,
    totalScore,
    averageScore: pairs.length === 0 ? 0 : totalScore / pairs.length,
  };
}

const UNASSIGNED = -1;

/** The assignment with the highest total score (see the comment at the top of this file). */
export function optimalAssignment(problem: AssignmentProblem): Assignment {
  const { lockedPairs, menteeIds, mentorIds, places, edgeStart, edgeMentor, edgeScore } = prepare(problem);
  const menteeCount = menteeIds.length;
  const mentorCount = mentorIds.length;
  // Nodes: mentees [0, M), mentors [M, M + N), the sink M + N.
  const sink = menteeCount + mentorCount;
  const nodeCount = sink + 1;

  /** The mentor index a mentee is placed with, or UNASSIGNED. */
  const placedWith = new Int32Array(menteeCount).fill(UNASSIGNED);
  /** The cost of that placement (FULL − score, in tenths). */
  const placedCost = new Int32Array(menteeCount);
  const members: number[][] = Array.from({ length: mentorCount }, () => []);

  const potential = new Float64Array(nodeCount);
  const distance = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  const parent = new Int32Array(nodeCount);
  /** For a mentor reached from a mentee: the cost of that edge (the placement it would become). */
  const reachCost = new Int32Array(nodeCount);
  const touched: number[] = [];
  const finalised: number[] = [];
  // Reduced distances are integers from 0 to FULL: the new mentee's own "unassigned" edge reaches
  // the sink at FULL (its potential and the sink's stay 0: see below), and nothing at or beyond the
  // sink's distance is queued. So a bucket per distance does for a heap.
  const queue = new BucketQueue(nodeCount, FULL);

  const relax = (node: number, through: number, viaCost: number, newDistance: number): void => {
    // At or past the sink's distance a node cannot be on the shortest path: not worth queuing.
    if (newDistance < distance[node]! && newDistance < distance[sink]!) {
      if (distance[node] === Number.POSITIVE_INFINITY) touched.push(node);
      distance[node] = newDistance;
      parent[node] = through;
      reachCost[node] = viaCost;
      queue.set(node, newDistance);
    }
  };

  /** Dijkstra from the new mentee until the sink is settled; returns the sink's distance. */
  const shortestPathToSink = (start: number): number => {
    relax(start, -1, 0, 0);
    while (queue.size > 0) {
      const key = queue.lowestKey;
      const node = queue.pop();
      finalised.push(node);
      if (node === sink) return key;
      const base = key + potential[node]!;
      if (node < menteeCount) {
        // A mentee: out of the cycle (unassigned) first, which bounds everything else, then to each
        // candidate mentor it is not with.
        relax(sink, node, 0, base + FULL - potential[sink]!);
        for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge += 1) {
          const cost = FULL - edgeScore[edge]!;
          // Potentials only ever decrease from 0, so base + cost is the least this edge can give,
          // and edges come cheapest first: once it reaches the sink's distance, so do the rest.
          if (base + cost >= distance[sink]!) break;
          const mentor = edgeMentor[edge]!;
          if (placedWith[node] === mentor) continue;
          const mentorNode = menteeCount + mentor;
          relax(mentorNode, node, cost, base + cost - potential[mentorNode]!);
        }
      } else {
        // A mentor: back to a mentee it has (that mentee moves or leaves), or to the sink if a place is free.
        const mentor = node - menteeCount;
        if (members[mentor]!.length < places[mentor]!) relax(sink, node, 0, base - potential[sink]!);
        for (const member of members[mentor]!) {
          relax(member, node, 0, base - placedCost[member]! - potential[member]!);
        }
      }
    }
    throw new Error('The sink is always reachable: every mentee may stay unassigned');
  };

  /** Moves mentees along the path just found, from the sink back to the new mentee. */
  const followPath = (): void => {
    let node = parent[sink]!;
    if (node < menteeCount) placedWith[node] = UNASSIGNED;
    for (;;) {
      const from = parent[node]!;
      if (from === -1) return;
      if (node >= menteeCount) {
        // `from` (a mentee) joins this mentor.
        members[node - menteeCount]!.push(from);
        placedWith[from] = node - menteeCount;
        placedCost[from] = reachCost[node]!;
      } else {
        // This mentee leaves `from` (a mentor); where it goes was set one step earlier.
        const list = members[from - menteeCount]!;
        list.splice(list.indexOf(node), 1);
      }
      node = from;
    }
  };

  for (let start = 0; start < menteeCount; start += 1) {
    const sinkDistance = shortestPathToSink(start);
    followPath();
    // Johnson's update on what Dijkstra settled; the rest keeps its potential (shifted by a
    // constant). The sink is settled at sinkDistance every time, so its potential stays 0.
    for (const settled of finalised) potential[settled]! += distance[settled]! - sinkDistance;
    for (const seen of touched) distance[seen] = Number.POSITIVE_INFINITY;
    touched.length = 0;
    finalised.length = 0;
    queue.clear();
  }

  const pairs: AssignedPair[] = [...lockedPairs];
  for (let mentee = 0; mentee < menteeCount; mentee += 1) {
    const mentor = placedWith[mentee]!;
    if (mentor === UNASSIGNED) continue;
    pairs.push({
      menteeId: menteeIds[mentee]!,
      mentorId: mentorIds[mentor]!,
      score: (FULL - placedCost[mentee]!) / SCORE_SCALE,
      locked: false,
    });
  }
  return summarise(problem.mentees, pairs);
}

/** Best remaining pair first, until no candidate pair fits: what a person would do by hand. */
export function greedyAssignment(problem: AssignmentProblem): Assignment {
  const { lockedPairs, menteeIds, mentorIds, places, edgeStart, edgeMentor, edgeScore } = prepare(problem);
  const edgeMentee = new Int32Array(edgeMentor.length);
  for (let mentee = 0; mentee < menteeIds.length; mentee += 1)
    edgeMentee.fill(mentee, edgeStart[mentee]!, edgeStart[mentee + 1]!);
  // Highest score first; ties in input order, so the result is reproducible.
  const order = Array.from(edgeMentor.keys()).sort((a, b) => edgeScore[b]! - edgeScore[a]! || a - b);

  const placed = new Uint8Array(menteeIds.length);
  const load = new Int32Array(mentorIds.length);
  const pairs: AssignedPair[] = [...lockedPairs];
  for (const edge of order) {
    const mentee = edgeMentee[edge]!;
    const mentor = edgeMentor[edge]!;
    if (placed[mentee] || load[mentor]! >= places[mentor]!) continue;
    placed[mentee] = 1;
    load[mentor]! += 1;
    pairs.push({
      menteeId: menteeIds[mentee]!,
      mentorId: mentorIds[mentor]!,
      score: edgeScore[edge]! / SCORE_SCALE,
      locked: false,
    });
  }
  return summarise(problem.mentees, pairs);
}
