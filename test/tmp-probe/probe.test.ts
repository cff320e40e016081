import { test } from 'vitest';
import { DEFAULT_SCENARIO, presetScenario, runMonteCarlo, simulate } from '../../src/model';
test('probe', () => {
  for (const s of [DEFAULT_SCENARIO, presetScenario('stalled'), presetScenario('onPace')]) {
    const r = simulate(s);
    const mc = runMonteCarlo(s, { paths: 5000, seed: 1 });
    const e = r.months.indexOf('2029-12');
    const z = r.months.indexOf('2032-12');
    console.log('ROW',
      r.summary.pReimposedByDeadline.toFixed(3), mc.shareReimposedByDeadline.toFixed(3),
      (r.series.pReimposed[e] ?? 0).toFixed(3), (mc.shareReimposed[e] ?? 0).toFixed(3),
      (r.series.pReimposed[z] ?? 0).toFixed(3), (mc.shareReimposed[z] ?? 0).toFixed(3),
      r.summary.creditedByDeadline.toFixed(1), mc.creditedAtDeadline.mean.toFixed(1), mc.creditedAtDeadline.p50.toFixed(1),
    );
  }
});
