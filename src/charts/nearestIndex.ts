/**
 * The index of the date in `dates` (ascending) nearest to `date`, the later one on a tie: d3's
 * `bisector((d) => d).center` over them (test/charts/nearestIndex.test.ts compares them),
 * without d3's bisectors in every chart's chunk. 0 when there are none.
 */
export function nearestIndex(dates: readonly Date[], date: Date): number {
  const x = +date;
  let lo = 0;
  let hi = dates.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (+dates[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - +dates[lo - 1]! < +dates[lo]! - x ? lo - 1 : lo;
}
