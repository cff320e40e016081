// @vitest-environment node
import { afterEach, expect, test } from 'vitest';

const Real = Intl.NumberFormat;
afterEach(() => void (Intl.NumberFormat = Real));

test('formatting makes no Intl.NumberFormat (the first of a page loads its locale’s data: a long task at start-up)', async () => {
  let made = 0;
  Intl.NumberFormat = function (tag: string, options?: Intl.NumberFormatOptions) {
    made++;
    return new Real(tag, options);
  } as unknown as typeof Intl.NumberFormat;
  const { createFormatter } = await import('../../src/i18n/format');
  for (const locale of ['en', 'ja'] as const)
    for (const currency of ['usd', 'jpy'] as const) {
      const fmt = createFormatter(locale, currency, 155);
      expect(fmt.share(0.44, 0)).toBe('44%');
      fmt.number(1000);
      fmt.money(304.2);
      fmt.points(-0.021);
      fmt.tick(12.5, 2.5);
      fmt.moneyTick(250, 50);
      fmt.perUnit(1.234, 2);
      fmt.date('2029-01-19');
    }
  expect(made).toBe(0);
});
