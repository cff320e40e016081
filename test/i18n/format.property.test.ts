// @vitest-environment node
/** Invariants of money formatting in every language and currency (fast-check). */
import { describe, test } from 'vitest';
import fc from 'fast-check';
import { createFormatter, type Currency, type Locale } from '../../src/i18n/format';

const RATE = 155;
const COMBOS: [Locale, Currency][] = [
  ['en', 'usd'],
  ['en', 'jpy'],
  ['ja', 'usd'],
  ['ja', 'jpy'],
];

/** Reads a formatted amount back into US$ bn. */
function parse(text: string, currency: Currency): number {
  const sign = text.startsWith('−') ? -1 : 1;
  const number = Number((text.match(/[\d,.]+/)?.[0] ?? 'NaN').replace(/,/g, ''));
  const unit = /tn|兆/.test(text) ? 1000 : /億/.test(text) ? 0.1 : /bn/.test(text) ? 1 : 0;
  return (sign * number * unit) / (currency === 'jpy' ? RATE : 1);
}

const amount = fc.double({ min: 0.01, max: 200_000, noNaN: true });

describe.each(COMBOS)('money in %s, %s', (locale, currency) => {
  const fmt = createFormatter(locale, currency, RATE);

  test('reads back within the rounding of its digits (3 significant, or 0.1 of a trillion)', () => {
    fc.assert(
      fc.property(amount, (usdBn) => {
        const back = parse(fmt.money(usdBn), currency);
        const inCurrency = usdBn * (currency === 'jpy' ? RATE : 1);
        const tolerance = Math.max(inCurrency * 0.005, inCurrency >= 999.5 ? 50 : 0);
        return Math.abs(back - usdBn) * (currency === 'jpy' ? RATE : 1) <= tolerance + 1e-9;
      }),
    );
  });

  test('never decreases as the amount grows, across the bn/tn and 億/兆 boundaries', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return parse(fmt.money(lo), currency) <= parse(fmt.money(hi), currency) + 1e-9;
      }),
    );
  });

  test('a negative amount reads as its positive one with a minus sign', () => {
    fc.assert(
      fc.property(amount, (usdBn) => {
        const negative = fmt.money(-usdBn);
        return negative === `−${fmt.money(usdBn)}` || /^0/.test(fmt.money(usdBn));
      }),
    );
  });
});
