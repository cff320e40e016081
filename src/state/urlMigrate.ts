/**
 * Old link layouts, brought up to the current one before parsing; each step says what it did.
 *
 * Version 0 (links without `v=`) wrote rates, spreads, tariffs and weights in percent
 * (`sofr=3.65`, `gw=25`) and shares in percent (`mix=2,68,30`). Version 1 writes them as
 * fractions (`sofr=0.0365`, `mix=0.02,0.68,0.3`).
 *
 * Version 1 wrote the project and event tables as JSON text (`sel=[[…]]`) and had a single
 * deal tariff (`dt`), penalty tariff (`pt`) and base hazard (`bh`). Version 2 writes the
 * tables as base64url JSON; the tariffs are a table by goods class, so `dt` and `pt` are
 * retired (reported); a base hazard becomes the threat rate that implements to the same
 * hazard at the default implemented share (bh / 25%).
 */
import { PARAMS } from '../data/params';
import { encodeJson } from './base64url';
import { PARAM_URL_KEYS, URL_KEYS } from './urlKeys';

/** What a migration step did to one key, for the reader's notice. */
export interface MigrationNote {
  readonly key: string;
  readonly kind: 'rebased' | 'retired';
  readonly received?: string;
  /** For 'rebased': the value it became (under the input `becomesKey`). */
  readonly becomes?: string;
}

/** Version-0 keys written in percent (their units are fractions from version 1 on). */
const PERCENT_KEYS_V0 = new Set([
  'sofr',
  'ust',
  'jbic',
  'ls',
  'gf',
  'ds',
  'irr',
  'rm',
  'st',
  'gw',
  'dt',
  'pt',
  'bh',
  'gdp',
]);
const SHARE_KEYS = new Set<string>([URL_KEYS.mix, URL_KEYS.sectors]);
const TABLE_KEYS = new Set<string>([URL_KEYS.selections, URL_KEYS.events]);
const RETIRED_V1 = new Set(['dt', 'pt']);
/** Version 1's base hazard was threats x implementation in one number. */
const V1_BASE_HAZARD = 'bh';

const fromPercent = (text: string): string => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? String(n / 100) : text;
};

function v0ToV1(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, text] of params) {
    if (PERCENT_KEYS_V0.has(key)) out.append(key, fromPercent(text));
    else if (SHARE_KEYS.has(key)) out.append(key, text.split(',').map(fromPercent).join(','));
    else out.append(key, text);
  }
  out.set(URL_KEYS.version, '1');
  return out;
}

function v1ToV2(params: URLSearchParams, notes: MigrationNote[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, text] of params) {
    if (key === URL_KEYS.version) continue;
    if (RETIRED_V1.has(key)) {
      notes.push({ key, kind: 'retired', received: text.slice(0, 40) });
    } else if (key === V1_BASE_HAZARD) {
      const n = Number(text);
      if (text.trim() !== '' && Number.isFinite(n)) {
        const rate = String(n / PARAMS.implementedShare.default);
        out.append(PARAM_URL_KEYS.threatRateAnnual, rate);
        notes.push({ key, kind: 'rebased', received: text.slice(0, 40), becomes: rate });
      } else out.append(PARAM_URL_KEYS.threatRateAnnual, text);
    } else if (TABLE_KEYS.has(key)) {
      // JSON text then; the same rows as base64url JSON now (unparseable text stays, to be reported).
      let rows: unknown;
      try {
        rows = JSON.parse(text);
      } catch {
        rows = undefined;
      }
      out.append(key, Array.isArray(rows) ? encodeJson(rows) : text);
    } else out.append(key, text);
  }
  out.set(URL_KEYS.version, '2');
  return out;
}

/** Brings a query up to the current version; `migratedFrom` is the version it came as, if older. */
export function migrate(params: URLSearchParams): {
  params: URLSearchParams;
  migratedFrom: number | null;
  notes: MigrationNote[];
} {
  const notes: MigrationNote[] = [];
  const version = params.get(URL_KEYS.version);
  if (version !== null && version !== '1') return { params, migratedFrom: null, notes };
  const keys = [...params.keys()];
  // A step that changes nothing needs no notice: only keys it rewrites count.
  const v0Changed =
    version === null && keys.some((k) => PERCENT_KEYS_V0.has(k) || SHARE_KEYS.has(k));
  const v1Changed = keys.some(
    (k) => RETIRED_V1.has(k) || k === V1_BASE_HAZARD || TABLE_KEYS.has(k),
  );
  const p = v1ToV2(version === null ? v0ToV1(params) : params, notes);
  const migratedFrom = v0Changed || v1Changed ? (version === null ? 0 : 1) : null;
  return { params: p, migratedFrom, notes };
}
