// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { SECTORS } from '../../src/data/sectors';
import { DEFAULT_SCENARIO } from '../../src/model';
import {
  coverage,
  defaultProbability,
  fundingProbability,
  sectorEconomics,
} from '../../src/model/economics';
import { annuity } from '../../src/model/annuity';

describe('annuity', () => {
  test.each([
    ['zero rate: straight repayment', 0, 10, 0.1],
    ['10% over 20 years', 0.1, 20, 0.117459625],
  ])('%s', (_why, rate, years, expected) => {
    expect(annuity(rate, years)).toBeCloseTo(expected, 8);
  });
});

describe('coverage', () => {
  test('a project earning exactly the loan rate covers its debt once', () => {
    expect(coverage(0.07, 0.07, 20)).toBeCloseTo(1, 12);
  });
  test('higher loan rates thin the coverage', () => {
    expect(coverage(0.09, 0.08, 25)).toBeLessThan(coverage(0.09, 0.06, 25));
  });
});

describe('defaultProbability', () => {
  test('holds the table value at the default loan rate', () => {
    expect(defaultProbability('gas', 0.062, 3, 0)).toBeCloseTo(SECTORS.gas.defaultProbAnnual, 12);
  });
  test('rises with the loan rate when credit is sensitive', () => {
    expect(defaultProbability('gas', 0.09, 3, 0)).toBeGreaterThan(SECTORS.gas.defaultProbAnnual);
  });
  test('is capped at 50%', () => {
    expect(defaultProbability('other', 0.16, 10, 0)).toBe(0.5);
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

describe('sectorEconomics at the defaults (MODEL.md §2: gas 98%, nuclear 90%)', () => {
  test.each([
    ['gas', 0.976],
    ['nuclear', 0.902],
  ] as const)('%s is funded with probability about %s', (sector, a) => {
    expect(sectorEconomics(DEFAULT_SCENARIO, sector).fundingProbability).toBeCloseTo(a, 3);
  });
  test('the gas loan margin is loan rate - funding cost - PD x LGD', () => {
    const e = sectorEconomics(DEFAULT_SCENARIO, 'gas');
    expect(e.marginByInstrument.loans).toBeCloseTo(0.062 - 0.0455 - 0.01 * 0.4, 12);
    expect(e.marginByInstrument.guarantees).toBeCloseTo(0.0075 - 0.004, 12);
  });
});
