/**
 * Every number on screen goes through one formatter, made for a language and a currency.
 * Amounts are held in US$ bn throughout the model and converted here at the reader's
 * exchange rate.
 *
 * English: "US$550bn", "US$1.2tn", "¥82.5tn", "15.0%", "19 Jan 2029".
 * Japanese: "5,500億ドル", "1.2兆ドル", "82.5兆円", "15.0%", "2029年1月19日".
 */
import { fixed, percent, sig3, upTo } from './decimal';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const CURRENCIES = ['usd', 'jpy'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface MoneyAxis {
  /** The axis unit, e.g. "US$ bn", "億ドル", "¥ tn", "兆円". */
  readonly unit: string;
  /** Axis units per US$ bn. */
  readonly factor: number;
}

export interface Formatter {
  readonly locale: Locale;
  readonly currency: Currency;
  /** Yen per US dollar used for yen amounts. */
  readonly usdJpy: number;
  /** An amount (US$ bn) to 3 significant digits in the reader's currency, with its unit. */
  money(usdBn: number): string;
  /** An amount with an explicit sign: "+US$5.2bn", "−3,000億円". */
  moneySigned(usdBn: number): string;
  /** An amount reported in yen (¥ bn), shown in yen whatever the display currency: "¥340bn", "3,400億円". */
  yenBn(jpyBn: number): string;
  /** An amount a year: "US$100bn/yr", "年1,000億ドル". */
  moneyPerYear(usdBn: number): string;
  /** The unit of money axes and table columns, and how many of it make US$1 bn. */
  readonly moneyAxis: MoneyAxis;
  /** A money axis tick (US$ bn) as a bare number in the axis unit; `step` is the tick spacing. */
  moneyTick(usdBn: number, step: number): string;
  /** A cash amount per one unit of currency invested: "US$1.23", "1.23ドル", "¥1.23", "1.23円". */
  perUnit(value: number, digits: number): string;
  /** A share (0.153) as a percentage: "15.3%". */
  share(share: number, digits?: number): string;
  /** A difference of shares in percentage points: "2.1 pt", "−2.1ポイント". */
  points(share: number, digits?: number): string;
  /** A plain number with grouping: "1,000". */
  number(value: number, digits?: number): string;
  /** An axis tick with as many decimals as the tick spacing needs. */
  tick(value: number, step: number): string;
  /** A share on an axis, in percent with the decimals its spacing needs: "0.2%", "20%". */
  shareTick(share: number, step: number): string;
  /** An ISO date: "19 Jan 2029", "2029年1月19日". */
  date(iso: string): string;
  /** A month: "Jan 2029", "2029年1月". */
  month(date: Date): string;
  /** A year: "2029", "2029年". */
  year(date: Date): string;
}

const BN_PER_TN = 1000;
const OKU_PER_BN = 10;
const OKU_PER_CHO = 10_000;
const MINUS = '−';

/** Rounds to `n` significant digits (keeps 0 as 0). */
function precision(value: number, n: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(n));
}

/** Decimal places that tell ticks `step` apart. */
export function stepDigits(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)));
}

/**
 * Number formats: the same in both languages (src/i18n/decimal.ts writes them out as Intl's
 * en-GB and ja-JP formats give them, with no Intl.NumberFormat to make).
 */
const n = { fixed, upTo, percent, sig3 };

/**
 * An amount in billions of the display currency, without sign. English: bn or tn after a
 * prefix, rounding first, so 999.96bn reads "1.0tn". Japanese: 億 or 兆 before the
 * currency, so 9,999億 reads "1兆"; nothing is plain "0円".
 */
function amountText(locale: Locale, yen: boolean, absBn: number): string {
  if (locale === 'en') {
    const prefix = yen ? '¥' : 'US$';
    const rounded = precision(absBn, 3);
    if (rounded >= BN_PER_TN) return `${prefix}${n.fixed(absBn / BN_PER_TN, 1)}tn`;
    return `${prefix}${n.sig3(rounded)}bn`;
  }
  const suffix = yen ? '円' : 'ドル';
  if (precision(absBn, 3) === 0) return `0${suffix}`;
  const oku = precision(absBn * OKU_PER_BN, 3);
  if (oku < OKU_PER_CHO) return `${n.sig3(oku)}億${suffix}`;
  // One decimal up to 100兆, three significant digits above; rounded once, never twice.
  const cho = absBn / BN_PER_TN;
  return `${n.upTo(cho >= 99.95 ? precision(cho, 3) : cho, 1)}兆${suffix}`;
}

/** The unit of money axes and tables, and how many of it make US$1 bn. */
function moneyAxisFor(locale: Locale, currency: Currency, usdJpy: number): MoneyAxis {
  if (currency === 'jpy')
    return { unit: locale === 'ja' ? '兆円' : '¥ tn', factor: usdJpy / BN_PER_TN };
  return locale === 'ja' ? { unit: '億ドル', factor: OKU_PER_BN } : { unit: 'US$ bn', factor: 1 };
}

/** en-GB's short month names (CLDR: "Sept"), as Intl.DateTimeFormat gives them. */
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A month's name alone (0 for January): "Jan", "1月", as Intl's en-GB short and ja-JP long
 * month (test/i18n/format.test.ts). Not a formatter's method: only the time range names months
 * alone, and every embed carries the formatter.
 */
export const monthName = (locale: Locale, m0: number): string =>
  locale === 'ja' ? `${m0 + 1}月` : (MONTHS_EN[m0] ?? '');

/**
 * Dates from ISO strings and UTC dates: "19 Jan 2029" / "2029年1月19日", what Intl's en-GB and
 * ja-JP formats give, written out here: the first Intl.DateTimeFormat of a page loads the
 * locale's calendar data, tens of milliseconds at start-up for one date in the footer.
 * test/i18n/format.test.ts checks every day of 2025–2041 against Intl.
 */
function datesFor(locale: Locale) {
  const monthYear = (y: number, m0: number) =>
    locale === 'ja' ? `${y}年${m0 + 1}月` : `${MONTHS_EN[m0]} ${y}`;
  return {
    date: (iso: string) => {
      const [y = 2000, m = 1, d = 1] = iso.split('-').map(Number);
      const day = new Date(Date.UTC(y, m - 1, d));
      if (Number.isNaN(day.getTime())) throw new RangeError('Invalid time value'); // as Intl does
      const [yy, m0, dd] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
      return locale === 'ja' ? `${yy}年${m0 + 1}月${dd}日` : `${dd} ${MONTHS_EN[m0]} ${yy}`;
    },
    month: (date: Date) => monthYear(date.getUTCFullYear(), date.getUTCMonth()),
    year: (date: Date) =>
      locale === 'ja' ? `${date.getUTCFullYear()}年` : String(date.getUTCFullYear()),
  };
}

export function createFormatter(locale: Locale, currency: Currency, usdJpy: number): Formatter {
  const yen = currency === 'jpy';
  /** Billions of the display currency per US$ bn. */
  const rate = yen ? usdJpy : 1;
  const money = (usdBn: number): string => {
    if (!Number.isFinite(usdBn)) return '–';
    const abs = Math.abs(usdBn) * rate;
    const text = amountText(locale, yen, abs);
    return usdBn < 0 && precision(abs, 3) !== 0 ? `${MINUS}${text}` : text;
  };
  const moneyAxis = moneyAxisFor(locale, currency, usdJpy);
  const tick = (value: number, step: number) => n.fixed(value, stepDigits(step));
  const ja = locale === 'ja';
  return {
    locale,
    currency,
    usdJpy,
    money,
    moneySigned: (usdBn) => (usdBn >= 0 ? '+' : '') + money(usdBn),
    yenBn: (jpyBn) => amountText(locale, true, Math.abs(jpyBn)),
    moneyPerYear: (usdBn) => (ja ? `年${money(usdBn)}` : `${money(usdBn)}/yr`),
    moneyAxis,
    moneyTick: (usdBn, step) => tick(usdBn * moneyAxis.factor, step * moneyAxis.factor),
    perUnit: (value, digits) => {
      const shown = n.fixed(value, digits);
      if (ja) return `${shown}${yen ? '円' : 'ドル'}`;
      return `${yen ? '¥' : 'US$'}${shown}`;
    },
    share: (share, digits = 1) => n.percent(share, digits),
    points: (share, digits = 1) => {
      const shown = n.fixed(Math.abs(share) * 100, digits);
      const sign = share < 0 && shown !== n.fixed(0, digits) ? MINUS : '';
      return ja ? `${sign}${shown}ポイント` : `${sign}${shown} pt`;
    },
    number: (value, digits = 0) => n.upTo(value, digits),
    tick,
    shareTick: (share, step) => n.percent(share, stepDigits(step * 100)),
    ...datesFor(locale),
  };
}
