/**
 * The dashed lines a time chart draws over its own: A's when a scenario is pinned, and the
 * defaults' when the baseline is on (issue 15: the baseline no longer needs a pin).
 */
import type { Result } from '../model';

export interface OverlayLine {
  readonly label: string;
  /** CSS class: 'a-line' or 'baseline'. */
  readonly series: string;
  readonly values: number[];
  readonly kind: 'dash';
}

/**
 * @param runs `own`: the scenario's run, whose line (`pick`) the chart draws: the defaults' line
 *   is left out where it would lie exactly under it at every month shown, or be A's own line (A
 *   pinned on the defaults), so no key names a line that cannot be seen.
 */
export function overlays(
  pick: (r: Result) => readonly number[],
  runs: { readonly a: Result | null; readonly defaults: Result | null; readonly own: Result },
  labels: { readonly a: string; readonly defaults: string },
  cut: (values: readonly number[]) => number[],
): OverlayLine[] {
  const line = (label: string, series: string, r: Result) =>
    ({ label, series, values: cut(pick(r)), kind: 'dash' }) as const;
  const { a, defaults } = runs;
  const base = defaults && a !== defaults ? line(labels.defaults, 'baseline', defaults) : null;
  return [
    ...(a ? [line(labels.a, 'a-line', a)] : []),
    ...(base && `${base.values}` !== `${cut(pick(runs.own))}` ? [base] : []),
  ];
}
