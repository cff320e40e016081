/** A frame between two runs' monthly series: each plain series at `p` of the way from `a` to `b`. */
import type { Series } from '../model';

export function lerpSeries(a: Series, b: Series, p: number): Series {
  const out: Record<string, unknown> = { ...b };
  for (const key of Object.keys(b) as (keyof Series)[]) {
    const from = a[key];
    const to = b[key];
    if (Array.isArray(from) && Array.isArray(to))
      out[key] = to.map((v: number, i: number) => (from[i] ?? v) + (v - (from[i] ?? v)) * p);
  }
  return out as unknown as Series;
}
