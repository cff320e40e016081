// npm run bench: medians of the model's hot paths, measured on the production bundle
// (Vite library build of scripts/bench-entry.ts), in this one Node thread.
// Budgets: simulate <= 0.5 ms and Monte Carlo, 10,000 paths <= 250 ms (issue 3);
// the sensitivity sweep of the default scenario < 1 s (issue 7); "what would it take" for
// every lever and a pair, each with its Monte Carlo check, < 1 s (issue 15: the worker runs
// the same bundled code, on one thread).
import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = mkdtempSync(join(tmpdir(), 'pledge-bench-'));
await build({
  configFile: false,
  logLevel: 'error',
  build: {
    outDir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'scripts/bench-entry.ts', formats: ['es'], fileName: 'model' },
  },
});
const model = await import(pathToFileURL(join(outDir, 'model.js')).href);
rmSync(outDir, { recursive: true, force: true });

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds per call over `rounds` rounds of `inner` calls, after warm-up. */
function measure(fn, { warmup, rounds, inner }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    times.push((performance.now() - t0) / inner);
  }
  return median(times);
}

const s = model.DEFAULT_SCENARIO;
const rows = [
  [
    'simulate(default scenario)',
    measure(() => model.simulate(s), { warmup: 500, rounds: 25, inner: 200 }),
    0.5,
  ],
  [
    'runMonteCarlo(default, 10,000 paths)',
    measure(() => model.runMonteCarlo(s, { paths: 10_000, seed: 550 }), {
      warmup: 2,
      rounds: 9,
      inner: 1,
    }),
    250,
  ],
  [
    'sensitivity(default), both outcomes',
    measure(
      () => {
        model.sensitivity(s, 'creditedByDeadline');
        model.sensitivity(s, 'pReimposedByDeadline');
      },
      { warmup: 3, rounds: 9, inner: 1 },
    ),
    1000,
  ],
  ...[
    ['credited = pledge', { kind: 'credited', share: 1 }],
    ['penalty <= 30%', { kind: 'risk', max: 0.3 }],
    ['penalty <= 5% (unreachable)', { kind: 'risk', max: 0.05 }],
  ].map(([name, target]) => [
    `whatItTakes(default, ${name}), 6 levers + a pair`,
    measure(
      () =>
        model.whatItTakes(s, target, model.SOLVE_LEVERS, [
          'paceUsdBnPerYear',
          'requiredMarginAnnual',
        ]),
      { warmup: 2, rounds: 7, inner: 1 },
    ),
    1000,
  ]),
];
const date = new Date().toISOString().slice(0, 10);
console.log(`pledge-explorer model benchmark, ${date}, node ${process.version}`);
for (const [name, ms, budget] of rows) {
  const verdict = ms <= budget ? 'within budget' : 'OVER BUDGET';
  console.log(
    `${name.padEnd(62)} median ${ms.toFixed(3).padStart(9)} ms   budget ${budget} ms   ${verdict}`,
  );
}
