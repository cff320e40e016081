/**
 * The headline stamp a link carries (`c=`): credited by the deadline (US$ bn, 1 decimal)
 * and the probability re-imposed by the deadline (%, 1 decimal). Short, readable, and
 * enough to tell a reader exactly what moved when a link outlives a model or data change.
 * A run's stamp, and whether two are the same, are the explorer's (stampOf.ts): a link only
 * reads and writes one.
 */
export interface Stamp {
  readonly creditedUsdBn: number;
  readonly riskPercent: number;
}

export function formatStamp(stamp: Stamp): string {
  return `${stamp.creditedUsdBn}_${stamp.riskPercent}`;
}

export function parseStamp(text: string): Stamp | null {
  const m = /^(\d{1,4}(?:\.\d)?)_(\d{1,3}(?:\.\d)?)$/.exec(text);
  return m ? { creditedUsdBn: Number(m[1]), riskPercent: Number(m[2]) } : null;
}
