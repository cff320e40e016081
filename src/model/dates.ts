/**
 * Calendar arithmetic on whole UTC days. A "day" is days since 1970-01-01; a "month index"
 * counts months from September 2025 (month 0), the month the MOU was signed.
 */
const DAY_MS = 86_400_000;
const FIRST_YEAR = 2025;
/** September, as a 0-based calendar month. */
const FIRST_MONTH0 = 8;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date 'YYYY-MM-DD', or NaN when it is not a real calendar date. */
export function dayFromIso(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms / DAY_MS : NaN;
}

/** ISO date 'YYYY-MM-DD' of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
function weekday(day: number): number {
  return ((((day | 0) + 4) % 7) + 7) % 7;
}

/**
 * The day `n` business days (Mon–Fri; holidays ignored) after `day`, in constant time:
 * a weekend start counts from the Friday before, whole weeks add 7 days, and the rest
 * jumps the weekend when it crosses one.
 */
export function addBusinessDays(day: number, n: number): number {
  if (n <= 0) return day;
  const w0 = weekday(day);
  const friday = w0 === 6 ? day - 1 : w0 === 0 ? day - 2 : day;
  const d = friday + Math.floor(n / 5) * 7;
  const rem = n % 5;
  return weekday(d) + rem > 5 ? d + rem + 2 : d + rem;
}

/** The funding date after a selection: `lagDays` business or calendar days later. */
export function fundingDay(
  selectionDay: number,
  lagDays: number,
  rule: 'business' | 'calendar',
): number {
  return rule === 'business' ? addBusinessDays(selectionDay, lagDays) : selectionDay + lagDays;
}

/**
 * Calendar year and 0-based month of a day number, without allocating a Date
 * (H. Hinnant's civil-from-days algorithm; the model calls this on hot paths).
 */
function civilYearMonth(day: number): [number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month0 = mp < 10 ? mp + 2 : mp - 10;
  return [yoe + era * 400 + (month0 < 2 ? 1 : 0), month0];
}

function monthIndexByCivil(day: number): number {
  const [y, m] = civilYearMonth(day);
  return (y - FIRST_YEAR) * 12 + m - FIRST_MONTH0;
}

/** Month index of every day from 2025-01-01 to 2045-12-31: a table look-up on hot paths. */
const TABLE_FIRST_DAY = Date.UTC(2025, 0, 1) / DAY_MS;
const MONTH_OF_DAY = new Int16Array(Date.UTC(2046, 0, 1) / DAY_MS - TABLE_FIRST_DAY);
// Filled a month at a time (the page builds it as it starts: 252 months, not 7,670 days).
for (let year = 2025; year < 2046; year++)
  for (let month0 = 0; month0 < 12; month0++)
    MONTH_OF_DAY.fill(
      (year - FIRST_YEAR) * 12 + month0 - FIRST_MONTH0,
      Date.UTC(year, month0, 1) / DAY_MS - TABLE_FIRST_DAY,
      Date.UTC(year, month0 + 1, 1) / DAY_MS - TABLE_FIRST_DAY,
    );

/** Month index (0 = 2025-09) of a day number. */
export function monthIndexOfDay(day: number): number {
  const i = (day | 0) - TABLE_FIRST_DAY;
  return i >= 0 && i < MONTH_OF_DAY.length ? (MONTH_OF_DAY[i] ?? 0) : monthIndexByCivil(day);
}

/** Month index (0 = 2025-09) of a 'YYYY-MM' label. */
export function monthIndexOfLabel(label: string): number {
  const [y, m] = label.split('-').map(Number);
  return ((y ?? FIRST_YEAR) - FIRST_YEAR) * 12 + (m ?? 1) - 1 - FIRST_MONTH0;
}

/** Calendar year and 0-based month of a month index. */
function yearMonth(index: number): [number, number] {
  const total = FIRST_YEAR * 12 + FIRST_MONTH0 + index;
  return [Math.floor(total / 12), total % 12];
}

/** 'YYYY-MM' label of a month index. */
export function monthLabel(index: number): string {
  const [y, m] = yearMonth(index);
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Day number of the first day of a month index. */
export function firstDayOfMonth(index: number): number {
  const [y, m] = yearMonth(index);
  return Date.UTC(y, m, 1) / DAY_MS;
}

/** Day number of the last day of a month index: monthly values are month-end values. */
export function lastDayOfMonth(index: number): number {
  return firstDayOfMonth(index + 1) - 1;
}

/** Calendar year of a day number. */
export function yearOfDay(day: number): number {
  return civilYearMonth(day)[0];
}

/** Day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}
