/**
 * annuity(x, n) = x / (1 - (1 + x)^-n): the level annual payment that repays 1 over n years
 * at rate x (MODEL.md §4.1). At x = 0 it is the limit 1/n.
 */
export function annuity(rateAnnual: number, years: number): number {
  if (Math.abs(rateAnnual) < 1e-12) return 1 / years;
  return rateAnnual / (1 - Math.pow(1 + rateAnnual, -years));
}
