/** The scenario model's public names (MODEL.md). Pure: no DOM, no clock, no unseeded randomness. */
export { DEFAULT_SCENARIO, INSTRUMENTS } from './scenario';
export type {
  Scenario,
  Selection,
  HazardEvent,
  Instrument,
  InstrumentMix,
  SectorMix,
  SectorId,
  LagRule,
} from './scenario';
export { simulate } from './simulate';
export type { Result, Series } from './simulate';
export type { Summary } from './summary';
export { japanEquityIrr } from './equityIrr';
export type { EquityIrrInput, EquityIrrResult } from './equityIrr';
export type { SectorEconomics } from './economics';
