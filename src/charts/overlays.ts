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

export function overlays(
  pick: (r: Result) => readonly number[],
  runs: { readonly a: Result | null; readonly defaults: Result | null },
  labels: { readonly a: string; readonly defaults: string },
  cut: (values: readonly number[]) => number[],
): OverlayLine[] {
  const line = (label: string, series: string, r: Result) =>
    ({ label, series, values: cut(pick(r)), kind: 'dash' }) as const;
  return [
    ...(runs.a ? [line(labels.a, 'a-line', runs.a)] : []),
    ...(runs.defaults ? [line(labels.defaults, 'baseline', runs.defaults)] : []),
  ];
}
