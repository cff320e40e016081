// @vitest-environment node
/**
 * A run in parts (a pool of workers) and a run looked at before it is done (the bands that
 * follow a drag) give exactly the answers of one run: the same seed, the same paths, in order.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  createMonteCarloRun,
  mergeMonteCarlo,
  presetScenario,
  runMonteCarlo,
  type Scenario,
} from '../../src/model';

const SCENARIOS: [string, Scenario][] = [
  ['the defaults', DEFAULT_SCENARIO],
  ['Korea’s terms (a cash cap, an exempt sector)', presetScenario('korea')],
  ['stalled (no arrivals)', presetScenario('stalled')],
  ['an early deadline, in history', { ...DEFAULT_SCENARIO, periodEnd: '2026-03-31' }],
];

/** The answers of `paths` paths computed in parts cut at `cuts`, merged. */
function inParts(s: Scenario, paths: number, seed: number, cuts: number[]) {
  const bounds = [0, ...cuts, paths];
  const parts = bounds.slice(1).map((to, i) => {
    const run = createMonteCarloRun(s, { paths, seed }, { from: bounds[i]!, to });
    run.step(Infinity);
    return run.part();
  });
  return mergeMonteCarlo(s, seed, parts);
}

describe('mergeMonteCarlo', () => {
  test.each(SCENARIOS)('%s: two, three or seven parts give one run’s answers', (_, s) => {
    const whole = runMonteCarlo(s, { paths: 700, seed: 550 });
    expect(inParts(s, 700, 550, [350])).toEqual(whole);
    expect(inParts(s, 700, 550, [1, 400])).toEqual(whole);
    expect(inParts(s, 700, 550, [100, 200, 300, 400, 500, 699])).toEqual(whole);
  });
  test('any cut of any run, for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.nat(2 ** 31 - 1),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (paths, seed, at) => {
          const cuts = [...new Set(at.map((x) => Math.floor(x * paths)))]
            .filter((c) => c > 0 && c < paths)
            .sort((a, b) => a - b);
          expect(inParts(DEFAULT_SCENARIO, paths, seed, cuts)).toEqual(
            runMonteCarlo(DEFAULT_SCENARIO, { paths, seed }),
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
  test('parts out of order are refused', () => {
    const run = createMonteCarloRun(DEFAULT_SCENARIO, { paths: 10, seed: 1 }, { from: 5, to: 10 });
    run.step(10);
    expect(() => mergeMonteCarlo(DEFAULT_SCENARIO, 1, [run.part()])).toThrow(/from 0/);
  });
});

describe('a run’s snapshot', () => {
  test('after n paths is exactly a run of n paths (the first answer during a drag)', () => {
    const run = createMonteCarloRun(DEFAULT_SCENARIO, { paths: 2000, seed: 550 });
    for (const n of [250, 1000, 2000]) {
      run.step(n - run.step(0));
      expect(run.snapshot()).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: n, seed: 550 }));
    }
    expect(run.finish()).toEqual(runMonteCarlo(DEFAULT_SCENARIO, { paths: 2000, seed: 550 }));
  });
});
