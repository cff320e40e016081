/** The view part of a link: read leniently, written only where it differs from the default. */
import {
  CHART_IDS,
  DEFAULT_VIEW,
  EMBED_CONTROL_IDS,
  RISK_VIEWS,
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
import { SECTOR_IDS } from '../data/sectors';
import { URL_KEYS } from './urlKeys';
import { formatRange, parseRange, sameRange } from './timeRange';

/** The view's keys in the link, in the order a link writes them. */
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

/** The view's fields that hold one of a list, each by its key in the link. */
type ChoiceField =
  'chart' | 'theme' | 'cur' | 'stack' | 'riskView' | 'splitSector' | 'tornado' | 'waterfall';
const CHOICES: Readonly<Record<string, readonly [ChoiceField, readonly string[]]>> = {
  [URL_KEYS.chart]: ['chart', CHART_IDS],
  [URL_KEYS.theme]: ['theme', THEMES],
  [URL_KEYS.cur]: ['cur', CURRENCIES],
  [URL_KEYS.stack]: ['stack', STACKS],
  [URL_KEYS.riskView]: ['riskView', RISK_VIEWS],
  [URL_KEYS.splitSector]: ['splitSector', SECTOR_IDS],
  [URL_KEYS.tornado]: ['tornado', TORNADO_OUTCOMES],
  [URL_KEYS.waterfall]: ['waterfall', WATERFALL_OUTCOMES],
};

/** Reads one view value into `view`; returns false when the value is not valid. */
export function readView(
  key: string,
  text: string,
  view: { -readonly [K in keyof View]: View[K] },
): boolean {
  const choice = Object.hasOwn(CHOICES, key) ? CHOICES[key] : undefined;
  if (choice) {
    const value = oneOf(choice[1], text);
    // (A value from the field's own list: the record's type cannot say which list is whose.)
    if (value) (view as Record<ChoiceField, string>)[choice[0]] = value;
    return value !== undefined;
  }
  switch (key) {
    case URL_KEYS.embed:
      if (text !== '0' && text !== '1') return false;
      view.embed = text === '1';
      return true;
    case URL_KEYS.controls: {
      const ids = text === '' ? [] : text.split(',');
      const valid = ids.filter(
        (id): id is EmbedControlId => oneOf(EMBED_CONTROL_IDS, id) !== undefined,
      );
      view.controls = [...new Set(valid)];
      return valid.length === ids.length;
    }
    case URL_KEYS.lang: {
      const lang = oneOf(LOCALES, text);
      if (lang) view.lang = lang;
      return lang !== undefined;
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

/** Writes the view's values that differ from the default's, in VIEW_KEYS's order. */
export function writeView(view: View, q: URLSearchParams): void {
  const d = DEFAULT_VIEW;
  const flag = (on: boolean) => (on ? '1' : '0');
  for (const key of VIEW_KEYS) {
    const choice = Object.hasOwn(CHOICES, key) ? CHOICES[key] : undefined;
    if (choice) {
      if (view[choice[0]] !== d[choice[0]]) q.set(key, view[choice[0]]);
      continue;
    }
    switch (key) {
      case URL_KEYS.embed:
        if (view.embed !== d.embed) q.set(key, flag(view.embed));
        break;
      case URL_KEYS.controls:
        if (view.controls.length > 0) q.set(key, view.controls.join(','));
        break;
      case URL_KEYS.lang:
        if (view.lang !== null) q.set(key, view.lang);
        break;
      case URL_KEYS.tables:
        if (view.tables.length > 0) q.set(key, view.tables.join(','));
        break;
      case URL_KEYS.baseline:
        if (view.baseline !== d.baseline) q.set(key, flag(view.baseline));
        break;
      case URL_KEYS.range:
        if (!sameRange(view.range, d.range)) q.set(key, formatRange(view.range));
        break;
    }
  }
}
