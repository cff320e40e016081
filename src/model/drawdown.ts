/**
 * Construction drawdown (MODEL.md §4.4): each construction year's share of capex is spread
 * evenly over its twelve months, starting the month after funding.
 */

/** Share of a project drawn `monthsAfterFunding` months after its funding month. */
export function drawnFraction(
  capexShareByYear: readonly number[],
  monthsAfterFunding: number,
): number {
  if (monthsAfterFunding <= 0) return 0;
  const fullYears = Math.floor(monthsAfterFunding / 12);
  let drawn = 0;
  for (let y = 0; y < capexShareByYear.length && y < fullYears; y++)
    drawn += capexShareByYear[y] ?? 0;
  const partYear = capexShareByYear[fullYears];
  if (partYear !== undefined) drawn += (partYear * (monthsAfterFunding % 12)) / 12;
  return drawn;
}

/**
 * Adds one drawdown to `rateDiff`, the month-on-month change of the monthly draw rate.
 * Two prefix sums of `rateDiff` (see `integrate`) give the cumulative amount drawn.
 */
export function addDrawdown(
  rateDiff: Float64Array,
  fundMonth: number,
  amountUsdBn: number,
  capexShareByYear: readonly number[],
): void {
  let previousRate = 0;
  for (let y = 0; y <= capexShareByYear.length; y++) {
    const month = fundMonth + 1 + 12 * y;
    if (month >= rateDiff.length) return;
    const rate = (amountUsdBn * (capexShareByYear[y] ?? 0)) / 12;
    rateDiff[month] = (rateDiff[month] ?? 0) + rate - previousRate;
    previousRate = rate;
  }
}
