// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { formatDate, formatShare, formatUsdBn } from '../../src/i18n/format';

describe('formatUsdBn', () => {
  test.each([
    ['the pledge', 550, 'US$550bn'],
    ['a round lower bound', 50, 'US$50bn'],
    ['one decimal under 100', 33.3, 'US$33.3bn'],
    ['three significant digits', 203.06, 'US$203bn'],
    ['a trillion and more', 1000, 'US$1.0tn'],
    ['999.96bn rounds up into trillions', 999.96, 'US$1.0tn'],
    ['999bn stays in billions', 999, 'US$999bn'],
    ['1.25tn', 1250, 'US$1.3tn'],
    ['small amounts', 0.6, 'US$0.6bn'],
    ['negative amounts', -12, '−US$12bn'],
  ])('%s: %s → %s', (_why, value, text) => {
    expect(formatUsdBn(value)).toBe(text);
  });
});

describe('formatShare', () => {
  test.each([
    [0.15, '15.0%'],
    [0.9381, '93.8%'],
    [1, '100.0%'],
  ])('%s → %s', (value, text) => {
    expect(formatShare(value)).toBe(text);
  });
});

describe('formatDate', () => {
  test('ISO dates read as day, short month, year', () => {
    expect(formatDate('2029-01-19')).toBe('19 Jan 2029');
  });
});
