// npm run bench:ui: drags the pace slider for two seconds in Chromium on the built app and
// prints the 95th-percentile frame interval (budget 20 ms) and the time from drag end to
// refreshed Monte Carlo bands (budget 500 ms). Needs `npm run build` first.
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
const PORT = 4175;
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
);
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

try {
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('path.area.band90').waitFor();
  const slider = page.getByRole('slider', { name: 'Selections a year' });
  const runs = [];
  for (let run = 0; run < 3; run++) {
    await page.waitForTimeout(1000);
    // The page reflows as the answers change: find the slider again each run.
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    await page.evaluate(() => {
      const w = window;
      w.__frames = [];
      w.__recording = true;
      const tick = (t) => {
        w.__frames.push(t);
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    const start = Date.now();
    for (let i = 0; Date.now() - start < 2000; i++) {
      const f = 0.1 + 0.3 * Math.abs(Math.sin(i / 20)); // sweep back and forth
      await page.mouse.move(box.x + box.width * f, y);
    }
    // Each run ends at a different value, so each release asks for a new Monte Carlo run.
    await page.mouse.move(box.x + box.width * (0.12 + 0.07 * run), y);
    // From the release, watch (every frame) for the band to be redrawn from the new run.
    await page.evaluate(() => {
      const w = window;
      w.__recording = false;
      const band = () => document.querySelector('path.area.band90')?.getAttribute('d');
      const before = band();
      w.__upAt = performance.now();
      w.__bandAt = null;
      const check = () =>
        band() !== before ? (w.__bandAt = performance.now()) : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    await page.mouse.up();
    await page.waitForFunction(() => window.__bandAt !== null, null, { timeout: 10_000 });
    const { frames, upAt, bandAt } = await page.evaluate(() => ({
      frames: window.__frames,
      upAt: window.__upAt,
      bandAt: window.__bandAt,
    }));
    const intervals = frames.slice(1).map((t, i) => t - frames[i]);
    runs.push({ p95: percentile(intervals, 0.95), frames: frames.length, bands: bandAt - upAt });
  }
  await browser.close();
  const p95 = percentile(
    runs.map((r) => r.p95),
    0.5,
  );
  const bands = percentile(
    runs.map((r) => r.bands),
    0.5,
  );
  console.log(
    `pledge-explorer UI benchmark, ${new Date().toISOString().slice(0, 10)}, Chromium headless, 3 runs (median shown)`,
  );
  for (const r of runs)
    console.log(
      `  run: ${r.frames} frames, p95 interval ${r.p95.toFixed(1)} ms, drag end to bands ${r.bands.toFixed(0)} ms`,
    );
  console.log(
    `p95 frame interval while dragging   ${p95.toFixed(1).padStart(7)} ms   budget 20 ms    ${p95 <= 20 ? 'within budget' : 'OVER BUDGET'}`,
  );
  console.log(
    `drag end to refreshed bands         ${bands.toFixed(0).padStart(7)} ms   budget 500 ms   ${bands <= 500 ? 'within budget' : 'OVER BUDGET'}`,
  );
} finally {
  server.kill();
}
