// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SECTORS, LOSS_GIVEN_DEFAULT } from '../../src/data/sectors';
import { PARAMS } from '../../src/data/params';
import {
  DEFAULT_SCENARIO,
  annuity,
  defaultProbability,
  fundingProbability,
  levelFlow,
  sectorEconomics,
} from '../../src/model';

const L0 = PARAMS.treasury10yAnnual.default + PARAMS.loanSpreadAnnual.default;

describe('annuity', () => {
  test.each([
    ['zero rate: straight repayment', 0, 10, 0.1],
    ['10% over 20 years', 0.1, 20, 0.117459625],
  ])('%s', (_why, rate, years, expected) => {
    expect(annuity(rate, years)).toBeCloseTo(expected, 8);
  });
});

describe('levelFlow: (1 + x)^T x annuity(x, N)', () => {
  test('the reference project: r = 10%, N = 20, T = 3 gives C = 0.156339', () => {
    expect(levelFlow(0.1, 3, 20)).toBeCloseTo(0.156339, 6);
  });
  test('with no construction years it is the annuity', () => {
    expect(levelFlow(0.07, 0, 20)).toBeCloseTo(annuity(0.07, 20), 12);
  });
});

describe('defaultProbability (MODEL.md §4.1 [v2]: debt burden per unit of project cash flow)', () => {
  test('holds the table value at the default loan rate and the table IRR', () => {
    for (const id of ['gas', 'nuclear', 'ai', 'pharma'] as const)
      expect(defaultProbability(id, L0, 3, 0)).toBeCloseTo(SECTORS[id].defaultProbAnnual, 12);
  });
  test('a higher loan rate raises it', () => {
    expect(defaultProbability('gas', L0 + 0.02, 3, 0)).toBeGreaterThan(
      SECTORS.gas.defaultProbAnnual,
    );
  });
  test('a better project (higher IRR) lowers it; a worse one raises it', () => {
    expect(defaultProbability('gas', L0, 3, 0.02)).toBeLessThan(SECTORS.gas.defaultProbAnnual);
    expect(defaultProbability('gas', L0, 3, -0.02)).toBeGreaterThan(SECTORS.gas.defaultProbAnnual);
  });
  test('is the table value times the burden ratio to the sensitivity', () => {
    const { capexShareByYear, lifeYears, projectIrrAnnual } = SECTORS.nuclear;
    const t = capexShareByYear.length;
    const burden = (l: number, r: number) =>
      levelFlow(l, t, lifeYears) / levelFlow(r, t, lifeYears);
    const ratio = burden(0.08, projectIrrAnnual + 0.01) / burden(L0, projectIrrAnnual);
    expect(defaultProbability('nuclear', 0.08, 2, 0.01)).toBeCloseTo(
      SECTORS.nuclear.defaultProbAnnual * ratio ** 2,
      12,
    );
  });
  test('with no sensitivity nothing moves it', () => {
    expect(defaultProbability('gas', 0.12, 0, -0.04)).toBe(SECTORS.gas.defaultProbAnnual);
  });
  test('is capped at 50%', () => {
    expect(defaultProbability('other', 0.16, 10, -0.05)).toBe(0.5);
  });
});

describe('fundingProbability', () => {
  test.each([
    ['margin equal to the requirement: a coin toss', 0.01, 0.01, 0.0025, 0.5],
    ['one strictness above: logistic(1)', 0.0125, 0.01, 0.0025, 1 / (1 + Math.exp(-1))],
    ['far below: almost never', -0.05, 0, 0.0025, 0],
  ])('%s', (_why, margin, required, strictness, expected) => {
    expect(fundingProbability(margin, required, strictness)).toBeCloseTo(expected, 6);
  });
});

describe('sectorEconomics', () => {
  test('loss given default is 20% (Moody’s: recoveries average 80%)', () => {
    expect(LOSS_GIVEN_DEFAULT.value).toBe(0.2);
  });
  test('the gas loan margin is loan rate - funding cost - PD x LGD; guarantees earn fee - PD x LGD', () => {
    const s = DEFAULT_SCENARIO;
    const e = sectorEconomics(s, 'gas');
    const loanRate = s.treasury10yAnnual + s.loanSpreadAnnual;
    const cost = s.treasury10yAnnual + s.jbicSpreadAnnual;
    expect(e.marginByInstrument.loans).toBeCloseTo(loanRate - cost - e.pdAnnual * 0.2, 12);
    expect(e.marginByInstrument.guarantees).toBeCloseTo(
      s.guaranteeFeeAnnual - e.pdAnnual * 0.2,
      12,
    );
  });
  test('a higher sector IRR raises Japan’s chance of funding; a higher loan spread’s expected loss is priced in', () => {
    const base = sectorEconomics(DEFAULT_SCENARIO, 'nuclear');
    const better = sectorEconomics({ ...DEFAULT_SCENARIO, irrShiftAnnual: 0.02 }, 'nuclear');
    expect(better.pdAnnual).toBeLessThan(base.pdAnnual);
    expect(better.fundingProbability).toBeGreaterThan(base.fundingProbability);
  });
  test('with the defaults Japan funds most of what is selected (no refusal has been reported)', () => {
    for (const id of ['gas', 'nuclear'] as const)
      expect(sectorEconomics(DEFAULT_SCENARIO, id).fundingProbability).toBeGreaterThan(0.9);
  });
});
