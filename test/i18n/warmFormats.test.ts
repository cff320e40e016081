// @vitest-environment node
import { afterEach, expect, test } from 'vitest';

const Real = Intl.NumberFormat;
afterEach(() => void (Intl.NumberFormat = Real));

test('the number formats the first screen uses are made ahead, once: formatting then makes none', async () => {
  const made: string[] = [];
  Intl.NumberFormat = function (tag: string, options?: Intl.NumberFormatOptions) {
    made.push(tag);
    return new Real(tag, options);
  } as unknown as typeof Intl.NumberFormat;
  const { createFormatter, warmNumberFormats } = await import('../../src/i18n/format');
  warmNumberFormats('ja');
  const warmed = made.length;
  expect(warmed).toBeGreaterThan(0);
  expect(made.every((tag) => tag === 'ja-JP')).toBe(true);
  warmNumberFormats('ja');
  const fmt = createFormatter('ja', 'usd', 155);
  fmt.share(0.44, 0);
  fmt.number(1000);
  fmt.money(304.2);
  expect(made).toHaveLength(warmed);
});
