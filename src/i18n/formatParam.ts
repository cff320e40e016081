/**
 * Parameter values in their display units. Rates and shares are stored as fractions and
 * shown in percent; exact entry is typed in the display unit.
 */
import type { Unit } from '../data/params';
import { formatNumber, formatUsdBn, type Locale } from './format';

/** Multiplier from the stored value to the display unit. */
export function displayFactor(unit: Unit): number {
  return unit === 'percent' || unit === 'pp' || unit === 'weight' ? 100 : 1;
}

/** Decimal places shown for a unit with the given step (stored units). */
export function displayDigits(unit: Unit, step: number): number {
  const displayStep = step * displayFactor(unit);
  return displayStep >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(displayStep) - 1e-9));
}

export function formatParam(
  unit: Unit,
  value: number,
  step: number,
  locale: Locale = 'en',
): string {
  const digits = displayDigits(unit, step);
  const shown = formatNumber(value * displayFactor(unit), locale, digits);
  switch (unit) {
    case 'usdBn':
      return formatUsdBn(value, locale);
    case 'usdBnPerYear':
      return `${formatUsdBn(value, locale)}/yr`;
    case 'days':
      return `${shown} days`;
    case 'percent':
    case 'weight':
      return `${formatNumber(value * 100, locale, Math.max(digits, unit === 'percent' ? 2 : 0))}%`;
    case 'pp':
      return `${value >= 0 ? '' : '−'}${formatNumber(Math.abs(value) * 100, locale, Math.max(digits, 2))} pp`;
    case 'times':
      return `×${formatNumber(value, locale, Math.max(digits, 1))}`;
    case 'yenPerUsd':
      return `¥${shown}`;
    case 'count':
      return shown;
  }
}
