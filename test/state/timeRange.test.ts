// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_RANGE,
  MIN_RANGE_MONTHS,
  RANGE_FIRST,
  RANGE_LAST,
  cleanRange,
  parseMonth,
  parseRange,
  presetRange,
  rangeFromIndexes,
  rangeIndex,
} from '../../src/state/timeRange';
import { presetOf } from '../../src/state/rangePreset';

describe('presetRange', () => {
  test.each([
    ['"to the deadline" ends in the deadline’s month', 'deadline', '2029-01-19', '2029-01'],
    ['and follows the scenario’s deadline', 'deadline', '2030-06-30', '2030-06'],
    ['"to 2030" ends with December 2030', 'to2030', '2029-01-19', '2030-12'],
    ['"whole life" is every month the model runs', 'whole', '2029-01-19', RANGE_LAST],
  ] as const)('%s', (_, preset, periodEnd, to) => {
    expect(presetRange(preset, periodEnd)).toEqual({ from: RANGE_FIRST, to });
  });
  test('the default is "to 2030", and a range of one’s own matches no preset', () => {
    expect(presetOf(DEFAULT_RANGE, '2029-01-19')).toBe('to2030');
    expect(presetOf({ from: '2026-01', to: '2029-12' }, '2029-01-19')).toBeNull();
  });
});

describe('rangeFromIndexes', () => {
  test.each([
    ['in order', 3, 40, '2025-12', '2029-01'],
    ['put in order', 40, 3, '2025-12', '2029-01'],
    ['clamped to the model’s months', -5, 999, RANGE_FIRST, RANGE_LAST],
    ['widened to the shortest span, forward', 10, 11, '2026-07', '2026-12'],
    ['widened backward at the last month', 999, 999, '2040-07', RANGE_LAST],
  ])('%s', (_, a, b, from, to) => {
    const r = rangeFromIndexes(a, b);
    expect(r).toEqual({ from, to });
    expect(rangeIndex(r.to) - rangeIndex(r.from) + 1).toBeGreaterThanOrEqual(MIN_RANGE_MONTHS);
  });
  test('cleanRange is the same on month labels', () => {
    expect(cleanRange('2029-12', '2026-01')).toEqual({ from: '2026-01', to: '2029-12' });
  });
});

describe('parseRange and parseMonth', () => {
  test.each([
    ['2025-09..2029-12', { range: { from: '2025-09', to: '2029-12' }, adjusted: false }],
    ['2025-01..2029-12', { range: { from: '2025-09', to: '2029-12' }, adjusted: true }],
    ['2025-09..', null],
    ['2025-09..2026-01..2027-01', null],
    ['25-09..29-12', null],
  ])('%s', (text, expected) => {
    expect(parseRange(text)).toEqual(expected);
  });
  test.each([
    ['2027-03', '2027-03'],
    [' 2027-03 ', '2027-03'],
    ['2027-3', null],
    ['2027-00', null],
    ['March 2027', null],
  ])('"%s"', (text, expected) => {
    expect(parseMonth(text)).toBe(expected);
  });
});
