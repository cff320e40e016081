/**
 * Numbers as Intl's en-GB and ja-JP number formats write them, written out here: the first
 * Intl.NumberFormat of a page loads the locale's data, 20–50 ms in one task at start-up (in
 * Chromium on the project's 2-core machine; over 80 ms at a phone's speed), for formats that
 * are all the same four rules. Both locales group the integer part by threes with "," and mark
 * decimals with "."; a negative number (one that rounds to zero too, and −0) starts with "-";
 * a percentage ends in "%". Like ICU, they round the shortest decimal that reads back as the
 * number (what `toExponential()` gives: 1.005 to two places is 1.01), half away from zero.
 * test/i18n/decimal.test.ts checks them against Intl in both locales.
 */

/**
 * `value` written out: `shift` moves its decimal point right (2 for a percentage), `keep` says
 * how many of its digits to keep given how many stand before the point, and at least
 * `minFraction` decimals are written.
 */
function format(
  value: number,
  shift: number,
  keep: (point: number) => number,
  minFraction: number,
): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : `${sign}∞`;
  // The shortest decimal that reads back as the number: its digits, and how many of them stand
  // before the point ("1.005e+0": 1005, one).
  const [mantissa = '', exponent] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1 + shift;
  const kept = keep(point);
  if (kept < digits.length) {
    // Half away from zero: up by one in the last kept place if the first dropped digit is 5 or more.
    const up = kept >= 0 && digits.charCodeAt(kept) >= 53; /* '5' */
    digits = kept > 0 ? digits.slice(0, kept) : '';
    if (up) {
      const next = String(BigInt(digits || '0') + 1n);
      // Carried through nines into a new place (999 to 1000).
      if (next.length > digits.length) point++;
      digits = next;
    }
  }
  const int = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(point))
    .replace(/0+$/, '')
    .padEnd(minFraction, '0');
  const grouped = int.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+$)/g, ',');
  return sign + (fraction ? `${grouped}.${fraction}` : grouped);
}

/** Exactly `digits` decimals: Intl's `{ minimumFractionDigits: digits, maximumFractionDigits: digits }`. */
export const fixed = (value: number, digits: number): string =>
  format(value, 0, (point) => point + digits, digits);

/** At most `digits` decimals: Intl's `{ maximumFractionDigits: digits }`. */
export const upTo = (value: number, digits: number): string =>
  format(value, 0, (point) => point + digits, 0);

/** A percentage with exactly `digits` decimals: Intl's `{ style: 'percent', … }` of `fixed`. */
export const percent = (value: number, digits: number): string =>
  `${format(value, 2, (point) => point + digits, digits)}%`;

/** Three significant digits: Intl's `{ maximumSignificantDigits: 3 }`. */
export const sig3 = (value: number): string => format(value, 0, () => 3, 0);
