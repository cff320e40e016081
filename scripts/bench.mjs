// npm run bench: run times of the model's hot paths.
// - In Node: medians of `simulate`, the Monte Carlo (1,000 and 10,000 paths) and the
//   sensitivity sweep, on the production bundle (a Vite library build of
//   scripts/bench-entry.ts), in this one thread.
// - In Chromium (needs `npm run build` first): the Monte Carlo in the real, built worker
//   (dist/assets/montecarlo.worker-*.js), request to result: cold (a worker just created:
//   its script loaded and compiled, then the run) and warm (the same worker again, median),
//   at 1,000 and 10,000 paths; and 10,000 paths split between a pool of two workers, as the
//   page runs them (src/worker/client.ts), warm.
// Budgets: simulate <= 0.5 ms; Monte Carlo, 10,000 paths <= 75 ms in Node and <= 100 ms
// request to result in the browser's worker (issue 16); the sensitivity sweep < 1 s (issue
// 7); "what would it take" for every lever and a pair, each with its Monte Carlo check, < 1 s
// (issue 15: the worker runs the same bundled code, on one thread).
import { build } from 'vite';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve.mjs';

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
const mc = (paths) => () => model.runMonteCarlo(s, { paths, seed: 550 });
const rows = [
  [
    'simulate(default scenario)',
    measure(() => model.simulate(s), { warmup: 500, rounds: 25, inner: 200 }),
    0.5,
  ],
  ['Monte Carlo, 1,000 paths', measure(mc(1000), { warmup: 5, rounds: 15, inner: 1 }), null],
  ['Monte Carlo, 10,000 paths', measure(mc(10_000), { warmup: 3, rounds: 15, inner: 1 }), 75],
  [
    'sensitivity sweep (default), its three outcomes',
    measure(
      () =>
        model.sensitivities(s, [
          'creditedByDeadline',
          'pReimposedByDeadline',
          'expectedDutiesUsdBn',
        ]),
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

/** The built worker in Chromium: request to result, cold and warm. */
async function inBrowser() {
  const executablePath = chromiumPath();
  const worker = existsSync('dist/assets')
    ? readdirSync('dist/assets').find((f) => /^montecarlo\.worker-.*\.js$/.test(f))
    : undefined;
  if (!executablePath || !worker) return null;
  const { origin, stop } = await serveDist();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // A blank page of the same origin, so the worker may start (no CSP on it).
    await page.route(`${origin}/bench.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(`${origin}/bench.html`);
    return await page.evaluate(
      async ({ url, scenario }) => {
        let id = 0;
        const start = () => new Worker(url, { type: 'module' });
        /** Posts a run and resolves to ms from the post to the result. */
        const run = (w, paths) =>
          new Promise((resolve) => {
            const me = ++id;
            const t0 = performance.now();
            w.onmessage = ({ data }) => {
              if (data.id === me && data.type === 'result') resolve(performance.now() - t0);
            };
            w.postMessage({ type: 'run', id: me, scenario, paths, seed: 550 });
          });
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const out = {};
        for (const paths of [1000, 10_000]) {
          const cold = [];
          for (let i = 0; i < 3; i++) {
            const w = start();
            cold.push(await run(w, paths));
            w.terminate();
          }
          const w = start();
          await run(w, paths);
          const warm = [];
          for (let i = 0; i < 9; i++) warm.push(await run(w, paths));
          w.terminate();
          out[paths] = { cold: median(cold), warm: median(warm) };
        }
        // As the page runs a change at rest of 10,000 paths: split between a pool of two
        // workers (src/worker/client.ts), the second's part moved to the first, which merges.
        const pool = [start(), start()];
        const split = (paths) =>
          new Promise((resolve) => {
            const me = ++id;
            const half = paths / 2;
            const t0 = performance.now();
            pool[1].onmessage = ({ data }) => {
              if (data.id !== me || data.type !== 'part') return;
              const p = data.part;
              const buffers = [p.columns, p.flips, p.flippedByCause, p.atDeadline, p.pastCommitted]
                .filter((a) => a !== null)
                .map((a) => a.buffer);
              pool[0].postMessage({ type: 'part', id: me, part: p }, buffers);
            };
            pool[0].onmessage = ({ data }) => {
              if (data.id === me && data.type === 'result') resolve(performance.now() - t0);
            };
            pool[0].postMessage({
              type: 'run',
              id: me,
              scenario,
              paths,
              seed: 550,
              range: { from: 0, to: half },
              parts: 1,
            });
            pool[1].postMessage({
              type: 'run',
              id: me,
              scenario,
              paths,
              seed: 550,
              range: { from: half, to: paths },
            });
          });
        await split(10_000);
        const pooled = [];
        for (let i = 0; i < 9; i++) pooled.push(await split(10_000));
        pool.forEach((w) => w.terminate());
        out.pool = median(pooled);
        out.cores = navigator.hardwareConcurrency;
        return out;
      },
      { url: `${origin}/assets/${worker}`, scenario: structuredClone(s) },
    );
  } finally {
    await browser.close();
    stop();
  }
}

const browserRows = await inBrowser();
const date = new Date().toISOString().slice(0, 10);
console.log(`pledge-explorer model benchmark, ${date}, node ${process.version}`);
const line = (name, ms, budget) => {
  const verdict = budget === null ? '' : ms <= budget ? '   within budget' : '   OVER BUDGET';
  const b = budget === null ? '' : `   budget ${budget} ms`;
  console.log(`${name.padEnd(72)} median ${ms.toFixed(3).padStart(9)} ms${b}${verdict}`);
};
for (const [name, ms, budget] of rows) line(`Node: ${name}`, ms, budget);
if (!browserRows) console.log('Chromium or dist/ missing: the browser worker was not measured.');
else {
  console.log(`Chromium: ${browserRows.cores} cores`);
  line('Chromium worker: Monte Carlo, 1,000 paths, cold', browserRows[1000].cold, null);
  line('Chromium worker: Monte Carlo, 1,000 paths, warm', browserRows[1000].warm, null);
  line('Chromium worker: Monte Carlo, 10,000 paths, cold', browserRows[10000].cold, null);
  line('Chromium worker: Monte Carlo, 10,000 paths, warm', browserRows[10000].warm, 100);
  line('Chromium pool of 2 workers (as the page): 10,000 paths, warm', browserRows.pool, 100);
}
