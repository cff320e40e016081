/**
 * Shares that always sum to 100% (instrument mix, sector mix): repair a set of shares, and
 * move one share while the others (except locked ones) absorb the change in proportion.
 */
import type { Correction } from './normalize';
import { own } from './own';

/** Sums within this of 1 are taken as exactly 100%. */
const TOLERANCE = 1e-9;

/**
 * Repairs shares: invalid or negative entries become 0, a sum other than 1 is rescaled,
 * an all-zero or missing set falls back. Unknown keys are dropped.
 */
export function normalizeShares<K extends string>(
  field: string,
  keys: readonly K[],
  raw: unknown,
  fallback: Readonly<Record<K, number>>,
  out: Correction[],
): Readonly<Record<K, number>> {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.push({ field, kind: 'invalid' });
    return fallback;
  }
  for (const key of Object.keys(raw)) {
    if (!(keys as readonly string[]).includes(key))
      out.push({ field: `${field}.${key}`, kind: 'dropped' });
  }
  const shares = {} as Record<K, number>;
  let sum = 0;
  for (const key of keys) {
    const v = own(raw, key);
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (v !== undefined && !ok) out.push({ field: `${field}.${key}`, kind: 'invalid' });
    shares[key] = ok && v !== 0 ? Math.min(v, 1e6) : 0; // -0 becomes 0
    sum += shares[key];
  }
  if (sum <= 0) {
    out.push({ field, kind: 'invalid' });
    return fallback;
  }
  if (Math.abs(sum - 1) > TOLERANCE) {
    for (const key of keys) shares[key] /= sum;
    out.push({ field, kind: 'rebalanced' });
  }
  return shares;
}

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
  next[key] = target;
  for (const k of free) next[k] = freeSum > 0 ? (shares[k] / freeSum) * rest : rest / free.length;
  return next;
}
