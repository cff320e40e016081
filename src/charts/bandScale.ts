/**
 * A band scale from the values of an ordinal domain (the years of a bar chart) to pixels:
 * d3-scale's `scaleBand` with equal inner and outer padding, to the bit (its step, its centring
 * of the bands, its bandwidth), without what comes with d3-scale and the chart never uses.
 * test/charts/bandScale.test.ts checks it against d3's own.
 */

export interface BandScale<T> {
  /** The start of the value's band, or undefined for a value outside the domain. */
  (value: T): number | undefined;
  /** The width of each band. */
  bandwidth(): number;
}

/** d3's `scaleBand().domain(domain).range(range).padding(padding)`. */
export function bandScale<T>(
  domain: readonly T[],
  range: readonly [number, number],
  padding: number,
): BandScale<T> {
  const index = new Map<T, number>();
  for (const value of domain) if (!index.has(value)) index.set(value, index.size);
  const n = index.size;
  const inner = Math.min(1, padding);
  const outer = padding;
  const [r0, r1] = [+range[0], +range[1]];
  const reverse = r1 < r0;
  let start = reverse ? r1 : r0;
  const stop = reverse ? r0 : r1;
  const step = (stop - start) / Math.max(1, n - inner + outer * 2);
  start += (stop - start - step * (n - inner)) * 0.5;
  const bandwidth = step * (1 - inner);
  const values = Array.from({ length: n }, (_, i) => start + step * i);
  if (reverse) values.reverse();
  const scale = ((value: T) => {
    const i = index.get(value);
    return i === undefined ? undefined : values[i];
  }) as BandScale<T>;
  scale.bandwidth = () => bandwidth;
  return scale;
}
