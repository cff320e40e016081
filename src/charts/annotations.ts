/**
 * What a time chart marks, read from the scenario and the data (never hard-coded): the MOU,
 * each date on which projects were selected (announced or added by the reader), the financing
 * reported, the data's as-of date (history to its left, projection to its right), the end of
 * the presidential term, the deadline, and every enabled event window (past ones as past).
 */
import { MOU_DATE, TERM_END } from '../data/deal';
import { DATA_AS_OF } from '../data/dataVersion';
import { FUNDING_EVENTS } from '../data/selections';
import type { Scenario } from '../model';
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import { eventLabel } from '../i18n/eventLabel';

export interface Marker {
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  readonly label: string;
  /** What it marks, for its style. */
  readonly kind: 'mou' | 'selection' | 'funding' | 'asOf' | 'term' | 'deadline';
}

export interface Span {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** Over by the data's as-of date: drawn as history. */
  readonly past: boolean;
}

export interface Annotations {
  readonly markers: readonly Marker[];
  readonly windows: readonly Span[];
}

/** The parts of a scenario a time chart marks (a chart reads these alone, not every input). */
export type Marked = Pick<Scenario, 'includeAnnounced' | 'selections' | 'periodEnd' | 'events'>;

export function annotations(
  s: Marked,
  t: Translate,
  fmt: Formatter,
  which: { selections: boolean; funding: boolean; term: boolean },
): Annotations {
  const markers: Marker[] = [{ date: MOU_DATE.value, label: t('marker.mou'), kind: 'mou' }];
  if (which.selections && s.includeAnnounced) {
    const byDate = new Map<string, number>();
    for (const x of s.selections) byDate.set(x.date, (byDate.get(x.date) ?? 0) + x.valueUsdBn);
    for (const [date, usdBn] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)))
      markers.push({
        date,
        label: t('marker.selected', { value: fmt.money(usdBn) }),
        kind: 'selection',
      });
  }
  if (which.funding && s.includeAnnounced) {
    const ids = new Set(s.selections.map((x) => x.id));
    for (const e of FUNDING_EVENTS)
      if (e.selections.some((id) => ids.has(id)))
        markers.push({ date: e.date, label: t('marker.funding'), kind: 'funding' });
  }
  markers.push({
    date: DATA_AS_OF,
    label: t('marker.asOf', { date: fmt.date(DATA_AS_OF) }),
    kind: 'asOf',
  });
  if (which.term && TERM_END.value !== s.periodEnd)
    markers.push({ date: TERM_END.value, label: t('marker.term'), kind: 'term' });
  markers.push({ date: s.periodEnd, label: t('marker.deadline'), kind: 'deadline' });
  const windows = s.events
    .filter((e) => e.enabled)
    .map((e) => ({ from: e.start, to: e.end, label: eventLabel(t, e), past: e.end <= DATA_AS_OF }));
  return { markers, windows };
}

/**
 * The windows the months shown hold (`domain`, the time axis), by their dates: the ones a
 * chart draws (Window.svelte cuts each to the axis) and keys (`pastKeys`), so the two agree,
 * and a window that ends the day before the axis starts is neither drawn as a sliver nor keyed.
 */
export function windowsIn(windows: readonly Span[], domain: readonly [Date, Date]): Span[] {
  const [first, last] = domain.map((d) => d.toISOString().slice(0, 10));
  return windows.filter((w) => w.to >= first! && w.from <= last!);
}

/**
 * A legend key for each window over by the data's date (of those the chart draws, `windowsIn`):
 * the chart shades it without a label (Window.svelte), so the key names it, once per name (a
 * picture adds its own keys for them: exportFigure.ts); `note` tells a screen reader what the
 * key's box is.
 */
export function pastKeys(windows: readonly Span[], note: string) {
  const names = new Set(windows.filter((w) => w.past).map((w) => w.label));
  return [...names].map((label) => ({ label, series: 'window past', kind: 'box' as const, note }));
}
