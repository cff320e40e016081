/**
 * Parameter values in their display units. Rates and shares are stored as fractions and
 * shown in percent; exact entry is typed in the display unit.
 */
import type { Unit } from '../data/params';
import type { Formatter } from './format';

/** Multiplier from the stored value to the display unit. */
export function displayFactor(unit: Unit): number {
  return unit === 'percent' || unit === 'pp' || unit === 'weight' ? 100 : 1;
}

/** Decimal places shown for a unit with the given step (stored units). */
export function displayDigits(unit: Unit, step: number): number {
  const displayStep = step * displayFactor(unit);
  return displayStep >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(displayStep) - 1e-9));
}

export function formatParam(fmt: Formatter, unit: Unit, value: number, step: number): string {
  const digits = displayDigits(unit, step);
  const shown = fmt.number(value * displayFactor(unit), digits);
  const ja = fmt.locale === 'ja';
  switch (unit) {
    case 'usdBn':
      return fmt.money(value);
    case 'usdBnPerYear':
      return fmt.moneyPerYear(value);
    case 'days':
      return ja ? `${shown}日` : `${shown} days`;
    case 'percent':
    case 'weight':
      return `${fmt.number(value * 100, Math.max(digits, unit === 'percent' ? 2 : 0))}%`;
    case 'pp': {
      const magnitude = fmt.number(Math.abs(value) * 100, Math.max(digits, 2));
      const sign = value >= 0 ? '' : '−';
      return ja ? `${sign}${magnitude}%ポイント` : `${sign}${magnitude} pp`;
    }
    case 'times':
      return `×${fmt.number(value, Math.max(digits, 1))}`;
    case 'yenPerUsd':
      return ja ? `1ドル＝${shown}円` : `¥${shown}`;
    case 'count':
      return shown;
    case 'threatsPerYear':
      return ja ? `年${shown}回` : `${shown} a year`;
  }
}
