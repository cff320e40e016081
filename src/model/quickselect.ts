/**
 * In-place selection on a Float32Array (Monte Carlo bands are kept in single precision:
 * half the memory traffic, 7 significant digits), by Hoare partition with a median-of-three
 * pivot. After
 * `select(a, k, lo, hi)`, a[k] holds the k-th smallest of a[lo..hi], everything before it
 * is <= a[k] and everything after is >= a[k]. Average O(n), no comparator calls.
 */
export function select(a: Float32Array, k: number, lo = 0, hi = a.length - 1): void {
  let left = lo;
  let right = hi;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three to the middle, as the pivot.
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float32Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Quantiles of `values` (reordered in place) for ascending probabilities: the inverse of
 * the empirical distribution (R's type 1), the value at rank ceil(p x n). One selection per
 * probability, each narrowing the range for the next.
 */
export function quantilesInPlace(values: Float32Array, probs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => 0);
  let from = 0;
  return probs.map((p) => {
    const k = Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
    select(values, k, from, n - 1);
    from = k;
    return values[k]!;
  });
}

/** Buckets of the first sweep in `quantilesOf`. */
const BUCKETS = 4096;
/** The largest pattern of a non-negative float that is not NaN (+Infinity). */
const LARGEST_ORDERED = 0x7f800000;

/** Scratch for `quantilesOf`, reusable across calls on up to `n` values. */
export interface QuantileScratch {
  readonly counts: Int32Array;
  /** The bucket's slot among the selected ones, or -1. */
  readonly slot: Int8Array;
  readonly gathered: Float32Array;
}

export function createQuantileScratch(n: number): QuantileScratch {
  return {
    counts: new Int32Array(BUCKETS),
    slot: new Int8Array(BUCKETS).fill(-1),
    gathered: new Float32Array(n),
  };
}

/**
 * The same quantiles as `quantilesInPlace` (type 1, ascending probabilities) without
 * reordering `values`, in three sweeps instead of several selections over all of them: for
 * non-negative floats the bit pattern, read as an unsigned integer, orders as the value
 * does. One sweep finds the smallest and largest pattern, a second counts the values in
 * 4,096 buckets of patterns between them, the counts tell which bucket holds each rank, a
 * third sweep gathers those buckets' values, and a selection within each (a handful of
 * values) finds the rank. The k-th smallest value is one number whatever the method, so
 * the result is `quantilesInPlace`'s to the bit. Values all the same (to the bit) give that
 * value at once. Negative values (and -0) or NaN: `quantilesInPlace` on a copy.
 */
export function quantilesOf(
  values: Float32Array,
  probs: readonly number[],
  scratch: QuantileScratch = createQuantileScratch(values.length),
): number[] {
  const n = values.length;
  if (n === 0) return probs.map(() => 0);
  const ranks = probs.map((p) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1)));
  const ascending = ranks.every((k, j) => j === 0 || k >= ranks[j - 1]!);
  if (!ascending || probs.length > 127 || scratch.gathered.length < n)
    return quantilesInPlace(Float32Array.from(values), probs);
  const bits = new Uint32Array(values.buffer, values.byteOffset, n);
  let min = bits[0]!;
  let max = min;
  for (let i = 1; i < n; i++) {
    const b = bits[i]!;
    if (b < min) min = b;
    else if (b > max) max = b;
  }
  // Every value the same number (the months of history): every quantile is it.
  if (min === max) return probs.map(() => values[0]!);
  if (max > LARGEST_ORDERED) return quantilesInPlace(Float32Array.from(values), probs);
  let shift = 0;
  while ((max - min) / 2 ** shift >= BUCKETS) shift++;
  const { counts, slot, gathered } = scratch;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(bits[i]! - min) >>> shift]!++;
  // Each rank's bucket, and where that bucket's values go in `gathered`.
  const bucketOf: number[] = [];
  const rankInBucket: number[] = [];
  const starts: number[] = []; // by slot
  const ends: number[] = [];
  let bucket = 0;
  let below = 0; // values in buckets before `bucket`
  let filled = 0;
  for (const k of ranks) {
    while (k >= below + counts[bucket]!) below += counts[bucket++]!;
    if (slot[bucket] === -1) {
      slot[bucket] = starts.length;
      starts.push(filled);
      filled += counts[bucket]!;
      ends.push(filled);
    }
    bucketOf.push(bucket);
    rankInBucket.push(k - below);
  }
  const next = starts.slice();
  for (let i = 0; i < n; i++) {
    const s = slot[(bits[i]! - min) >>> shift]!;
    if (s >= 0) gathered[next[s]!++] = values[i]!;
  }
  // Select within each bucket; ranks ascend, so each narrows the range for the next.
  const from = starts.slice();
  const out = ranks.map((_, j) => {
    const s = slot[bucketOf[j]!]!;
    const k = starts[s]! + rankInBucket[j]!;
    select(gathered, k, from[s]!, ends[s]! - 1);
    from[s] = k;
    return gathered[k]!;
  });
  for (const b of bucketOf) slot[b] = -1;
  return out;
}
