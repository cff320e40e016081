/**
 * The scenario model's one surface (MODEL.md): every name the app and the tests use. Nothing
 * outside src/model imports a model file directly (ESLint enforces it). Pure: no DOM, no
 * clock, no unseeded randomness.
 */
export {
  DEFAULT_SCENARIO,
  INSTRUMENTS,
  type Scenario,
  type Selection,
  type HazardEvent,
  type Instrument,
  type InstrumentMix,
  type SectorMix,
  type SectorId,
  type GoodsId,
  type GoodsClass,
  type GoodsTable,
  type LagRule,
} from './scenario';
export { simulate, monthsBehind, type Result, type Series } from './simulate';
export { loadExposure } from './loadExposure';
export type { Summary } from './summary';
export { japanEquityIrr, type EquityIrrInput, type EquityIrrResult } from './equityIrr';
export { equityCashSplit, type EquityCashSplit } from './equitySplit';
export { sectorEconomics, defaultProbability, type SectorEconomics } from './economics';
export { normalizeScenario, describe, type Correction, type Normalized } from './normalize';
export {
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  ROW_DATES,
  MAX_ROW_VALUE_USD_BN,
  MAX_EVENT_MULTIPLIER,
} from './rules';
export * as transitions from './transitions';
export { applyTransition, type Transition, type ShareGroupId, type ShareKey } from './transitions';
export { presetScenario } from './presets';
export {
  runMonteCarlo,
  createMonteCarloRun,
  mergeMonteCarlo,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloPart,
  type PathRange,
} from './montecarlo';
export type { Band } from './quantiles';
export {
  attribute,
  attributions,
  diffScenarios,
  COMPARED_INPUTS,
  EXACT_LIMIT,
  type ComparedInput,
  type InputDiff,
  type Contribution,
  type Outcome,
} from './compare';
export {
  sensitivity,
  sensitivities,
  plausibleRanges,
  type Swing,
  type SweptInput,
} from './sensitivity';
export { solveInput, solvePace, type SolvedOutcome } from './solve';
export { meets, targetGap, targetOutcome, cleanTarget, type Target } from './target';
export { SOLVE_LEVERS, isSolveLever, leverScale, snapAway, type SolveLever } from './levers';
export { solveLever, GRID_POINTS, type LeverChange, type LeverSolve } from './solveLever';
export { solvePair, type PairSolve } from './solvePair';
export { shortfall, creditGaps, CREDIT_GAPS, type CreditGap, type Shortfall } from './shortfall';
export {
  whatItTakes,
  withChanges,
  outcomesOf,
  CHECK_PATHS,
  type WhatItTakes,
  type LeverAnswer,
  type PairAnswer,
  type Evidence,
  type Outcomes,
} from './whatItTakes';
export { RISK_FACTORS, type RiskFactor } from './hazard';
export { largestCause, type WhyParts } from './why';
export { averageRates, type TariffOutcome } from './tariffs';
export { wilsonInterval } from './wilson';
export { dayFromIso, isoFromDay } from './dates';
export { MODEL_VERSION } from './version';
// The model's parts the tests check one by one (they are pure, and part of the surface).
export { annuity } from './annuity';
export { fundingProbability, levelFlow, allSectorEconomics } from './economics';
export { BAND_PROBS, bands, columnBands, scaleBand } from './quantiles';
export { createQuantileScratch, quantilesInPlace, quantilesOf, select } from './quickselect';
export { Sfc32, createRng, createNormal, exponential, type Rng } from './rng';
export { normalizeShares } from './shares';
export { setShare } from './shareMove';
export {
  addBusinessDays,
  fundingDay,
  monthIndexOfDay,
  monthIndexOfLabel,
  monthLabel,
  firstDayOfMonth,
  lastDayOfMonth,
  yearOfDay,
  firstDayOfYear,
} from './dates';
export { timeline, type Timeline } from './timeline';
