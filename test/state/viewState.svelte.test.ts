import { describe, expect, test } from 'vitest';
import { createViewState } from '../../src/state/viewState.svelte';
import { DEFAULT_VIEW } from '../../src/state/view';
import { parseScenarioUrl, serializeScenarioUrl } from '../../src/state/url';
import { DEFAULT_SCENARIO } from '../../src/model';

describe('createViewState', () => {
  test('tables shown keep a fixed order and round-trip through the link with the chart views', () => {
    const cleanup = $effect.root(() => {
      const v = createViewState(DEFAULT_VIEW);
      v.setTable('risk', true);
      v.setTable('money', true);
      v.setTable('risk', false);
      v.setTable('tornado', true);
      v.setStack('instrument');
      v.setRiskView('hazard');
      v.setTheme('dark');
      expect(v.tables).toEqual(['money', 'tornado']);
      const view = {
        ...DEFAULT_VIEW,
        tables: v.tables,
        stack: v.stack,
        riskView: v.riskView,
        theme: v.theme,
      };
      const q = serializeScenarioUrl(DEFAULT_SCENARIO, view);
      expect(q).toContain('stack=instrument');
      expect(q).toContain('rv=hazard');
      expect(q).toContain('tbl=money,tornado');
      expect(parseScenarioUrl(q).view).toEqual(view);
      v.restore(DEFAULT_VIEW);
      expect([v.tables, v.stack, v.riskView, v.theme]).toEqual([[], 'none', 'cumulative', 'auto']);
    });
    cleanup();
  });
});
