/** Running sum, in place: monthly increments become cumulative values. Returns `values`. */
export function cumulate(values: Float64Array): Float64Array {
  for (let i = 1; i < values.length; i++) values[i] = (values[i] ?? 0) + (values[i - 1] ?? 0);
  return values;
}
