/** The view part of a link: read leniently, written only where it differs from the default. */
import {
  CHART_IDS,
  DEFAULT_VIEW,
  EMBED_CONTROL_IDS,
  RISK_VIEWS,
  SPLIT_SECTORS,
  STACKS,
  TABLE_IDS,
  THEMES,
  TORNADO_OUTCOMES,
  WATERFALL_OUTCOMES,
  type EmbedControlId,
  type TableId,
  type View,
} from './view';
import { CURRENCIES, LOCALES } from '../i18n/format';
import { URL_KEYS } from './urlKeys';
import { formatRange, parseRange, sameRange } from './timeRange';

export const VIEW_KEYS: ReadonlySet<string> = new Set([
  URL_KEYS.embed,
  URL_KEYS.chart,
  URL_KEYS.controls,
  URL_KEYS.theme,
  URL_KEYS.lang,
  URL_KEYS.cur,
  URL_KEYS.stack,
  URL_KEYS.riskView,
  URL_KEYS.splitSector,
  URL_KEYS.tornado,
  URL_KEYS.waterfall,
  URL_KEYS.tables,
  URL_KEYS.baseline,
  URL_KEYS.range,
]);

const oneOf = <T extends string>(options: readonly T[], text: string): T | undefined =>
  (options as readonly string[]).includes(text) ? (text as T) : undefined;

/** Reads one view value into `view`; returns false when the value is not valid. */
export function readView(
  key: string,
  text: string,
  view: { -readonly [K in keyof View]: View[K] },
): boolean {
  switch (key) {
    case URL_KEYS.embed:
      if (text !== '0' && text !== '1') return false;
      view.embed = text === '1';
      return true;
    case URL_KEYS.chart: {
      const chart = oneOf(CHART_IDS, text);
      if (chart) view.chart = chart;
      return chart !== undefined;
    }
    case URL_KEYS.controls: {
      const ids = text === '' ? [] : text.split(',');
      const valid = ids.filter(
        (id): id is EmbedControlId => oneOf(EMBED_CONTROL_IDS, id) !== undefined,
      );
      view.controls = [...new Set(valid)];
      return valid.length === ids.length;
    }
    case URL_KEYS.theme: {
      const theme = oneOf(THEMES, text);
      if (theme) view.theme = theme;
      return theme !== undefined;
    }
    case URL_KEYS.lang: {
      const lang = oneOf(LOCALES, text);
      if (lang) view.lang = lang;
      return lang !== undefined;
    }
    case URL_KEYS.cur: {
      const cur = oneOf(CURRENCIES, text);
      if (cur) view.cur = cur;
      return cur !== undefined;
    }
    case URL_KEYS.stack: {
      const stack = oneOf(STACKS, text);
      if (stack) view.stack = stack;
      return stack !== undefined;
    }
    case URL_KEYS.riskView: {
      const rv = oneOf(RISK_VIEWS, text);
      if (rv) view.riskView = rv;
      return rv !== undefined;
    }
    case URL_KEYS.splitSector: {
      const sector = oneOf(SPLIT_SECTORS, text);
      if (sector) view.splitSector = sector;
      return sector !== undefined;
    }
    case URL_KEYS.tornado: {
      const outcome = oneOf(TORNADO_OUTCOMES, text);
      if (outcome) view.tornado = outcome;
      return outcome !== undefined;
    }
    case URL_KEYS.waterfall: {
      const outcome = oneOf(WATERFALL_OUTCOMES, text);
      if (outcome) view.waterfall = outcome;
      return outcome !== undefined;
    }
    case URL_KEYS.tables: {
      const ids = text === '' ? [] : text.split(',');
      const valid = new Set(ids.filter((id): id is TableId => oneOf(TABLE_IDS, id) !== undefined));
      view.tables = TABLE_IDS.filter((id) => valid.has(id));
      return valid.size === ids.length;
    }
    case URL_KEYS.baseline:
      if (text !== '0' && text !== '1') return false;
      view.baseline = text === '1';
      return true;
    case URL_KEYS.range: {
      // A range that had to be adjusted is shown adjusted, and reported.
      const read = parseRange(text);
      if (read) view.range = read.range;
      return read !== null && !read.adjusted;
    }
  }
  return false;
}

export function writeView(view: View, q: URLSearchParams): void {
  const d = DEFAULT_VIEW;
  if (view.embed !== d.embed) q.set(URL_KEYS.embed, view.embed ? '1' : '0');
  if (view.chart !== d.chart) q.set(URL_KEYS.chart, view.chart);
  if (view.controls.length > 0) q.set(URL_KEYS.controls, view.controls.join(','));
  if (view.theme !== d.theme) q.set(URL_KEYS.theme, view.theme);
  if (view.lang !== null) q.set(URL_KEYS.lang, view.lang);
  if (view.cur !== d.cur) q.set(URL_KEYS.cur, view.cur);
  if (view.stack !== d.stack) q.set(URL_KEYS.stack, view.stack);
  if (view.riskView !== d.riskView) q.set(URL_KEYS.riskView, view.riskView);
  if (view.splitSector !== d.splitSector) q.set(URL_KEYS.splitSector, view.splitSector);
  if (view.tornado !== d.tornado) q.set(URL_KEYS.tornado, view.tornado);
  if (view.waterfall !== d.waterfall) q.set(URL_KEYS.waterfall, view.waterfall);
  if (view.tables.length > 0) q.set(URL_KEYS.tables, view.tables.join(','));
  if (view.baseline !== d.baseline) q.set(URL_KEYS.baseline, view.baseline ? '1' : '0');
  if (!sameRange(view.range, d.range)) q.set(URL_KEYS.range, formatRange(view.range));
}
