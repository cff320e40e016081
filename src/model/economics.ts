/**
 * Japan's margin and funding decision per sector (MODEL.md §4.1–4.2): debt burden, default
 * probability at the scenario's loan rate, the margin on each instrument, the blended
 * margin M, and the probability a that Japan funds a selection.
 */
import { PARAMS } from '../data/params';
import { SECTORS, SECTOR_IDS, LOSS_GIVEN_DEFAULT, type SectorId } from '../data/sectors';
import { annuity } from './annuity';
import { japanEquityIrr, type EquityIrrInput } from './equityIrr';
import type { Instrument, Scenario } from './scenario';

export interface SectorEconomics {
  /** Annual default probability at the scenario's loan rate, capped at 50%. */
  pdAnnual: number;
  /** Japan's annual margin on each instrument. */
  marginByInstrument: Record<Instrument, number>;
  /** M: the instrument-share-weighted margin, annual. */
  marginAnnual: number;
  /** Japan's equity IRR under the 50/50-then-90/10 split. */
  equityIrr: number;
  /** Year (from the investment) the 90/10 split first applies; null if never. */
  firstSplitYear: number | null;
  /** a: the probability (deterministic run: the fraction) Japan funds a selection. */
  fundingProbability: number;
}

const PD_CAP = 0.5;
/** Loan rate at the default Treasury yield and loan spread: where the table's PDs hold. */
const DEFAULT_LOAN_RATE = PARAMS.treasury10yAnnual.default + PARAMS.loanSpreadAnnual.default;

/**
 * Level annual amount per unit, paid for `lifeYears` after `buildYears` of construction, that
 * is worth 1 at the start at rate x: (1 + x)^T x annuity(x, N). At x = the project IRR it is
 * the project's cash flow C(r); at x = the loan rate, the debt service D(L) per unit of debt.
 */
export function levelFlow(rate: number, buildYears: number, lifeYears: number): number {
  return Math.pow(1 + rate, buildYears) * annuity(rate, lifeYears);
}

/**
 * PD = PD_table x [ (D(L) / C(r)) / (D(L0) / C(r0)) ]^sensitivity, capped at 50% (MODEL.md
 * §4.1 [v2]): debt service due per unit of project cash flow, against the table's case (the
 * default loan rate L0 and the sector's table IRR r0). A higher loan rate raises it; a better
 * project (higher IRR) lowers it.
 */
export function defaultProbability(
  sector: SectorId,
  loanRate: number,
  sensitivity: number,
  irrShift: number,
): number {
  const row = SECTORS[sector];
  const t = row.capexShareByYear.length;
  const n = row.lifeYears;
  const burden = levelFlow(loanRate, t, n) / levelFlow(row.projectIrrAnnual + irrShift, t, n);
  const tableBurden = levelFlow(DEFAULT_LOAN_RATE, t, n) / levelFlow(row.projectIrrAnnual, t, n);
  return Math.min(PD_CAP, row.defaultProbAnnual * Math.pow(burden / tableBurden, sensitivity));
}

/** a = 1 / (1 + exp(-(M - required margin) / strictness)). */
export function fundingProbability(
  marginAnnual: number,
  requiredAnnual: number,
  strictnessAnnual: number,
): number {
  return 1 / (1 + Math.exp(-(marginAnnual - requiredAnnual) / strictnessAnnual));
}

/** The equity split's inputs for a sector under a scenario: the one mapping from the scenario. */
export function equityInput(s: Scenario, sector: SectorId): EquityIrrInput {
  const row = SECTORS[sector];
  return {
    projectIrr: row.projectIrrAnnual + s.irrShiftAnnual,
    lifeYears: row.lifeYears,
    constructionYears: row.capexShareByYear.length,
    deemedRate: s.sofrAnnual + s.deemedSpreadAnnual,
  };
}

export function sectorEconomics(s: Scenario, sector: SectorId): SectorEconomics {
  const loanRate = s.treasury10yAnnual + s.loanSpreadAnnual;
  const fundingCost = s.treasury10yAnnual + s.jbicSpreadAnnual; // c = Treasury + JBIC spread
  const pdAnnual = defaultProbability(sector, loanRate, s.creditSensitivity, s.irrShiftAnnual);
  const expectedLoss = pdAnnual * LOSS_GIVEN_DEFAULT.value;
  const equity = japanEquityIrr(equityInput(s, sector));
  const marginByInstrument: Record<Instrument, number> = {
    equity: equity.irr - fundingCost,
    loans: loanRate - fundingCost - expectedLoss,
    guarantees: s.guaranteeFeeAnnual - expectedLoss, // no funding needed
  };
  const marginAnnual =
    s.mix.equity * marginByInstrument.equity +
    s.mix.loans * marginByInstrument.loans +
    s.mix.guarantees * marginByInstrument.guarantees;
  return {
    pdAnnual,
    marginByInstrument,
    marginAnnual,
    equityIrr: equity.irr,
    firstSplitYear: equity.firstSplitYear,
    fundingProbability: fundingProbability(
      marginAnnual,
      s.requiredMarginAnnual,
      s.strictnessAnnual,
    ),
  };
}

export function allSectorEconomics(s: Scenario): Record<SectorId, SectorEconomics> {
  const out = {} as Record<SectorId, SectorEconomics>;
  for (const id of SECTOR_IDS) out[id] = sectorEconomics(s, id);
  return out;
}
