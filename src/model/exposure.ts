/**
 * The central path's exposure (MODEL.md §3, step 8): equity + loans drawn + guaranteed
 * principal (drawn on the same profile), amortising straight-line over the project life after
 * construction; draws as scheduled, before any annual cap on cash. A convolution of every
 * month's commitments with each sector's profile: about a quarter of a central path's time,
 * and no view shows it, so `simulate` leaves it out and only the data download asks for it
 * (src/controls/DataPanel.svelte), from a module of its own that the page's first chunk does
 * not carry.
 */
import { SECTORS, SECTOR_IDS } from '../data/sectors';
import type { Commitment } from './funding';
import type { Scenario } from './scenario';
import { committedByMonth } from './sectorSeries';
import { centralFunding } from './simulate';
import { toArray } from './toArray';

/** Outstanding US$ bn by month, the months of `simulate`'s result. */
export function exposure(s: Scenario, dataAsOf?: string): number[] {
  const { tl, funding } = centralFunding(s, dataAsOf);
  return toArray(exposureSeries(s, tl.months.length, funding.commitments));
}

/** Outstanding US$ bn by month from these commitments. */
function exposureSeries(
  s: Scenario,
  monthCount: number,
  commitments: readonly Commitment[],
): Float64Array {
  const exposure = new Float64Array(monthCount);
  committedByMonth(monthCount, commitments).forEach((row, k) => {
    const id = SECTOR_IDS[k] ?? 'other';
    if (!row.some((v) => v > 0)) return;
    addExposure(
      exposure,
      row,
      exposureKernel(s, SECTORS[id].capexShareByYear, SECTORS[id].lifeYears, monthCount),
    );
  });
  return exposure;
}

/**
 * Exposure per unit committed, by months since funding: equity + (loans + guarantees) x
 * drawn share, times the outstanding share (1 during construction, then straight-line).
 */
function exposureKernel(
  s: Scenario,
  profile: readonly number[],
  lifeYears: number,
  length: number,
): Float64Array {
  const buildMonths = 12 * profile.length;
  const lifeMonths = 12 * lifeYears;
  const drawnShare = s.mix.loans + s.mix.guarantees;
  const kernel = new Float64Array(length);
  let drawn = 0; // drawnFraction(profile, k), built up month by month
  for (let k = 0; k < length; k++) {
    if (k > 0 && k <= buildMonths) drawn += (profile[Math.floor((k - 1) / 12)] ?? 0) / 12;
    const outstanding = k <= buildMonths ? 1 : Math.max(0, 1 - (k - buildMonths) / lifeMonths);
    if (outstanding <= 0) break;
    kernel[k] = (s.mix.equity + drawnShare * drawn) * outstanding;
  }
  return kernel;
}

/** Adds the exposure of one sector's commitments (increments by funding month). */
function addExposure(
  exposure: Float64Array,
  committedByMonth: Float64Array,
  kernel: Float64Array,
): void {
  const n = exposure.length;
  for (let f = 0; f < n; f++) {
    const amount = committedByMonth[f] ?? 0;
    if (amount <= 0) continue;
    for (let t = f; t < n; t++) exposure[t] = (exposure[t] ?? 0) + amount * (kernel[t - f] ?? 0);
  }
}
