// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessDays,
  dayFromIso,
  fundingDay,
  isoFromDay,
  monthIndexOfDay,
  monthIndexOfLabel,
  monthLabel,
} from '../../src/model';

/** Day by day, the obvious way: the reference for the constant-time version. */
function addBusinessDaysSlowly(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0;) {
    d += 1;
    const weekday = new Date(d * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return d;
}

describe('fundingDay', () => {
  test.each([
    ['tranche 1, business days', '2026-02-17', 'business', '2026-04-21'],
    ['tranche 1, calendar days', '2026-02-17', 'calendar', '2026-04-03'],
    ['tranche 2, business days', '2026-03-19', 'business', '2026-05-21'],
    ['tranche 2, calendar days', '2026-03-19', 'calendar', '2026-05-03'],
    ['a Sunday selection counts from the next Monday', '2026-03-01', 'business', '2026-05-01'],
    ['a Saturday selection, calendar days', '2026-02-28', 'calendar', '2026-04-14'],
  ] as const)('%s: %s + 45 days is %s', (_why, selected, rule, funded) => {
    expect(isoFromDay(fundingDay(dayFromIso(selected), 45, rule))).toBe(funded);
  });
});

describe('addBusinessDays', () => {
  test('matches counting day by day, for any start and lag', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 25_000 }),
        fc.integer({ min: 0, max: 200 }),
        (day, n) => {
          expect(addBusinessDays(day, n)).toBe(addBusinessDaysSlowly(day, n));
        },
      ),
    );
  });
});

describe('dayFromIso', () => {
  test.each([
    ['a real date', '2029-01-19', false],
    ['February 30th does not exist', '2026-02-30', true],
    ['not a date at all', 'soon', true],
    ['a leap day', '2028-02-29', false],
  ])('%s', (_why, iso, nan) => {
    expect(Number.isNaN(dayFromIso(iso))).toBe(nan);
  });
});

describe('month indexes', () => {
  test('month 0 is September 2025', () => {
    expect(monthLabel(0)).toBe('2025-09');
    expect(monthIndexOfLabel('2025-09')).toBe(0);
    expect(monthIndexOfDay(dayFromIso('2025-09-04'))).toBe(0);
  });
  test('the deadline falls in month 40, January 2029', () => {
    expect(monthIndexOfDay(dayFromIso('2029-01-19'))).toBe(40);
    expect(monthLabel(40)).toBe('2029-01');
  });
  test('every day of the look-up table (2025–2045) and a year either side has its calendar month', () => {
    const month = (day: number) => {
      const d = new Date(day * 86_400_000);
      return (d.getUTCFullYear() - 2025) * 12 + d.getUTCMonth() - 8;
    };
    const wrong: string[] = [];
    for (let day = dayFromIso('2024-01-01'); day <= dayFromIso('2046-12-31'); day++)
      if (monthIndexOfDay(day) !== month(day)) wrong.push(isoFromDay(day));
    expect(wrong).toEqual([]);
  });
  test('labels and indexes round-trip for every day to 2045', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromIso('2025-09-01'), max: dayFromIso('2045-12-31') }),
        (day) => {
          const m = monthIndexOfDay(day);
          expect(monthLabel(m)).toBe(isoFromDay(day).slice(0, 7));
        },
      ),
    );
  });
});
