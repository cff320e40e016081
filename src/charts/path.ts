/**
 * SVG paths through points, straight segments between them: what d3's `line()` and `area()`
 * write with their default curve (curveLinear) and precision (3 decimals), character for
 * character (test/charts/path.test.ts compares them), without d3-shape and d3-path in the
 * charts' chunk.
 */

import { px } from './round';

/** A coordinate as d3-path writes it: rounded to 3 decimals. */
const num = (v: number) => Math.round(v * 1000) / 1000;

/** A coordinate's text in a path, as the writers below put it. */
export const coordinateText = (v: number): string => `${num(v)}`;

/**
 * The x coordinate of each month a time chart draws, as path text (to 0.1 px, as every layer
 * rounds them): written once for a chart's dates and scale, and shared by every line and area
 * drawn on them (most of a line's cost is writing numbers as text). An index past the dates
 * is where the scale puts the epoch, as the layers always drew a missing date.
 */
type XText = (i: number) => string;
const xTexts = new WeakMap<readonly Date[], { scale: (d: Date) => number; at: XText }>();
export function xText(dates: readonly Date[], scale: (d: Date) => number): XText {
  const known = xTexts.get(dates);
  if (known && known.scale === scale) return known.at;
  const text = dates.map((d) => coordinateText(px(scale(d))));
  let missing: string | undefined;
  const at: XText = (i) => text[i] ?? (missing ??= coordinateText(px(scale(new Date(0)))));
  xTexts.set(dates, { scale, at });
  return at;
}

/**
 * A line through `n` points (x(i), y(i)): d3's `line()` over them. A single point is a
 * closed move ("M…Z"); none is the empty path. An x given as text is taken as written
 * (`coordinateText`).
 */
export function linePath(
  n: number,
  x: (i: number) => number | string,
  y: (i: number) => number,
): string {
  let d = '';
  for (let i = 0; i < n; i++) {
    const xi = x(i);
    d += `${i === 0 ? 'M' : 'L'}${typeof xi === 'string' ? xi : num(xi)},${num(y(i))}`;
  }
  return n === 1 ? `${d}Z` : d;
}

/**
 * The area between two edges over `n` points: along the upper edge (x(i), y1(i)), back along
 * the lower (x(i), y0(i)), closed; a point that is not `defined` breaks it into pieces. d3's
 * `area().defined().x().y0().y1()` over them. An x given as text is taken as written.
 */
export function areaPath(
  n: number,
  defined: (i: number) => boolean,
  x: (i: number) => number | string,
  y0: (i: number) => number,
  y1: (i: number) => number,
): string {
  const xt = (k: number) => {
    const xk = x(k);
    return typeof xk === 'string' ? xk : num(xk);
  };
  let d = '';
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const on = i < n && defined(i);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      for (let k = start; k < i; k++) d += `${k === start ? 'M' : 'L'}${xt(k)},${num(y1(k))}`;
      for (let k = i - 1; k >= start; k--) d += `L${xt(k)},${num(y0(k))}`;
      d += 'Z';
      start = -1;
    }
  }
  return d;
}
