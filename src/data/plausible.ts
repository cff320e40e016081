/**
 * Where each swept input plausibly lies, sourced or a labelled assumption: the ranges the
 * tornado sweeps (model `sensitivity`) and in which "what would it take" measures a lever's
 * change (model `leverScale`); absent for the terms of the deal and display settings. Apart
 * from the inputs themselves (params.ts), so what only computes a scenario (an embed) does not
 * carry them.
 */
import {
  ANNOUNCED_TOTAL_USD_BN,
  EXPORTS_2025_USD_BN,
  FIRST_ANNOUNCED,
  LAST_ANNOUNCED,
  TRANCHE_PACE_USD_BN_PER_YEAR,
  type ParamKey,
  type Plausible,
} from './params';
import { MARKETS } from './markets';
import { assumption, cite } from './provenance';

const tranchePaceSource = assumption('basis.tranchePace', {
  total: { usdBn: Math.round(ANNOUNCED_TOTAL_USD_BN) },
  from: { date: FIRST_ANNOUNCED },
  to: { date: LAST_ANNOUNCED },
});

export const PLAUSIBLE: Readonly<Partial<Record<ParamKey, Plausible>>> = {
  // 45 calendar days are about 32 business days: the sources' two readings.
  fundingLagDays: { low: 32, high: 45, source: cite('ft45Days') },
  // From nothing more (no selection since March) to the pace of the two tranches.
  paceUsdBnPerYear: { low: 0, high: TRANCHE_PACE_USD_BN_PER_YEAR, source: tranchePaceSource },
  sofrAnnual: {
    low: MARKETS.sofr.value - 0.0075,
    high: MARKETS.sofr.value + 0.0075,
    source: assumption('basis.plausible.sofr'),
  },
  treasury10yAnnual: {
    low: MARKETS.treasury10yLow2026.value,
    high: MARKETS.treasury10yHigh2026.value,
    source: MARKETS.treasury10yLow2026.source,
  },
  jbicSpreadAnnual: { low: 0.002, high: 0.005, source: assumption('basis.plausible.jbicSpread') },
  loanSpreadAnnual: { low: 0.0175, high: 0.0325, source: cite('nrfSpreads') },
  guaranteeFeeAnnual: {
    low: 0.005,
    high: 0.01,
    source: assumption('basis.plausible.guaranteeFee'),
  },
  deemedSpreadAnnual: { low: 0.01, high: 0.03, source: assumption('basis.plausible.deemedSpread') },
  irrShiftAnnual: { low: -0.02, high: 0.02, source: assumption('basis.plausible.irrShift') },
  requiredMarginAnnual: {
    low: -0.0025,
    high: 0.01,
    source: assumption('basis.plausible.requiredMargin'),
  },
  strictnessAnnual: { low: 0.001, high: 0.005, source: assumption('basis.plausible.strictness') },
  creditSensitivity: { low: 1, high: 5, source: assumption('basis.plausible.creditSensitivity') },
  // Washington's reading to Tokyo's.
  guaranteeCreditWeight: {
    low: 0.25,
    high: 1,
    source: assumption('basis.plausible.guaranteeWeight'),
  },
  exportsUsdBn: {
    low: Math.round(EXPORTS_2025_USD_BN * 0.9),
    high: Math.round(EXPORTS_2025_USD_BN * 1.1),
    source: assumption('basis.plausible.exports'),
  },
  threatRateAnnual: { low: 0.1, high: 1, source: assumption('basis.plausible.threatRate') },
  // Fully implemented (20.4%) to fully, partly or implemented then withdrawn (34.7%).
  implementedShare: { low: 0.204, high: 0.347, source: cite('bloombergTaco') },
  gapMultiplier: { low: 1.5, high: 3, source: assumption('basis.plausible.multiplier') },
  declineMultiplier: { low: 2, high: 5, source: assumption('basis.plausible.multiplier') },
  deadlineFactor: { low: 0.5, high: 1.5, source: assumption('basis.plausible.deadlineFactor') },
  successorFactor: { low: 0, high: 1, source: assumption('basis.plausible.successorFactor') },
  // NRI: 0.24% for 10 points; its 0.55% for the 15% deal is about 0.37% per 10 points.
  gdpPerTenPointsAnnual: { low: 0.0024, high: 0.0037, source: cite('nriTenPercent') },
};
