/** Cumulative stacking of monthly series: each layer's lower and upper edges. */
export interface StackLayer {
  readonly key: string;
  readonly lower: number[];
  readonly upper: number[];
}

export function stackSeries(
  keys: readonly string[],
  series: Readonly<Record<string, readonly number[]>>,
  length: number,
): StackLayer[] {
  let base = new Array<number>(length).fill(0);
  return keys.map((key) => {
    const values = series[key] ?? [];
    const upper = base.map((b, i) => b + (values[i] ?? 0));
    const layer = { key, lower: base, upper };
    base = upper;
    return layer;
  });
}
