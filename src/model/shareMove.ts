/**
 * Moving one of a set of shares that always sum to 100% (instrument mix, sector mix) while the
 * others (except locked ones) absorb the change in proportion. (Repairing a set is shares.ts.)
 */

/**
 * A share within 1e-14 of a number of 12 significant digits (a few dozen units in the last
 * place) is that number:
 * what the arithmetic of a move and its reverse leaves behind (0.68 came back as
 * 0.6799999999999999) is dropped, so a share moved and moved back is the share it was and the
 * page sees no change (the list of what differs from the defaults, the charts' baseline). Any
 * other share (a share of a share, 0.15761194029850746) is kept as it is, so moving back is as
 * exact as the arithmetic.
 */
const snap = (x: number): number => {
  const near = Number(x.toPrecision(12));
  return Math.abs(near - x) <= 1e-14 * Math.abs(x) ? near : x;
};

/**
 * Sets one share to `value` (clamped to what the locked shares leave) and spreads the
 * difference over the other unlocked shares in proportion to their size (equally when
 * they are all zero). The result sums to 1.
 */
export function setShare<K extends string>(
  shares: Readonly<Record<K, number>>,
  key: NoInfer<K>,
  value: number,
  locked: ReadonlySet<NoInfer<K>> = new Set(),
): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const free = keys.filter((k) => k !== key && !locked.has(k));
  const lockedSum = keys
    .filter((k) => k !== key && locked.has(k))
    .reduce((s, k) => s + shares[k], 0);
  const room = Math.max(0, 1 - lockedSum);
  const target = free.length === 0 ? shares[key] : Math.min(room, Math.max(0, value));
  const rest = room - target;
  const freeSum = free.reduce((s, k) => s + shares[k], 0);
  const next = { ...shares } as Record<K, number>;
  next[key] = snap(target);
  for (const k of free)
    next[k] = snap(freeSum > 0 ? (shares[k] / freeSum) * rest : rest / free.length);
  return next;
}
