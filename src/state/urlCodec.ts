/**
 * The URL is the scenario's shareable form. `serializeScenarioUrl` (urlWrite.ts, a chunk of its
 * own, which an embed fetches after it starts) writes only what differs from the defaults,
 * plus the schema, model and data versions; `readScenarioUrl` is lenient:
 * unknown keys, bad numbers, duplicates and hostile strings fall back to defaults, each
 * reported in `warnings`; given the migrations an old link needs, it never throws. Parsed
 * values pass through normalizeScenario. The tables (projects, events) travel as base64url
 * JSON: an unchanged announced row as its id alone, any other row whole.
 *
 * A link of an old layout (no version, or version 1) is brought up to the current one first by
 * the migrations (urlMigrate.ts), which the page fetches only for such a link (src/start.ts,
 * `needsMigration`); `parseScenarioUrl` (url.ts) always has them at hand.
 */
import { PARAM_KEYS, type ParamKey } from '../data/params';
import { SECTOR_IDS } from '../data/sectors';
import { GOODS_IDS } from '../data/goods';
import {
  DEFAULT_SCENARIO,
  INSTRUMENTS,
  describe,
  normalizeScenario,
  type Correction,
  type Scenario,
} from '../model';
import { decodeJson } from './base64url';
import { PARAM_URL_KEYS, SCHEMA_VERSION, URL_KEYS } from './urlKeys';
import type { MigrationNote, migrate } from './urlMigrate';
import { readView, VIEW_KEYS } from './urlView';
import { DEFAULT_VIEW, type View } from './view';
import { parseStamp, type Stamp } from './stamp';

export interface UrlWarning {
  /** The URL key, or the scenario field a correction was about. */
  readonly key: string;
  readonly kind:
    | 'unknown'
    | 'duplicate'
    | 'invalid'
    | 'tooLong'
    | 'version'
    | 'migrated'
    | MigrationNote['kind']
    | Correction['kind'];
  /** What came in, shortened, as text. */
  readonly received?: string;
  /** For a retired input carried over ('rebased'): the value it became. */
  readonly becomes?: string;
  /** Set when the warning is about the pinned scenario (A), not the one shown. */
  readonly pinned?: true;
}

export interface ParsedUrl {
  readonly scenario: Scenario;
  readonly view: View;
  readonly warnings: readonly UrlWarning[];
  /** The model and data versions and headline stamp the link was made with, where it says. */
  readonly madeWith: {
    readonly model: string | null;
    readonly data: string | null;
    readonly stamp: Stamp | null;
  };
  /** The scenario pinned for comparison (A), if the link has one. */
  readonly pinned: Scenario | null;
}

/** Longer values are ignored: the app never writes a link longer than LINK_LIMIT in all. */
export const MAX_VALUE_LENGTH = 8000;
/** The longest query the app writes (HTTP servers commonly refuse past about 16 kB). */
export const LINK_LIMIT = 8000;
const PARAM_BY_URL_KEY = new Map<string, ParamKey>(PARAM_KEYS.map((k) => [PARAM_URL_KEYS[k], k]));
const KNOWN_KEYS = new Set<string>([...PARAM_BY_URL_KEY.keys(), ...Object.values(URL_KEYS)]);
const MAX_KEYS = 200;
/** Parameters Pym.js adds to the frames it makes: not ours, read by the embed, never warned about. */
const PYM_KEYS = new Set(['childId', 'initialWidth', 'parentTitle', 'parentUrl']);

/** The announced rows by id: a link writes an unchanged one as its id alone (urlWrite.ts). */
export const DEFAULT_SELECTIONS = new Map(DEFAULT_SCENARIO.selections.map((r) => [r.id, r]));
export const DEFAULT_EVENTS = new Map(DEFAULT_SCENARIO.events.map((r) => [r.id, r]));

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[-+0-9.eE]+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

function numberList(text: string, length: number): number[] | undefined {
  const parts = text.split(',').map(parseNumber);
  return parts.length === length && parts.every((p) => p !== undefined)
    ? (parts as number[])
    : undefined;
}

const toSelection = (row: unknown) =>
  typeof row === 'string'
    ? (DEFAULT_SELECTIONS.get(row) ?? { id: row })
    : Array.isArray(row)
      ? { id: row[0], date: row[1], sector: row[2], valueUsdBn: row[3], name: row[4] }
      : row;
const toEvent = (row: unknown) =>
  typeof row === 'string'
    ? (DEFAULT_EVENTS.get(row) ?? { id: row })
    : Array.isArray(row)
      ? {
          id: row[0],
          start: row[1],
          end: row[2],
          multiplier: row[3],
          enabled: row[4] === 1,
          label: row[5],
        }
      : row;

/** Reads one raw value into the scenario input it encodes; false when it cannot be read. */
function readValue(key: string, text: string, raw: Record<string, unknown>): boolean {
  const param = PARAM_BY_URL_KEY.get(key);
  if (param) {
    const n = parseNumber(text);
    if (n !== undefined) raw[param] = n;
    return n !== undefined;
  }
  switch (key) {
    case URL_KEYS.periodEnd:
      raw.periodEnd = text;
      return true;
    case URL_KEYS.lagRule:
      if (text !== 'c' && text !== 'b') return false;
      raw.lagRule = text === 'c' ? 'calendar' : 'business';
      return true;
    case URL_KEYS.includeAnnounced:
      if (text !== '0' && text !== '1') return false;
      raw.includeAnnounced = text === '1';
      return true;
    case URL_KEYS.mix:
    case URL_KEYS.sectors: {
      const ids = key === URL_KEYS.mix ? INSTRUMENTS : SECTOR_IDS;
      const parts = numberList(text, ids.length);
      if (!parts) return false;
      raw[key === URL_KEYS.mix ? 'mix' : 'sectors'] = Object.fromEntries(
        ids.map((id, i) => [id, parts[i]]),
      );
      return true;
    }
    case URL_KEYS.capExempt:
      raw.capExempt = text === '' ? [] : text.split(',');
      return true;
    case URL_KEYS.goods: {
      const cells = numberList(text, GOODS_IDS.length * 3);
      if (!cells) return false;
      raw.goods = Object.fromEntries(
        GOODS_IDS.map((id, i) => [
          id,
          { share: cells[3 * i], rateNow: cells[3 * i + 1], ratePenalty: cells[3 * i + 2] },
        ]),
      );
      return true;
    }
    case URL_KEYS.selections:
    case URL_KEYS.events: {
      const rows = decodeJson(text);
      if (!Array.isArray(rows)) return false;
      if (key === URL_KEYS.selections) raw.selections = rows.map(toSelection);
      else raw.events = rows.map(toEvent);
      return true;
    }
  }
  return false;
}

/** What brings a link of an old layout up to the current one (urlMigrate.ts). */
export type Migrate = typeof migrate;

/**
 * Whether a query is of an old layout with something in it, which the migrations bring up to
 * date (they leave any other as it is; one with nothing in it reads the same without them).
 */
function oldLayout(params: URLSearchParams): boolean {
  const version = params.get(URL_KEYS.version);
  return (version === null || version === '1') && params.toString() !== '';
}

/** Whether reading a link (a query string) needs the migrations: it, or its pinned scenario, is old. */
export function needsMigration(search: string): boolean {
  const params = new URLSearchParams(search);
  return (
    oldLayout(params) ||
    params.getAll(URL_KEYS.pinned).some((pinned) => oldLayout(new URLSearchParams(pinned)))
  );
}

/**
 * @param migrations The migrations of old layouts: needed for a link that `needsMigration`;
 *   reading one without them throws.
 * @param nested Reading a pinned scenario's own query: it cannot pin another one.
 */
export function readScenarioUrl(search: string, migrations?: Migrate, nested = false): ParsedUrl {
  const warnings: UrlWarning[] = [];
  const warn = (w: UrlWarning) => warnings.push(w);
  let parsed: URLSearchParams;
  try {
    parsed = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    parsed = new URLSearchParams();
    warn({ key: '?', kind: 'invalid' });
  }
  let migrated: ReturnType<Migrate> = { params: parsed, migratedFrom: null, notes: [] };
  if (oldLayout(parsed)) {
    if (!migrations) throw new Error('a link of an old layout needs urlMigrate.ts');
    migrated = migrations(parsed);
  }
  const { params, migratedFrom, notes } = migrated;
  if (migratedFrom !== null)
    warn({ key: URL_KEYS.version, kind: 'migrated', received: String(migratedFrom) });
  for (const n of notes)
    warn({
      key: n.key,
      kind: n.kind,
      ...(n.received === undefined ? {} : { received: n.received }),
      ...(n.becomes === undefined ? {} : { becomes: n.becomes }),
    });
  const raw: Record<string, unknown> = {};
  const view = { ...DEFAULT_VIEW };
  const madeWith: { model: string | null; data: string | null; stamp: Stamp | null } = {
    model: null,
    data: null,
    stamp: null,
  };
  const seen = new Set<string>();
  let pinned: Scenario | null = null;
  let count = 0;
  for (const [key, text] of params) {
    if (++count > MAX_KEYS) {
      warn({ key: '…', kind: 'tooLong', received: `${MAX_KEYS}+ keys` });
      break;
    }
    if (PYM_KEYS.has(key)) continue;
    if (!KNOWN_KEYS.has(key)) {
      warn({ key: describe(key), kind: 'unknown', received: describe(text) });
      continue;
    }
    if (seen.has(key)) {
      warn({ key, kind: 'duplicate', received: describe(text) });
      continue;
    }
    seen.add(key);
    if (text.length > MAX_VALUE_LENGTH) {
      warn({ key, kind: 'tooLong', received: `${text.length} characters` });
      continue;
    }
    if (key === URL_KEYS.version) {
      if (text !== String(SCHEMA_VERSION)) warn({ key, kind: 'version', received: describe(text) });
    } else if (key === URL_KEYS.model) {
      madeWith.model = describe(text);
    } else if (key === URL_KEYS.data) {
      madeWith.data = describe(text);
    } else if (key === URL_KEYS.stamp) {
      madeWith.stamp = parseStamp(text);
      if (!madeWith.stamp) warn({ key, kind: 'invalid', received: describe(text) });
    } else if (key === URL_KEYS.pinned && !nested) {
      const inner = readScenarioUrl(text, migrations, true);
      pinned = inner.scenario;
      for (const w of inner.warnings) warn({ ...w, pinned: true });
    } else if (VIEW_KEYS.has(key)) {
      if (!readView(key, text, view)) warn({ key, kind: 'invalid', received: describe(text) });
    } else if (!readValue(key, text, raw)) warn({ key, kind: 'invalid', received: describe(text) });
  }
  // A link from before version 1 of the data carried no data version: it was release 1.
  if (madeWith.model !== null && madeWith.data === null) madeWith.data = '1';
  const { scenario, corrections } = normalizeScenario(raw);
  for (const c of corrections) {
    warnings.push({
      key: c.field,
      kind: c.kind,
      ...(c.received === undefined ? {} : { received: c.received }),
    });
  }
  return { scenario, view, warnings, madeWith, pinned };
}
