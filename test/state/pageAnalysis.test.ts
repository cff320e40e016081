import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model';
import { analyse } from '../../src/worker/analysis';
import {
  PAGE_ANALYSIS_ID,
  pageAnalysisJson,
  readPageAnalysis,
  seedPageAnalysis,
} from '../../src/state/pageAnalysis';
import { createScenarioStore } from '../../src/state/store.svelte';
import { createResults } from '../../src/state/results.svelte';
import { serializeScenarioUrl } from '../../src/state/urlWrite';

/** A document with the page's script as the prerender writes it (its text, as given). */
function pageWith(scriptHtml: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = `<div id="app"></div>${scriptHtml}`;
  return doc;
}
const script = (text: string) =>
  `<script type="application/json" id="${PAGE_ANALYSIS_ID}">${text}</script>`;
const analysis = analyse({ type: 'analyse', id: 0, a: null, b: DEFAULT_SCENARIO });

// What the prerender writes in each page, and its tornado drawn from it: test/e2e/firstpaint.spec.ts.
describe('the page’s own analysis, written and read', () => {
  test('what is written is read back whole, and no text in it can end the script early', () => {
    const query = 'x=</script><!--<b>';
    const text = pageAnalysisJson({ query, analysis });
    expect(text).not.toContain('<');
    const read = readPageAnalysis(pageWith(script(text)));
    expect(read).toEqual({ query, analysis });
  });

  test('a page without it, or with anything but what the build writes, has none', () => {
    const sweep = analysis.sensitivity.risk;
    /** The page's JSON with this as its risk sweep. */
    const withRisk = (risk: unknown) =>
      JSON.stringify({
        query: '',
        analysis: { attribution: null, sensitivity: { credited: sweep, duties: sweep, risk } },
      });
    const bad = [
      '',
      'not json',
      'null',
      '[]',
      JSON.stringify({ analysis }),
      JSON.stringify({
        query: '',
        analysis: { ...analysis, attribution: { credited: [], risk: [] } },
      }),
      JSON.stringify({ query: '', analysis: { attribution: null, sensitivity: { risk: sweep } } }),
      // An input the sweep does not know (the tornado would look up its unit), and a number
      // that is not one.
      withRisk({ ...sweep, swings: [{ ...sweep.swings[0], input: 'toString' }] }),
      withRisk({ ...sweep, swings: [{ ...sweep.swings[0], input: 'goods.cheese' }] }),
      withRisk({
        base: 0.4,
        swings: [{ input: 'pace', low: '0.1', high: 0.2, lowValue: 0, highValue: 1 }],
      }),
    ];
    expect(readPageAnalysis(pageWith(''))).toBeNull();
    for (const text of bad) expect(readPageAnalysis(pageWith(script(text))), text).toBeNull();
  });
});

describe('seedPageAnalysis: what the explorer’s layout starts from', () => {
  const page = pageWith(
    script(pageAnalysisJson({ query: serializeScenarioUrl(DEFAULT_SCENARIO), analysis })),
  );
  test('the scenario it is for, unpinned: the results have it', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO, null);
    const results = createResults();
    expect(seedPageAnalysis(page, store, results)).toBe(true);
    expect(results.analysisFor(null, store.committed)).toEqual(analysis);
  });
  test('another scenario, or one pinned beside it (a comparison, whose attribution it lacks): they do not', () => {
    const other = { ...DEFAULT_SCENARIO, paceUsdBnPerYear: 120 };
    for (const store of [
      createScenarioStore(other, null),
      createScenarioStore(DEFAULT_SCENARIO, other),
    ]) {
      const results = createResults();
      expect(seedPageAnalysis(page, store, results)).toBe(false);
      expect(results.analysisFor(store.pinned, store.committed)).toBeNull();
    }
  });
});
