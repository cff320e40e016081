/**
 * A scenario's link, written (urlCodec.ts reads it): only what differs from the defaults, plus
 * the schema, model and data versions. Apart from the reader, in a chunk of its own: an embed
 * needs it only for its link to the full explorer, which it fetches after it starts; the
 * explorer (and an embed's live controls) set the store's link limit from here.
 */
import { PARAM_KEYS } from '../data/params';
import { SECTOR_IDS } from '../data/sectors';
import { GOODS_IDS } from '../data/goods';
import { DATA_VERSION } from '../data/dataVersion';
import {
  DEFAULT_SCENARIO,
  INSTRUMENTS,
  MODEL_VERSION,
  type HazardEvent,
  type Scenario,
  type Selection,
} from '../model';
import { encodeJson } from './base64url';
import { DEFAULT_EVENTS, DEFAULT_SELECTIONS, LINK_LIMIT } from './urlCodec';
import { PARAM_URL_KEYS, SCHEMA_VERSION, URL_KEYS } from './urlKeys';
import { writeView } from './urlView';
import { DEFAULT_VIEW, type View } from './view';
import { formatStamp, type Stamp } from './stamp';
import { addressPath } from './pagePath';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A table row as the link writes it: the id of an unchanged default row, else the row whole. */
const selectionItem = (x: Selection) =>
  same(DEFAULT_SELECTIONS.get(x.id), x) ? x.id : [x.id, x.date, x.sector, x.valueUsdBn, x.name];
const eventItem = (e: HazardEvent) =>
  same(DEFAULT_EVENTS.get(e.id), e)
    ? e.id
    : [e.id, e.start, e.end, e.multiplier, e.enabled ? 1 : 0, e.label];

/**
 * @param stamp The headline outputs of `s`, so a reopened link can tell when they changed.
 * @param pinned A scenario pinned for comparison (A), written as its own query under `a=`.
 */
export function serializeScenarioUrl(
  s: Scenario,
  view: View = DEFAULT_VIEW,
  stamp?: Stamp,
  pinned?: Scenario | null,
): string {
  const d = DEFAULT_SCENARIO;
  const q = new URLSearchParams();
  q.set(URL_KEYS.version, String(SCHEMA_VERSION));
  q.set(URL_KEYS.model, MODEL_VERSION);
  q.set(URL_KEYS.data, DATA_VERSION);
  for (const key of PARAM_KEYS) if (s[key] !== d[key]) q.set(PARAM_URL_KEYS[key], String(s[key]));
  if (s.periodEnd !== d.periodEnd) q.set(URL_KEYS.periodEnd, s.periodEnd);
  if (s.lagRule !== d.lagRule) q.set(URL_KEYS.lagRule, s.lagRule === 'calendar' ? 'c' : 'b');
  if (s.includeAnnounced !== d.includeAnnounced)
    q.set(URL_KEYS.includeAnnounced, s.includeAnnounced ? '1' : '0');
  if (INSTRUMENTS.some((k) => s.mix[k] !== d.mix[k]))
    q.set(URL_KEYS.mix, INSTRUMENTS.map((k) => String(s.mix[k])).join(','));
  if (SECTOR_IDS.some((k) => s.sectors[k] !== d.sectors[k]))
    q.set(URL_KEYS.sectors, SECTOR_IDS.map((k) => String(s.sectors[k])).join(','));
  if (!same(s.capExempt, d.capExempt)) q.set(URL_KEYS.capExempt, s.capExempt.join(','));
  if (!same(s.goods, d.goods)) {
    const cells = GOODS_IDS.flatMap((id) => [
      s.goods[id].share,
      s.goods[id].rateNow,
      s.goods[id].ratePenalty,
    ]);
    q.set(URL_KEYS.goods, cells.map(String).join(','));
  }
  if (!same(s.selections, d.selections))
    q.set(URL_KEYS.selections, encodeJson(s.selections.map(selectionItem)));
  if (!same(s.events, d.events)) q.set(URL_KEYS.events, encodeJson(s.events.map(eventItem)));
  writeView(view, q);
  if (stamp) q.set(URL_KEYS.stamp, formatStamp(stamp));
  if (pinned) q.set(URL_KEYS.pinned, serializeScenarioUrl(pinned));
  // Commas need no escaping in a query: "mix=0.02,0.68,0.3" reads better and is shorter.
  return q.toString().replace(/%2C/gi, ',');
}

/** Whether a state's link fits LINK_LIMIT (with room for the headline stamp). */
export function fitsLink(s: Scenario, pinned: Scenario | null, view: View = DEFAULT_VIEW): boolean {
  const STAMP_ROOM = 16; // "&c=1000.0_100.0"
  return serializeScenarioUrl(s, view, undefined, pinned).length + STAMP_ROOM <= LINK_LIMIT;
}

/**
 * An embed's link to the full explorer: the explorer's page in the embed's language (`ja/` for
 * Japanese, wherever the embed is: the embeds' page, embed.html, is at the site's root; a page
 * opened from disk, the one-file build, links to itself), at the embed's scenario with its
 * language, currency, baseline and time range, scrolled to its chart. (The explorer moves an
 * unchanged preset to its own page.)
 */
export function explorerLink(
  location: { readonly pathname: string; readonly protocol: string },
  s: Scenario,
  view: View,
  pinned: Scenario | null,
): string {
  const { lang, cur, baseline, range, chart } = view;
  const query = serializeScenarioUrl(
    s,
    { ...DEFAULT_VIEW, lang, cur, baseline, range },
    undefined,
    pinned,
  );
  return `${addressPath(location, lang, null)}?${query}#${chart}`;
}
