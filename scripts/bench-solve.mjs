// npm run bench:solve: "what would it take" in the real worker, in Chromium on the built app
// (issue 15: budget 1 s). For three targets it asks for every lever and a pair, then reads the
// time of each solve from the worker's own performance measures (the solve alone, not the
// page's wait before asking). Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumHelp, chromiumPath } from './chromium.mjs';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(chromiumHelp);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const PORT = 4176;
const MEASURE = 'pledge-explorer:solve';
const BUDGET_MS = 1000;
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('path.area.band90').waitFor();
  const worker = page.workers()[0];
  if (!worker) throw new Error('no worker started');
  const measures = () =>
    worker.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), MEASURE);
  const targets = [
    [
      'credited = pledge',
      async () => page.getByRole('radio', { name: /^Credit a share/ }).check(),
      '100',
    ],
    [
      'penalty <= 30%',
      async () => page.getByRole('radio', { name: /^Keep the chance/ }).check(),
      '30',
    ],
    ['penalty <= 5% (unreachable)', null, '5'],
  ];
  const rows = [];
  for (const [name, choose, value] of targets) {
    await choose?.();
    const field = page.getByRole('spinbutton', {
      name: name.startsWith('credited') ? /Share of the pledge/ : /Highest chance/,
    });
    await field.fill(value);
    const times = [];
    for (let run = 0; run < 5; run++) {
      const before = (await measures()).length;
      // Ask again: a new question each time (the same target, a fresh object).
      await page.getByRole('button', { name: 'Find what it takes' }).click();
      await worker.evaluate(
        ([name, n]) =>
          new Promise((resolve) => {
            const check = () =>
              performance.getEntriesByName(name).length > n ? resolve(null) : setTimeout(check, 20);
            check();
          }),
        [MEASURE, before],
      );
      times.push((await measures()).at(-1));
    }
    rows.push([name, median(times)]);
  }
  await browser.close();
  console.log(
    `pledge-explorer solve benchmark, ${new Date().toISOString().slice(0, 10)}, Chromium headless, the real worker, median of 5`,
  );
  for (const [name, ms] of rows)
    console.log(
      `whatItTakes(default, ${name}), 6 levers + a pair`.padEnd(64) +
        `${ms.toFixed(0).padStart(6)} ms   budget ${BUDGET_MS} ms   ${ms <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}`,
    );
} finally {
  server.kill();
}
