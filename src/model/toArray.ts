/** A plain number[] copy of a typed array; a plain loop is several times faster than Array.from. */
export function toArray(values: ArrayLike<number>): number[] {
  const out: number[] = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? 0;
  return out;
}
