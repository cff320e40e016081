/**
 * normalizeScenario: the one gate every scenario passes before simulation (URL, saved file,
 * reader's edits). It never throws: it clamps numbers to their ranges, repairs shares that
 * don't sum to 100%, drops malformed rows, and lists every correction it made.
 */
import { PARAMS, PARAM_KEYS, PERIOD_END, type ParamKey } from '../data/params';
import { SECTOR_IDS } from '../data/sectors';
import { dayFromIso } from './dates';
import { own } from './own';
import {
  DEFAULT_SCENARIO,
  INSTRUMENTS,
  type HazardEvent,
  type Scenario,
  type Selection,
} from './scenario';
import { normalizeShares } from './shares';

export type CorrectionKind = 'invalid' | 'clamped' | 'rounded' | 'rebalanced' | 'dropped';

export interface Correction {
  /** Which input: a parameter key, 'mix', 'sectors', 'selections[2]', ... */
  readonly field: string;
  readonly kind: CorrectionKind;
  /** The value as it came in, shortened to text (never rendered as HTML). */
  readonly received?: string;
  /** The value used instead, as text. */
  readonly used?: string;
}

export interface Normalized {
  readonly scenario: Scenario;
  readonly corrections: readonly Correction[];
}

/** Longest name or label kept, in characters. */
export const MAX_TEXT_LENGTH = 120;
/** Most project or event rows kept. */
export const MAX_ROWS = 100;
const MAX_ROW_VALUE_USD_BN = 1000;
const FIRST_DATE = '2025-09-04';
const LAST_DATE = '2040-12-31';

export function describe(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(typeof value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function normalizeParam(key: ParamKey, raw: unknown, out: Correction[]): number {
  const spec = PARAMS[key];
  if (raw === undefined) return spec.default;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    out.push({ field: key, kind: 'invalid', received: describe(raw), used: String(spec.default) });
    return spec.default;
  }
  let value = raw === 0 ? 0 : raw; // -0 becomes 0: one spelling per value
  if ('integer' in spec && spec.integer && !Number.isInteger(value)) {
    value = Math.round(value);
    out.push({ field: key, kind: 'rounded', received: String(raw), used: String(value) });
  }
  if (value < spec.min || value > spec.max) {
    const clamped = Math.min(spec.max, Math.max(spec.min, value));
    out.push({ field: key, kind: 'clamped', received: String(raw), used: String(clamped) });
    value = clamped;
  }
  return value;
}

function normalizeDate(
  field: string,
  raw: unknown,
  fallback: string,
  min: string,
  max: string,
  out: Correction[],
): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !Number.isFinite(dayFromIso(raw))) {
    out.push({ field, kind: 'invalid', received: describe(raw), used: fallback });
    return fallback;
  }
  const clamped = raw < min ? min : raw > max ? max : raw;
  if (clamped !== raw) out.push({ field, kind: 'clamped', received: raw, used: clamped });
  return clamped;
}

function cleanText(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Control characters become spaces; the text is only ever rendered as text.
  const text = Array.from(raw, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch))
    .join('')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
  return text.length > 0 ? text : null;
}

function normalizeSelection(raw: unknown, index: number): Selection | null {
  const date = own(raw, 'date');
  const sector = own(raw, 'sector');
  const value = own(raw, 'valueUsdBn');
  const name = cleanText(own(raw, 'name'));
  const id = cleanText(own(raw, 'id')) ?? `p${index + 1}`;
  if (
    typeof date !== 'string' ||
    !Number.isFinite(dayFromIso(date)) ||
    date < FIRST_DATE ||
    date > LAST_DATE
  )
    return null;
  if (typeof sector !== 'string' || !(SECTOR_IDS as readonly string[]).includes(sector))
    return null;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value <= 0 ||
    value > MAX_ROW_VALUE_USD_BN
  )
    return null;
  if (name === null) return null;
  return { id, date, name, sector: sector as Selection['sector'], valueUsdBn: value };
}

function normalizeEvent(raw: unknown, index: number): HazardEvent | null {
  const start = own(raw, 'start');
  const end = own(raw, 'end');
  const multiplier = own(raw, 'multiplier');
  const enabled = own(raw, 'enabled');
  const label = cleanText(own(raw, 'label'));
  const id = cleanText(own(raw, 'id')) ?? `e${index + 1}`;
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  if (!Number.isFinite(dayFromIso(start)) || !Number.isFinite(dayFromIso(end)) || end < start)
    return null;
  if (
    typeof multiplier !== 'number' ||
    !Number.isFinite(multiplier) ||
    multiplier < 0 ||
    multiplier > 10
  )
    return null;
  if (typeof enabled !== 'boolean' || label === null) return null;
  return { id, label, start, end, multiplier, enabled };
}

function normalizeRows<T>(
  field: 'selections' | 'events',
  raw: unknown,
  fallback: readonly T[],
  clean: (row: unknown, index: number) => T | null,
  out: Correction[],
): readonly T[] {
  if (raw === undefined) return fallback;
  if (!Array.isArray(raw)) {
    out.push({ field, kind: 'invalid', received: describe(raw) });
    return fallback;
  }
  const rows: T[] = [];
  raw.forEach((row: unknown, i) => {
    const cleaned = i < MAX_ROWS ? clean(row, i) : null;
    if (cleaned === null)
      out.push({ field: `${field}[${i}]`, kind: 'dropped', received: describe(row) });
    else rows.push(cleaned);
  });
  return rows;
}

export function normalizeScenario(input: unknown): Normalized {
  const out: Correction[] = [];
  if (
    input !== undefined &&
    (typeof input !== 'object' || input === null || Array.isArray(input))
  ) {
    out.push({ field: 'scenario', kind: 'invalid', received: describe(input) });
  }
  const params = {} as Record<ParamKey, number>;
  for (const key of PARAM_KEYS) params[key] = normalizeParam(key, own(input, key), out);
  if (params.penaltyTariff < params.dealTariff) {
    out.push({
      field: 'penaltyTariff',
      kind: 'clamped',
      received: String(params.penaltyTariff),
      used: String(params.dealTariff),
    });
    params.penaltyTariff = params.dealTariff;
  }
  const lagRule = own(input, 'lagRule');
  if (lagRule !== undefined && lagRule !== 'business' && lagRule !== 'calendar') {
    out.push({
      field: 'lagRule',
      kind: 'invalid',
      received: describe(lagRule),
      used: DEFAULT_SCENARIO.lagRule,
    });
  }
  const include = own(input, 'includeAnnounced');
  if (include !== undefined && typeof include !== 'boolean') {
    out.push({
      field: 'includeAnnounced',
      kind: 'invalid',
      received: describe(include),
      used: 'true',
    });
  }
  const scenario: Scenario = {
    ...params,
    periodEnd: normalizeDate(
      'periodEnd',
      own(input, 'periodEnd'),
      PERIOD_END.default,
      PERIOD_END.min,
      PERIOD_END.max,
      out,
    ),
    lagRule: lagRule === 'calendar' || lagRule === 'business' ? lagRule : DEFAULT_SCENARIO.lagRule,
    includeAnnounced: typeof include === 'boolean' ? include : DEFAULT_SCENARIO.includeAnnounced,
    mix: normalizeShares('mix', INSTRUMENTS, own(input, 'mix'), DEFAULT_SCENARIO.mix, out),
    sectors: normalizeShares(
      'sectors',
      SECTOR_IDS,
      own(input, 'sectors'),
      DEFAULT_SCENARIO.sectors,
      out,
    ),
    selections: normalizeRows(
      'selections',
      own(input, 'selections'),
      DEFAULT_SCENARIO.selections,
      normalizeSelection,
      out,
    ),
    events: normalizeRows(
      'events',
      own(input, 'events'),
      DEFAULT_SCENARIO.events,
      normalizeEvent,
      out,
    ),
  };
  return { scenario, corrections: out };
}
