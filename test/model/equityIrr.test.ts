// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, equityCashSplit, japanEquityIrr } from '../../src/model';

describe('japanEquityIrr', () => {
  test.each([
    {
      why: 'MODEL.md reference 1: the deemed balance is never repaid',
      input: { projectIrr: 0.1, lifeYears: 20, constructionYears: 3, deemedRate: 0.0565 },
      cashFlow: 0.156339,
      irrPercent: 3.517,
      firstSplitYear: null,
    },
    {
      why: 'MODEL.md reference 2: the 90/10 split first applies in year 15',
      input: { projectIrr: 0.15, lifeYears: 20, constructionYears: 3, deemedRate: 0.04 },
      cashFlow: 0.242977,
      irrPercent: 4.9594,
      firstSplitYear: 15,
    },
  ])('$why', ({ input, cashFlow, irrPercent, firstSplitYear }) => {
    const r = japanEquityIrr(input);
    expect(r.cashFlowPerUnit).toBeCloseTo(cashFlow, 6);
    // Four decimal places of a percent.
    expect(Math.abs(r.irr * 100 - irrPercent)).toBeLessThan(0.00005);
    expect(r.firstSplitYear).toBe(firstSplitYear);
  });

  test('a zero project IRR returns less than the money: a negative IRR', () => {
    const r = japanEquityIrr({
      projectIrr: 0,
      lifeYears: 10,
      constructionYears: 2,
      deemedRate: 0.05,
    });
    expect(r.irr).toBeLessThan(0);
    expect(Number.isFinite(r.irr)).toBe(true);
  });

  test('with a zero deemed rate Japan is repaid early and then gets 10%', () => {
    const r = japanEquityIrr({
      projectIrr: 0.12,
      lifeYears: 20,
      constructionYears: 2,
      deemedRate: 0,
    });
    expect(r.firstSplitYear).not.toBeNull();
  });
});

describe('japanEquityIrr keeps its last answers', () => {
  const input = { projectIrr: 0.15, lifeYears: 20, constructionYears: 3, deemedRate: 0.04 };
  test('the same input gives the same (frozen) answer; another input its own', () => {
    const a = japanEquityIrr(input);
    expect(japanEquityIrr({ ...input })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(japanEquityIrr({ ...input, deemedRate: 0.05 }).irr).not.toBe(a.irr);
    expect(japanEquityIrr({ ...input, lifeYears: 21 }).irr).not.toBe(a.irr);
    expect(japanEquityIrr({ ...input, constructionYears: 4 }).irr).not.toBe(a.irr);
  });
  test('past the answers it keeps, it solves again, to the same answer', () => {
    const first = japanEquityIrr(input);
    for (let i = 0; i < 600; i++) japanEquityIrr({ ...input, projectIrr: 0.05 + i / 10_000 });
    const again = japanEquityIrr(input);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('equityCashSplit keeps its last answers', () => {
  test('a change the split does not depend on (the pace) gives back the same split, frozen; one it does, another', () => {
    const a = equityCashSplit(DEFAULT_SCENARIO, 'gas');
    expect(equityCashSplit({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 150 }, 'gas')).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.japan) && Object.isFrozen(a.us)).toBe(true);
    const shifted = equityCashSplit({ ...DEFAULT_SCENARIO, irrShiftAnnual: 0.01 }, 'gas');
    expect(shifted).not.toBe(a);
    expect(shifted.japan).not.toEqual(a.japan);
  });
  test('past the answers it keeps, it solves again, to the same answer', () => {
    const first = equityCashSplit(DEFAULT_SCENARIO, 'gas');
    for (let i = 0; i < 100; i++)
      equityCashSplit({ ...DEFAULT_SCENARIO, irrShiftAnnual: i / 10_000 }, 'gas');
    const again = equityCashSplit(DEFAULT_SCENARIO, 'gas');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
