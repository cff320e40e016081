/**
 * Shares that always sum to 100% (instrument mix, sector mix): repair a set of shares. Moving
 * one share while the others absorb the change is in shareMove.ts (only the controls move one).
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
