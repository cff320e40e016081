/**
 * Numbers as Intl's en-GB and ja-JP number formats write them, written out here: the first
 * Intl.NumberFormat of a page loads the locale's data, 20–50 ms in one task at start-up (in
 * Chromium on the project's 2-core machine; over 80 ms at a phone's speed), for formats that
 * are all the same four rules. Both locales group the integer part by threes with "," and mark
 * decimals with "."; a negative number (one that rounds to zero too, and −0) starts with "-";
 * a percentage ends in "%". Like ICU, they round the shortest decimal that reads back as the
 * number (what `String(x)` gives: 1.005 to two places is 1.01), half away from zero.
 * test/i18n/decimal.test.ts checks them against Intl in both locales.
 */

/** A decimal: the value 0.`digits` × 10^`point`; `digits` has no leading or trailing zeros ("" is 0). */
interface Decimal {
  readonly digits: string;
  readonly point: number;
}

/** The shortest decimal that reads back as `abs` (finite, not negative). */
function decimalOf(abs: number): Decimal {
  const [, int = '', frac = '', exp = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(
    String(abs),
  ) ?? ['', '0'];
  const all = int + frac;
  const lead = all.length - all.replace(/^0+/, '').length;
  return {
    digits: all.slice(lead).replace(/0+$/, ''),
    point: int.length + Number(exp) - lead,
  };
}

/** `d` rounded to its first `keep` digits, half away from zero. */
function round(d: Decimal, keep: number): Decimal {
  if (keep >= d.digits.length) return d;
  // Below the first digit: rounds to zero (the digit there, a leading zero, is under 5).
  if (keep < 0) return { digits: '', point: d.point };
  const kept = d.digits.slice(0, keep);
  if (d.digits.charCodeAt(keep) < 53 /* '5' */) return { ...d, digits: kept.replace(/0+$/, '') };
  // Up by one in the last kept place, carrying through nines.
  const nines = kept.length - kept.replace(/9+$/, '').length;
  if (nines === kept.length) return { digits: '1', point: d.point + 1 };
  const last = kept.length - nines - 1;
  return { ...d, digits: kept.slice(0, last) + String(Number(kept[last]) + 1) };
}

/** `d` written out with at least `minFraction` decimals, its integer part grouped by threes. */
function write(d: Decimal, minFraction: number): string {
  const { digits, point } = d;
  const int = digits === '' || point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const frac = (
    digits === '' ? '' : point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits
  ).padEnd(minFraction, '0');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** The sign and the text of `value`: `digits` picks what is kept of its decimal. */
function format(
  value: number,
  shift: number,
  keep: (d: Decimal) => number,
  minFraction: number,
): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const d = decimalOf(Math.abs(value));
  const shifted = d.digits === '' ? d : { ...d, point: d.point + shift };
  return sign + write(round(shifted, keep(shifted)), minFraction);
}

/** Exactly `digits` decimals: Intl's `{ minimumFractionDigits: digits, maximumFractionDigits: digits }`. */
export const fixed = (value: number, digits: number): string =>
  format(value, 0, (d) => d.point + digits, digits);

/** At most `digits` decimals: Intl's `{ maximumFractionDigits: digits }`. */
export const upTo = (value: number, digits: number): string =>
  format(value, 0, (d) => d.point + digits, 0);

/** A percentage with exactly `digits` decimals: Intl's `{ style: 'percent', … }` of `fixed`. */
export const percent = (value: number, digits: number): string =>
  `${format(value, 2, (d) => d.point + digits, digits)}%`;

/** Three significant digits: Intl's `{ maximumSignificantDigits: 3 }`. */
export const sig3 = (value: number): string => format(value, 0, () => 3, 0);
