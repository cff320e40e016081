/**
 * The parts of the view a reader changes on the page (theme, the money chart's split, the risk
 * chart's view, the split chart's sector, the tornado's and the waterfall's outcome, tables
 * shown): held here, written to the link by App (replacing the history entry), and restored with
 * back/forward. One instance per app, by context.
 */
import {
  TABLE_IDS,
  type RiskView,
  type Stack,
  type TableId,
  type Theme,
  type TornadoOutcome,
  type View,
  type WaterfallOutcome,
} from './view';
import type { SectorId } from '../data/sectors';

export function createViewState(initial: View) {
  let theme = $state.raw<Theme>(initial.theme);
  let stack = $state.raw<Stack>(initial.stack);
  let riskView = $state.raw<RiskView>(initial.riskView);
  let splitSector = $state.raw<SectorId>(initial.splitSector);
  let tornado = $state.raw<TornadoOutcome>(initial.tornado);
  let waterfall = $state.raw<WaterfallOutcome>(initial.waterfall);
  let tables = $state.raw<readonly TableId[]>(initial.tables);
  return {
    get theme() {
      return theme;
    },
    setTheme(next: Theme) {
      theme = next;
    },
    get stack() {
      return stack;
    },
    setStack(next: Stack) {
      stack = next;
    },
    get riskView() {
      return riskView;
    },
    setRiskView(next: RiskView) {
      riskView = next;
    },
    get splitSector() {
      return splitSector;
    },
    setSplitSector(next: SectorId) {
      splitSector = next;
    },
    get tornado() {
      return tornado;
    },
    setTornado(next: TornadoOutcome) {
      tornado = next;
    },
    get waterfall() {
      return waterfall;
    },
    setWaterfall(next: WaterfallOutcome) {
      waterfall = next;
    },
    get tables() {
      return tables;
    },
    isTable(id: string): boolean {
      return (tables as readonly string[]).includes(id);
    },
    /** Shows a card as a table (or as its chart again); ids keep TABLE_IDS order. */
    setTable(id: string, on: boolean) {
      tables = TABLE_IDS.filter((x) => (x === id ? on : tables.includes(x)));
    },
    /** Back/forward: the view the entry's link holds. */
    restore(v: View) {
      theme = v.theme;
      stack = v.stack;
      riskView = v.riskView;
      splitSector = v.splitSector;
      tornado = v.tornado;
      waterfall = v.waterfall;
      tables = v.tables;
    },
  };
}

export type ViewState = ReturnType<typeof createViewState>;
