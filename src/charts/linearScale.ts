/**
 * A linear scale from numbers to pixels: d3-scale's `scaleLinear` arithmetic to the bit
 * (its normalize-then-interpolate, its `nice`, d3-array's `ticks`), without what comes with
 * d3-scale and the charts never use: colour interpolation and number formatting (about
 * 10 kB gzipped of start-up JavaScript). test/charts/linearScale.test.ts checks it against
 * d3's own on random domains.
 */
import { tickIncrement, ticks } from './ticks';

export interface LinearScale {
  (value: number): number;
  /** The value at a pixel position. */
  invert(px: number): number;
  /** About `count` round values inside the domain (d3's ticks). */
  ticks(count?: number): number[];
  domain(): [number, number];
  range(): [number, number];
}

/** d3's normalize: where x sits between a and b (0 to 1); the middle for an empty span. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

/** d3's bimap with number interpolation: a reversed domain is flipped with its range. */
function bimap(d: readonly [number, number], r: readonly [number, number]): (x: number) => number {
  const [d0, d1] = d;
  const [r0, r1] = d1 < d0 ? [r[1], r[0]] : r;
  const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  return (x) => {
    const u = t(x);
    return r0 * (1 - u) + r1 * u;
  };
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const d: [number, number] = [+domain[0], +domain[1]];
  const r: [number, number] = [+range[0], +range[1]];
  const forward = bimap(d, r);
  const backward = bimap(r, d);
  // Like d3, a value that is not a number maps to undefined (its `unknown`).
  const scale = ((value: number) =>
    value == null || Number.isNaN(+value) ? undefined : forward(+value)) as LinearScale;
  scale.invert = (px) => backward(+px);
  scale.ticks = (count = 10) => ticks(d[0], d[1], count);
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  return scale;
}

/** d3's `linear.nice(count)`: the domain widened to round values (unchanged if it never settles). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const d: [number, number] = [+domain[0], +domain[1]];
  const flip = d[1] < d[0];
  let start = flip ? d[1] : d[0];
  let stop = flip ? d[0] : d[1];
  let prestep: number | undefined;
  for (let iterations = 10; iterations > 0; iterations--) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return flip ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return d;
}
