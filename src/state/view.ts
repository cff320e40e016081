/**
 * How the page shows a scenario, all of it in the link: embed or explorer, which chart, which
 * live controls, theme, language, currency, how the money chart splits committed value, what
 * the risk chart shows, the split chart's sector, what the tornado and the waterfall measure,
 * and which charts are shown as tables.
 */
import type { Currency, Locale } from '../i18n/format';
import type { SectorId } from '../data/sectors';
import { DEFAULT_RANGE, type TimeRange } from './timeRange';

export const CHART_IDS = ['money', 'risk', 'tariff', 'japan', 'split'] as const;
export type ChartId = (typeof CHART_IDS)[number];
/** Cards that can be shown as a table (the charts, and the tornado). */
export const TABLE_IDS = [...CHART_IDS, 'tornado'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Controls an embed can leave live (`controls=pace,mix`). */
export const EMBED_CONTROL_IDS = ['pace', 'mix', 'counting', 'pledge', 'rates', 'hazard'] as const;
export type EmbedControlId = (typeof EMBED_CONTROL_IDS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How the money chart splits committed value. */
export const STACKS = ['none', 'instrument', 'sector'] as const;
export type Stack = (typeof STACKS)[number];
/** What the risk chart shows. */
export const RISK_VIEWS = ['cumulative', 'hazard', 'duties'] as const;
export type RiskView = (typeof RISK_VIEWS)[number];
/** What the tornado sweeps each assumption against. */
export const TORNADO_OUTCOMES = ['risk', 'credited', 'duties'] as const;
export type TornadoOutcome = (typeof TORNADO_OUTCOMES)[number];
/** What the waterfall walks from A to B. */
export const WATERFALL_OUTCOMES = ['risk', 'credited'] as const;
export type WaterfallOutcome = (typeof WATERFALL_OUTCOMES)[number];

export interface View {
  readonly embed: boolean;
  readonly chart: ChartId;
  readonly controls: readonly EmbedControlId[];
  readonly theme: Theme;
  /** null: the browser's language decides. */
  readonly lang: Locale | null;
  readonly cur: Currency;
  readonly stack: Stack;
  readonly riskView: RiskView;
  /** The sector whose equity project the split chart follows. */
  readonly splitSector: SectorId;
  readonly tornado: TornadoOutcome;
  readonly waterfall: WaterfallOutcome;
  /** Cards shown as tables, in TABLE_IDS order. */
  readonly tables: readonly TableId[];
  /** Whether the charts draw the defaults' lines as a faint baseline. */
  readonly baseline: boolean;
  /** The months the time charts show. */
  readonly range: TimeRange;
}

export const DEFAULT_VIEW: View = Object.freeze({
  embed: false,
  chart: 'money',
  controls: Object.freeze([]) as readonly EmbedControlId[],
  theme: 'auto',
  lang: null,
  cur: 'usd',
  stack: 'none',
  riskView: 'cumulative',
  splitSector: 'gas',
  tornado: 'risk',
  waterfall: 'risk',
  tables: Object.freeze([]) as readonly TableId[],
  baseline: true,
  range: DEFAULT_RANGE,
});

/** A view whose fields always read the current one: handed out once, by context. */
export function liveView(current: () => View): View {
  const view = {} as View;
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof View)[])
    Object.defineProperty(view, key, { enumerable: true, get: () => current()[key] });
  return view;
}
