/**
 * A priority queue for Dijkstra when keys are small non-negative integers
 * (Dial's algorithm): one doubly linked list of nodes per key, so inserting,
 * lowering a key and removing the minimum are O(1), against O(log n) and a
 * stale entry per lowered key for a binary heap. Keys popped never decrease
 * within one search, so the search for the next non-empty list only moves up.
 */
const NONE = -1;

export class BucketQueue {
  /** First node of each key's list, or NONE. */
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly previous: Int32Array;
  /** The key each queued node is filed under, NONE when not queued. */
  private readonly keyOf: Int32Array;
  private readonly queued: number[] = [];
  private lowest = 0;
  private count = 0;

  /** Nodes are 0…nodeCount − 1, keys 0…maxKey. */
  constructor(
    nodeCount: number,
    readonly maxKey: number,
  ) {
    this.heads = new Int32Array(maxKey + 1).fill(NONE);
    this.next = new Int32Array(nodeCount);
    this.previous = new Int32Array(nodeCount);
    this.keyOf = new Int32Array(nodeCount).fill(NONE);
  }

  get size(): number {
    return this.count;
  }

  /** Queues `node` under `key`, or moves it there if it is queued under another key. */
  set(node: number, key: number): void {
    if (!Number.isInteger(key) || key < 0 || key > this.maxKey)
      throw new RangeError(`Key ${key} is outside 0…${this.maxKey}`);
    if (this.keyOf[node] !== NONE) this.unlink(node);
    else {
      this.queued.push(node);
      this.count += 1;
    }
    const head = this.heads[key]!;
    this.next[node] = head;
    this.previous[node] = NONE;
    if (head !== NONE) this.previous[head] = node;
    this.heads[key] = node;
    this.keyOf[node] = key;
    if (key < this.lowest) this.lowest = key;
  }

  /** Removes and returns a node with the lowest key (read the key with lowestKey first). */
  pop(): number {
    const key = this.lowestKey;
    const node = this.heads[key]!;
    this.unlink(node);
    this.keyOf[node] = NONE;
    this.count -= 1;
    return node;
  }

  /** The lowest key queued; only when size > 0. */
  get lowestKey(): number {
    if (this.count === 0) throw new RangeError('The queue is empty');
    while (this.heads[this.lowest] === NONE) this.lowest += 1;
    return this.lowest;
  }

  /** Empties the queue in time proportional to what was queued since the last clear. */
  clear(): void {
    for (const node of this.queued) {
      const key = this.keyOf[node]!;
      if (key !== NONE) {
        this.heads[key] = NONE;
        this.keyOf[node] = NONE;
      }
    }
    this.queued.length = 0;
    this.count = 0;
    this.lowest = 0;
  }

  private unlink(node: number): void {
    const before = this.previous[node]!;
    const after = this.next[node]!;
    if (before !== NONE) this.next[before] = after;
    else this.heads[this.keyOf[node]!] = after;
    if (after !== NONE) this.previous[after] = before;
  }
}
