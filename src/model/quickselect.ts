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
