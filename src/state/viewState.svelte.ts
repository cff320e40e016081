/**
 * The parts of the view a reader changes on the page (theme, the money chart's split, the risk
 * chart's view, tables shown): held here, written to the link by App (replacing the history
 * entry), and restored with back/forward. One instance per app, by context.
 */
import { TABLE_IDS, type RiskView, type Stack, type TableId, type Theme, type View } from './view';

export function createViewState(initial: View) {
  let theme = $state.raw<Theme>(initial.theme);
  let stack = $state.raw<Stack>(initial.stack);
  let riskView = $state.raw<RiskView>(initial.riskView);
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
      tables = v.tables;
    },
  };
}

export type ViewState = ReturnType<typeof createViewState>;
