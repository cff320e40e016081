/**
 * The smallest change of one lever that reaches a target, the others held (issue 15). The
 * lever's range is scanned outward from its current value on a grid; between the first grid
 * value that reaches the target and its neighbour toward the current value, bisection finds
 * the crossing, which is then moved onto the slider's step. Scanning first means an outcome
 * that does not move one way with the lever (a higher loan spread raises Japan's margin, then
 * the default risk) is still solved, to the grid's resolution.
 */
import { PARAMS } from '../data/params';
import { leverScale, snapAway, type SolveLever } from './levers';
import type { Scenario } from './scenario';
import { simulate } from './simulate';
import type { Summary } from './summary';
import { meets, targetGap, type Target } from './target';

export interface LeverChange {
  readonly key: SolveLever;
  readonly from: number;
  readonly to: number;
}

export type LeverSolve =
  /** The scenario already meets the target. */
  | { readonly status: 'met' }
  /** `size`: the change in the lever's units (leverScale). */
  | { readonly status: 'reached'; readonly change: LeverChange; readonly size: number }
  /** No value in the lever's range reaches it; `best` comes closest. */
  | { readonly status: 'unreachable'; readonly best: LeverChange };

/** Grid intervals over a lever's range. */
export const GRID_POINTS = 48;
/** Bisection steps inside one grid interval (its width / 2^16). */
export const BISECTIONS = 16;

/** The lever's grid values on its step, nearest to `from` first, `from` itself left out. */
function gridFrom(key: SolveLever, from: number): number[] {
  const { min, max } = PARAMS[key];
  const values = Array.from({ length: GRID_POINTS + 1 }, (_, i) =>
    snapAway(key, min + ((max - min) * i) / GRID_POINTS, max),
  );
  return [...new Set(values)]
    .filter((v) => v !== from)
    .sort((a, b) => Math.abs(a - from) - Math.abs(b - from));
}

/** The value between `bad` and `good` where the target starts to be met (it is met at the result). */
export function crossing(ok: (v: number) => boolean, bad: number, good: number): number {
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (bad + good) / 2;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

export function solveLever(s: Scenario, key: SolveLever, target: Target): LeverSolve {
  const from = s[key];
  const at = (v: number): Summary => simulate({ ...s, [key]: v }).summary;
  const ok = (v: number) => meets(target, at(v));
  if (ok(from)) return { status: 'met' };
  const lastBad = { up: from, down: from };
  let best = { value: from, gap: targetGap(target, at(from)) };
  for (const v of gridFrom(key, from)) {
    const x = at(v);
    const side = v > from ? 'up' : 'down';
    if (!meets(target, x)) {
      lastBad[side] = v;
      const gap = targetGap(target, x);
      // Ties go to the farther value: a lever that cannot help is shown at its far end.
      if (gap <= best.gap + 1e-9) best = { value: v, gap: Math.min(gap, best.gap) };
      continue;
    }
    const snapped = snapAway(key, crossing(ok, lastBad[side], v), from);
    let to = ok(snapped) ? snapped : v;
    // The bisection stops a little past the crossing: where the crossing lies just short of
    // a step, that step may meet the target too, so step back while the target is still met.
    const dir = v > from ? 1 : -1;
    for (;;) {
      const closer = snapAway(key, to - dir * PARAMS[key].step, from);
      if (closer === to || (closer - from) * dir <= 0 || !ok(closer)) break;
      to = closer;
    }
    return {
      status: 'reached',
      change: { key, from, to },
      size: Math.abs(to - from) / leverScale(key),
    };
  }
  return { status: 'unreachable', best: { key, from, to: best.value } };
}
