/**
 * Every number on screen goes through here: amounts in US$ bn, shares, dates. English
 * style: "US$550bn", "US$1.2tn", "15.0%", "19 Jan 2029".
 */
export type Locale = 'en';

const BN_PER_TN = 1000;

/** An amount held in US$ bn, to 3 significant digits: "US$550bn", "US$33.3bn", "US$1.2tn". */
export function formatUsdBn(valueUsdBn: number, locale: Locale = 'en'): string {
  const abs = Math.abs(valueUsdBn);
  const sign = valueUsdBn < 0 ? '−' : '';
  // Round first, so 999.96bn becomes "US$1.0tn" rather than "US$1,000bn".
  const roundedBn = Number(abs.toPrecision(3));
  if (roundedBn >= BN_PER_TN) {
    return `${sign}US$${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(abs / BN_PER_TN)}tn`;
  }
  return `${sign}US$${new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(abs)}bn`;
}

/** A share (0.153) as a percentage: "15.3%". */
export function formatShare(share: number, locale: Locale = 'en', digits = 1): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(share);
}

/** A plain number with grouping: "1,000". */
export function formatNumber(value: number, locale: Locale = 'en', digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** An ISO date as "19 Jan 2029". */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)));
}

/** A month as "Jan 2029" (tooltips). */
export function formatMonth(date: Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
