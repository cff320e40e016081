// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataJson, dataTable } from '../../src/export/dataExport';
import { DEFAULT_SCENARIO, runMonteCarlo, simulate, wilsonInterval } from '../../src/model';

const s = DEFAULT_SCENARIO;
const r = simulate(s);
const meta = {
  title: 'pledge-explorer',
  link: 'https://example.org/',
  made: '2026-12-03',
  model: 'm',
  data: { version: '2', asOf: '2026-10-09' },
  licence: 'CC BY 4.0',
  citation: 'cite',
  scenarioName: 'Central',
  sources: [],
};

describe('dataJson (the data file a reader downloads)', () => {
  test('its answers are the ones the page prints: the Monte Carlo’s, not the central path’s', () => {
    const mc = runMonteCarlo(s, { paths: 400, seed: 3 });
    const file = dataJson(meta, s, r, mc, dataTable(r, mc, []));
    const [low, high] = wilsonInterval(mc.shareReimposedByDeadline, 400);
    expect(file.answers).toMatchObject({
      basis: 'Monte Carlo, 400 paths',
      deadline: s.periodEnd,
      chanceOfPenaltyByDeadline: { value: mc.shareReimposedByDeadline, low, high },
      creditedByDeadlineUsdBn: {
        value: mc.creditedAtDeadline.p50,
        low: mc.creditedAtDeadline.p5,
        high: mc.creditedAtDeadline.p95,
      },
    });
    // The central path's summary differs from them, and says what it is.
    expect(file.summary.creditedByDeadline).not.toBe(file.answers.creditedByDeadlineUsdBn.value);
    expect(file.summaryBasis).toMatch(/^The central path/);
  });

  test('without a Monte Carlo its answers are the central path’s, and say so', () => {
    const file = dataJson(meta, s, r, null, dataTable(r, null, []));
    expect(file.answers.basis).toBe('central path');
    expect(file.answers.creditedByDeadlineUsdBn).toEqual({
      value: r.summary.creditedByDeadline,
      low: null,
      high: null,
    });
    expect(file.answers.chanceOfPenaltyByDeadline.value).toBe(r.summary.pReimposedByDeadline);
    expect(file.monteCarlo).toBeNull();
  });
});
