// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createFormatter, monthName, stepDigits } from '../../src/i18n/format';

const RATE = 155;
const enUsd = createFormatter('en', 'usd', RATE);
const enJpy = createFormatter('en', 'jpy', RATE);
const jaUsd = createFormatter('ja', 'usd', RATE);
const jaJpy = createFormatter('ja', 'jpy', RATE);

describe('money: English, dollars', () => {
  test.each([
    ['the pledge', 550, 'US$550bn'],
    ['a round lower bound', 50, 'US$50bn'],
    ['one decimal under 100', 33.3, 'US$33.3bn'],
    ['three significant digits', 203.06, 'US$203bn'],
    ['a trillion', 1000, 'US$1.0tn'],
    ['999.9bn rounds up into trillions', 999.9, 'US$1.0tn'],
    ['999.96bn rounds up into trillions', 999.96, 'US$1.0tn'],
    ['999bn is exact at three digits, so stays', 999, 'US$999bn'],
    ['1.2tn', 1200, 'US$1.2tn'],
    ['1.25tn', 1250, 'US$1.3tn'],
    ['small amounts', 0.6, 'US$0.6bn'],
    ['negative amounts', -12, '−US$12bn'],
    ['zero', 0, 'US$0bn'],
  ])('%s: %s → %s', (_why, value, text) => {
    expect(enUsd.money(value)).toBe(text);
  });
});

describe('money: English, yen', () => {
  test.each([
    ['the pledge at ¥155', 550, '¥85.3tn'],
    ['US$1bn', 1, '¥155bn'],
    ['just under ¥1tn rounds into trillions', 999.9 / RATE, '¥1.0tn'],
    ['¥999bn stays', 999 / RATE, '¥999bn'],
  ])('%s: %s → %s', (_why, value, text) => {
    expect(enJpy.money(value)).toBe(text);
  });
});

describe('money: Japanese, dollars', () => {
  test.each([
    ['the pledge', 550, '5,500億ドル'],
    ['the Ohio plant', 33.3, '333億ドル'],
    ['three significant digits', 203.06, '2,030億ドル'],
    ['9,999億 rounds to 1兆', 999.9, '1兆ドル'],
    ['9,990億 stays', 999, '9,990億ドル'],
    ['1.2兆', 1200, '1.2兆ドル'],
    ['small amounts', 0.6, '6億ドル'],
    ['zero is plain', 0, '0ドル'],
    ['negative amounts', -12, '−120億ドル'],
  ])('%s: %s → %s', (_why, value, text) => {
    expect(jaUsd.money(value)).toBe(text);
  });
});

describe('money: Japanese, yen', () => {
  test.each([
    ['the pledge at ¥155', 550, '85.3兆円'],
    ['US$1bn', 1, '1,550億円'],
    ['9,999億円 rounds to 1兆円', 999.9 / RATE, '1兆円'],
    ['12.3兆円', 12_300 / RATE, '12.3兆円'],
    ['123兆円 keeps three digits', 123_400 / RATE, '123兆円'],
    ['1.045兆円 is rounded once, to 1兆円', 1045 / RATE, '1兆円'],
  ])('%s: %s → %s', (_why, value, text) => {
    expect(jaJpy.money(value)).toBe(text);
  });
});

describe('amounts a year, per unit and signed', () => {
  test.each([
    [enUsd.moneyPerYear(100), 'US$100bn/yr'],
    [jaUsd.moneyPerYear(100), '年1,000億ドル'],
    [enUsd.perUnit(1.234, 2), 'US$1.23'],
    [jaUsd.perUnit(1.234, 2), '1.23ドル'],
    [enJpy.perUnit(1, 0), '¥1'],
    [jaJpy.perUnit(1, 0), '1円'],
    [enUsd.moneySigned(5.2), '+US$5.2bn'],
    [jaJpy.moneySigned(-20), '−3.1兆円'],
    [enUsd.points(0.021), '2.1 pt'],
    [jaUsd.points(-0.021), '−2.1ポイント'],
    [jaUsd.points(-0.0001), '0.0ポイント'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('shares, numbers and dates in both languages', () => {
  test.each([
    [enUsd.share(0.15), '15.0%'],
    [jaUsd.share(0.15), '15.0%'],
    [enUsd.share(0.9381), '93.8%'],
    [enUsd.share(0.2, 0), '20%'],
    [enUsd.number(10_000), '10,000'],
    [jaUsd.number(10_000), '10,000'],
    [enUsd.date('2029-01-19'), '19 Jan 2029'],
    [jaUsd.date('2029-01-19'), '2029年1月19日'],
    [enUsd.month(new Date(Date.UTC(2029, 0, 1))), 'Jan 2029'],
    [jaUsd.month(new Date(Date.UTC(2029, 0, 1))), '2029年1月'],
    [enUsd.year(new Date(Date.UTC(2029, 0, 1))), '2029'],
    [jaUsd.year(new Date(Date.UTC(2029, 0, 1))), '2029年'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('money axes: a unit per language and currency, ticks with the digits their step needs', () => {
  test.each([
    [enUsd, 'US$ bn', 1],
    [jaUsd, '億ドル', 10],
    [enJpy, '¥ tn', 0.155],
    [jaJpy, '兆円', 0.155],
  ])('%#: %s', (fmt, unit, factor) => {
    expect(fmt.moneyAxis.unit).toBe(unit);
    expect(fmt.moneyAxis.factor).toBeCloseTo(factor, 10);
  });
  test.each([
    [enUsd.moneyTick(200, 100), '200'],
    [jaUsd.moneyTick(200, 100), '2,000'],
    [jaJpy.moneyTick(50 / 0.155, 10 / 0.155), '50'],
    [enJpy.moneyTick(2.5 / 0.155, 0.5 / 0.155), '2.5'],
    [enUsd.tick(0.25, 0.05), '0.25'],
    [enUsd.shareTick(0.002, 0.001), '0.2%'],
    [enUsd.shareTick(0.2, 0.1), '20%'],
    [jaUsd.shareTick(0.25, 0.05), '25%'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
  test.each([
    [100, 0],
    [1, 0],
    [0.5, 1],
    [0.2, 1],
    [0.05, 2],
    [0.001, 3],
  ])('a step of %s needs %s decimals', (step, digits) => {
    expect(stepDigits(step)).toBe(digits);
  });
});

describe('dates, written out without Intl.DateTimeFormat', () => {
  const intl = (tag: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  test('read the same as Intl’s en-GB and ja-JP formats on every day of 2025–2041', () => {
    const enDay = intl('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    const enMonth = intl('en-GB', { month: 'short', year: 'numeric' });
    const jaDay = intl('ja-JP', { day: 'numeric', month: 'long', year: 'numeric' });
    const jaMonth = intl('ja-JP', { month: 'long', year: 'numeric' });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2042, 0, 1); t += 86_400_000) {
      const day = new Date(t);
      const iso = day.toISOString().slice(0, 10);
      expect(enUsd.date(iso)).toBe(enDay.format(day));
      expect(jaUsd.date(iso)).toBe(jaDay.format(day));
      expect(enUsd.month(day)).toBe(enMonth.format(day));
      expect(jaUsd.month(day)).toBe(jaMonth.format(day));
    }
  });
  test('a month’s name alone reads as Intl’s en-GB short and ja-JP long month', () => {
    const en = intl('en-GB', { month: 'short' });
    const ja = intl('ja-JP', { month: 'long' });
    for (let m = 0; m < 12; m++) {
      const day = new Date(Date.UTC(2026, m, 15));
      expect(monthName('en', m)).toBe(en.format(day));
      expect(monthName('ja', m)).toBe(ja.format(day));
    }
  });
  test('a day past the month’s end rolls over as Date.UTC does; what is not a date throws, as Intl does', () => {
    expect(enUsd.date('2026-02-30')).toBe('2 Mar 2026');
    expect(() => enUsd.date('not a date')).toThrow(RangeError);
  });
});
