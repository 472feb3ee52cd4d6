/**
 * The K-th largest of a stream of numbers, in O(1) for a number too small to
 * count (most of a long stream) and O(log K) otherwise: a min-heap of the K
 * largest seen so far, in a typed array.
 */
export class KthLargest {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(readonly k: number) {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`K must be ≥ 1, got ${k}`);
    this.heap = new Float64Array(k);
  }

  /** The K-th largest so far; -Infinity until K numbers were offered. */
  get value(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : this.heap[0]!;
  }

  offer(value: number): void {
    const heap = this.heap;
    if (this.size < this.k) {
      let index = this.size;
      this.size += 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (heap[parent]! <= value) break;
        heap[index] = heap[parent]!;
        index = parent;
      }
      heap[index] = value;
    } else if (value > heap[0]!) {
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        if (left >= this.k) break;
        const right = left + 1;
        const child = right < this.k && heap[right]! < heap[left]! ? right : left;
        if (heap[child]! >= value) break;
        heap[index] = heap[child]!;
        index = child;
      }
      heap[index] = value;
    }
  }
}
