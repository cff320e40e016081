/**
 * normalizeScenario: the one gate every scenario passes before simulation (a link, a saved
 * file, the worker's input). It never throws: it applies the rules of rules.ts, repairs
 * shares that don't sum to 100%, drops malformed rows, gives duplicate ids new ones, and
 * lists every correction it made. The transitions apply the same rules to every edit.
 */
import { PARAMS, PARAM_KEYS, PERIOD_END, type ParamKey } from '../data/params';
import { SECTOR_IDS } from '../data/sectors';
import { GOODS_IDS } from '../data/goods';
import { own } from './own';
import {
  MAX_ROWS,
  clampParam,
  clampPeriodEnd,
  cleanCapExempt,
  cleanEvent,
  cleanRate,
  cleanSelection,
  penaltyAtLeastNow,
  uniqueId,
} from './rules';
import {
  DEFAULT_SCENARIO,
  INSTRUMENTS,
  type GoodsClass,
  type GoodsId,
  type GoodsTable,
  type Scenario,
} from './scenario';
import { normalizeShares } from './shares';

export type CorrectionKind =
  'invalid' | 'clamped' | 'rounded' | 'rebalanced' | 'dropped' | 'renamed';

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
  const value = clampParam(key, raw);
  const whole = 'integer' in spec && spec.integer ? Math.round(raw) : raw;
  if (whole !== raw)
    out.push({ field: key, kind: 'rounded', received: String(raw), used: String(whole) });
  if (value !== (whole === 0 ? 0 : whole))
    out.push({ field: key, kind: 'clamped', received: String(raw), used: String(value) });
  return value;
}

function normalizePeriodEnd(raw: unknown, out: Correction[]): string {
  if (raw === undefined) return PERIOD_END.default;
  const clean = clampPeriodEnd(raw);
  if (clean === null) {
    out.push({
      field: 'periodEnd',
      kind: 'invalid',
      received: describe(raw),
      used: PERIOD_END.default,
    });
    return PERIOD_END.default;
  }
  if (clean !== raw)
    out.push({ field: 'periodEnd', kind: 'clamped', received: String(raw), used: clean });
  return clean;
}

/** Rows through their rule; more than MAX_ROWS are dropped; a repeated id gets a new one. */
function normalizeRows<T extends { readonly id: string }>(
  field: 'selections' | 'events',
  raw: unknown,
  fallback: readonly T[],
  clean: (row: unknown, fallbackId: string) => T | null,
  prefix: string,
  out: Correction[],
): readonly T[] {
  if (raw === undefined) return fallback;
  if (!Array.isArray(raw)) {
    out.push({ field, kind: 'invalid', received: describe(raw) });
    return fallback;
  }
  const rows: T[] = [];
  const taken = new Set<string>();
  raw.forEach((row: unknown, i) => {
    const cleaned = i < MAX_ROWS ? clean(row, `${prefix}${i + 1}`) : null;
    if (cleaned === null) {
      out.push({ field: `${field}[${i}]`, kind: 'dropped', received: describe(row) });
      return;
    }
    const id = uniqueId(taken, cleaned.id);
    if (id !== cleaned.id)
      out.push({ field: `${field}[${i}]`, kind: 'renamed', received: cleaned.id, used: id });
    taken.add(id);
    rows.push(id === cleaned.id ? cleaned : { ...cleaned, id });
  });
  return rows;
}

function normalizeGoods(raw: unknown, out: Correction[]): GoodsTable {
  const d = DEFAULT_SCENARIO.goods;
  if (raw === undefined) return d;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.push({ field: 'goods', kind: 'invalid', received: describe(raw) });
    return d;
  }
  for (const key of Object.keys(raw))
    if (!(GOODS_IDS as readonly string[]).includes(key))
      out.push({ field: `goods.${key}`, kind: 'dropped' });
  const rates = {} as Record<GoodsId, Omit<GoodsClass, 'share'>>;
  const shares: Record<string, unknown> = {};
  for (const id of GOODS_IDS) {
    const row = own(raw, id);
    const share = row === undefined ? undefined : own(row, 'share');
    shares[id] = share === undefined ? d[id].share : share;
    const rate = (field: 'rateNow' | 'ratePenalty'): number => {
      const v = row === undefined ? undefined : own(row, field);
      if (v === undefined) return d[id][field];
      const clean = cleanRate(v);
      if (clean === null) {
        out.push({ field: `goods.${id}.${field}`, kind: 'invalid', received: describe(v) });
        return d[id][field];
      }
      if (clean !== v)
        out.push({
          field: `goods.${id}.${field}`,
          kind: 'clamped',
          received: String(v),
          used: String(clean),
        });
      return clean;
    };
    rates[id] = { rateNow: rate('rateNow'), ratePenalty: rate('ratePenalty') };
  }
  const fallbackShares = Object.fromEntries(GOODS_IDS.map((id) => [id, d[id].share])) as Record<
    GoodsId,
    number
  >;
  const s = normalizeShares('goods', GOODS_IDS, shares, fallbackShares, out);
  const table = {} as Record<GoodsId, GoodsClass>;
  for (const id of GOODS_IDS) {
    const c = { share: s[id], ...rates[id] };
    const fixed = penaltyAtLeastNow(c);
    if (fixed !== c)
      out.push({
        field: `goods.${id}.ratePenalty`,
        kind: 'clamped',
        received: String(c.ratePenalty),
        used: String(fixed.ratePenalty),
      });
    table[id] = fixed;
  }
  return table;
}

function normalizeCapExempt(raw: unknown, out: Correction[]): Scenario['capExempt'] {
  if (raw === undefined) return DEFAULT_SCENARIO.capExempt;
  if (!Array.isArray(raw)) {
    out.push({ field: 'capExempt', kind: 'invalid', received: describe(raw) });
    return DEFAULT_SCENARIO.capExempt;
  }
  const kept = cleanCapExempt(raw);
  if (kept.length !== raw.length)
    out.push({ field: 'capExempt', kind: 'dropped', received: describe(raw) });
  return kept;
}

function normalizeFlag<K extends 'includeAnnounced'>(
  key: K,
  raw: unknown,
  out: Correction[],
): boolean {
  if (raw === undefined) return DEFAULT_SCENARIO[key];
  if (typeof raw === 'boolean') return raw;
  out.push({
    field: key,
    kind: 'invalid',
    received: describe(raw),
    used: String(DEFAULT_SCENARIO[key]),
  });
  return DEFAULT_SCENARIO[key];
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
  const lagRule = own(input, 'lagRule');
  const goodLag = lagRule === 'business' || lagRule === 'calendar';
  if (lagRule !== undefined && !goodLag)
    out.push({
      field: 'lagRule',
      kind: 'invalid',
      received: describe(lagRule),
      used: DEFAULT_SCENARIO.lagRule,
    });
  const scenario: Scenario = {
    ...params,
    periodEnd: normalizePeriodEnd(own(input, 'periodEnd'), out),
    lagRule: goodLag ? lagRule : DEFAULT_SCENARIO.lagRule,
    includeAnnounced: normalizeFlag('includeAnnounced', own(input, 'includeAnnounced'), out),
    mix: normalizeShares('mix', INSTRUMENTS, own(input, 'mix'), DEFAULT_SCENARIO.mix, out),
    sectors: normalizeShares(
      'sectors',
      SECTOR_IDS,
      own(input, 'sectors'),
      DEFAULT_SCENARIO.sectors,
      out,
    ),
    capExempt: normalizeCapExempt(own(input, 'capExempt'), out),
    goods: normalizeGoods(own(input, 'goods'), out),
    selections: normalizeRows(
      'selections',
      own(input, 'selections'),
      DEFAULT_SCENARIO.selections,
      cleanSelection,
      'p',
      out,
    ),
    events: normalizeRows(
      'events',
      own(input, 'events'),
      DEFAULT_SCENARIO.events,
      cleanEvent,
      'e',
      out,
    ),
  };
  return { scenario, corrections: out };
}
