/** How the page shows a scenario: embed or explorer, which chart, which live controls, theme, language, currency. */
import type { Currency, Locale } from '../i18n/format';
import { DEFAULT_RANGE, type TimeRange } from './timeRange';

export const CHART_IDS = ['money', 'risk', 'japan', 'split'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Controls an embed can leave live (`controls=pace,mix`). */
export const EMBED_CONTROL_IDS = ['pace', 'mix', 'counting', 'pledge', 'rates', 'hazard'] as const;
export type EmbedControlId = (typeof EMBED_CONTROL_IDS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface View {
  readonly embed: boolean;
  readonly chart: ChartId;
  readonly controls: readonly EmbedControlId[];
  readonly theme: Theme;
  /** null: the browser's language decides. */
  readonly lang: Locale | null;
  readonly cur: Currency;
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
  baseline: true,
  range: DEFAULT_RANGE,
});

/** A view whose fields always read the current one: handed out once, by context. */
export function liveView(current: () => View): View {
  return {
    get embed() {
      return current().embed;
    },
    get chart() {
      return current().chart;
    },
    get controls() {
      return current().controls;
    },
    get theme() {
      return current().theme;
    },
    get lang() {
      return current().lang;
    },
    get cur() {
      return current().cur;
    },
    get baseline() {
      return current().baseline;
    },
    get range() {
      return current().range;
    },
  };
}
