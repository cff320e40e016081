// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { simulate, DEFAULT_SCENARIO } from '../../src/model';
import { monthWindow } from '../../src/charts/monthWindow';

const months = simulate(DEFAULT_SCENARIO).months;

describe('monthWindow', () => {
  test('the axis runs from the first day of the first month to the last day of the last', () => {
    const w = monthWindow(months, { from: '2025-09', to: '2029-12' });
    expect(w.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2025-09-01', '2029-12-31']);
    expect(w.dates).toHaveLength(52);
  });
  test('a range that starts later cuts every series from its first month', () => {
    const w = monthWindow(months, { from: '2027-01', to: '2028-12' });
    const series = months.map((_, i) => i);
    expect(w.cut(series)).toEqual(series.slice(w.lo, w.hi));
    expect(w.cut(series)[0]).toBe(months.indexOf('2027-01'));
    expect(w.at(months.indexOf('2027-03'))).toBe(2);
    expect(w.domain[0].toISOString().slice(0, 10)).toBe('2027-01-01');
  });
  test('months it does not know fall back to the first and the last', () => {
    const w = monthWindow(months, { from: '1999-01', to: '2099-01' });
    expect(w.lo).toBe(0);
    expect(w.hi).toBe(months.length);
  });
});
