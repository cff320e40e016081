/**
 * The smallest combined change of two levers that reaches a target (issue 15): the point
 * nearest the current one, measuring each lever's change in its own units (leverScale), so
 * "nearest" weighs a change by how far it is across the lever's plausible range. Each
 * direction that mixes the two (an angle from all the first lever to all the second) is
 * searched outward, like one lever; the best of a grid of angles is refined by a
 * golden-section search.
 */
import { PARAMS } from '../data/params';
import { leverScale, snapAway, type SolveLever } from './levers';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import { crossing, type LeverChange, type LeverSolve } from './solveLever';
import { meets, type Target } from './target';

export type PairSolve =
  | { readonly status: 'met' }
  /** `size`: the length of the change in the levers' units. */
  | { readonly status: 'reached'; readonly changes: LeverChange[]; readonly size: number }
  /** No mix of the two reaches it; `best` holds each lever at its own best value. */
  | { readonly status: 'unreachable'; readonly best: LeverChange[] };

/** Angles on the first grid, and steps along each direction before bisecting. */
const ANGLES = 9;
const RAY_STEPS = 8;
const GOLDEN_STEPS = 6;

/** The direction in which a lever helps, from its own solve: +1 up, -1 down. */
function helpingSign(solve: LeverSolve, from: number): number {
  const to =
    solve.status === 'reached'
      ? solve.change.to
      : solve.status === 'unreachable'
        ? solve.best.to
        : from;
  return to < from ? -1 : 1;
}

interface Ray {
  /** Lever values at distance r (levers' units) along the direction at `angle`. */
  at(r: number): [number, number];
  /** The farthest r inside both ranges. */
  readonly reach: number;
}

function ray(
  s: Scenario,
  keys: readonly [SolveLever, SolveLever],
  signs: readonly number[],
  angle: number,
): Ray {
  const u = [Math.cos(angle), Math.sin(angle)];
  const room = keys.map((k, i) => {
    const ui = (u[i] ?? 0) * leverScale(k);
    const edge = (signs[i] ?? 1) > 0 ? PARAMS[k].max - s[k] : s[k] - PARAMS[k].min;
    return ui > 1e-12 ? edge / ui : Infinity;
  });
  return {
    at: (r) =>
      [0, 1].map((i) => s[keys[i]!] + (signs[i] ?? 1) * r * (u[i] ?? 0) * leverScale(keys[i]!)) as [
        number,
        number,
      ],
    reach: Math.min(...room),
  };
}

/** The smallest r along a ray at which the target is met, or Infinity. */
function radius(line: Ray, ok: (v: [number, number]) => boolean): number {
  if (!(line.reach > 0) || !Number.isFinite(line.reach)) return Infinity;
  let bad = 0;
  for (let j = 1; j <= RAY_STEPS; j++) {
    const r = (line.reach * j) / RAY_STEPS;
    if (ok(line.at(r))) return crossing((x) => ok(line.at(x)), bad, r);
    bad = r;
  }
  return Infinity;
}

export function solvePair(
  s: Scenario,
  keys: readonly [SolveLever, SolveLever],
  target: Target,
  singles: readonly [LeverSolve, LeverSolve],
): PairSolve {
  if (singles[0].status === 'met') return { status: 'met' };
  const signs = keys.map((k, i) => helpingSign(singles[i]!, s[k]));
  const ok = ([a, b]: [number, number]) =>
    meets(target, simulate({ ...s, [keys[0]]: a, [keys[1]]: b }).summary);
  const r = (angle: number) => radius(ray(s, keys, signs, angle), ok);
  const angles = Array.from({ length: ANGLES }, (_, i) => (i / (ANGLES - 1)) * (Math.PI / 2));
  const radii = angles.map(r);
  const k = radii.indexOf(Math.min(...radii));
  if (!Number.isFinite(radii[k] ?? Infinity))
    return { status: 'unreachable', best: bestEach(s, keys, singles) };
  const step = Math.PI / 2 / (ANGLES - 1);
  const angle = goldenMin(
    r,
    Math.max(0, (angles[k] ?? 0) - step),
    Math.min(Math.PI / 2, (angles[k] ?? 0) + step),
    angles[k] ?? 0,
    radii[k] ?? Infinity,
  );
  return snapPair(s, keys, ray(s, keys, signs, angle.x), angle.r, ok);
}

/** Each lever at the value its own solve found best. */
function bestEach(
  s: Scenario,
  keys: readonly [SolveLever, SolveLever],
  singles: readonly [LeverSolve, LeverSolve],
): LeverChange[] {
  return keys.map((key, i) => {
    const one = singles[i]!;
    return one.status === 'unreachable'
      ? one.best
      : { key, from: s[key], to: one.status === 'reached' ? one.change.to : s[key] };
  });
}

/** The x in [lo, hi] where f is least (f unimodal there); `x0`, `f0` a known point to keep if better. */
function goldenMin(
  f: (x: number) => number,
  lo: number,
  hi: number,
  x0: number,
  f0: number,
): { x: number; r: number } {
  const g = (Math.sqrt(5) - 1) / 2;
  let best = { x: x0, r: f0 };
  let a = lo;
  let b = hi;
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    const fc = f(c);
    const fd = f(d);
    if (fc < best.r) best = { x: c, r: fc };
    if (fd < best.r) best = { x: d, r: fd };
    if (fc <= fd) b = d;
    else a = c;
  }
  return best;
}

/** The solution moved onto both sliders' steps, a little farther out if the steps lose the target. */
function snapPair(
  s: Scenario,
  keys: readonly [SolveLever, SolveLever],
  line: Ray,
  r: number,
  ok: (v: [number, number]) => boolean,
): PairSolve {
  let values = line.at(r);
  for (let grow = 1; grow <= 1.08; grow += 0.02) {
    const raw = line.at(Math.min(line.reach, r * grow));
    const snapped = keys.map((k, i) => snapAway(k, raw[i] ?? s[k], s[k])) as [number, number];
    if (ok(snapped)) {
      values = snapped;
      break;
    }
  }
  const changes = keys
    .map((key, i) => ({ key, from: s[key], to: values[i] ?? s[key] }))
    .filter((c) => c.to !== c.from);
  const size = Math.hypot(...changes.map((c) => (c.to - c.from) / leverScale(c.key)));
  return { status: 'reached', changes, size };
}
