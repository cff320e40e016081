/** A run's headline stamp (stamp.ts), and whether two are the same: what the explorer compares a link's with. */
import type { Result } from '../model';
import type { Stamp } from './stamp';

export function stampOf(result: Result): Stamp {
  return {
    creditedUsdBn: Math.round(result.summary.creditedByDeadline * 10) / 10,
    riskPercent: Math.round(result.summary.pReimposedByDeadline * 1000) / 10,
  };
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.creditedUsdBn === b.creditedUsdBn && a.riskPercent === b.riskPercent;
}
