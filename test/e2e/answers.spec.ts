import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { expectHeadline, monteCarloAnswer } from './headline';
import { en, expectedHeadline, tEn } from './model';
import { RISK_FACTORS } from '../../src/model';

/** The Monte Carlo worker's script, however the build names it (assets/montecarlo.worker-<hash>.js). */
const WORKER = '**/montecarlo.worker*';
const expected = expectedHeadline();
const why = (page: Page) => page.getByTestId('why');

test('the headline is the central path, marked provisional, until the Monte Carlo has run; then its answer with the interval', async ({
  page,
}) => {
  // Hold the worker's script back, so the page is seen before the Monte Carlo has run.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(WORKER, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByTestId('provisional')).toHaveText(en['headline.provisional']);
  await expect(page.locator('section.headline')).toHaveAttribute('aria-busy', 'true');
  await expectHeadline(page, expected.central);
  await expect(why(page)).toContainText(en['headline.provisional']);
  await expectNoAxeViolations(page, 'section.headline', '[data-testid="why"]');

  release();
  await monteCarloAnswer(page);
  await expectHeadline(page, expected.monteCarlo);
  await expect(why(page)).not.toContainText(en['headline.provisional']);
});

test('the risk card draws the Monte Carlo’s answer beside the dashed central path, and says why: its parts add up to the headline’s chance', async ({
  page,
}) => {
  await page.goto('/');
  await monteCarloAnswer(page);
  const chart = page.locator('figure[aria-labelledby="risk-title"]');
  await expect(chart.locator('path.line.answer')).toHaveAttribute('d', /^M/);
  const dashes = await chart
    .locator('path.line.central')
    .evaluate((e) => getComputedStyle(e).strokeDasharray);
  expect(dashes).not.toBe('none');
  await expect(chart.getByText(en['series.mcShare'])).toBeVisible();
  const risk = (await page.getByTestId('risk').textContent())!;
  await expect(
    why(page).getByRole('heading', { name: tEn('why.heading', { risk }) }),
  ).toBeVisible();
  const parts = why(page).getByRole('listitem');
  await expect(parts).toHaveCount(RISK_FACTORS.length);
  const points: number[] = [];
  for (const [i, factor] of RISK_FACTORS.entries()) {
    const part = parts.nth(i);
    await expect(part).toBeVisible();
    // The names read as sentences begin ("The base threat rate"): compare case-blind.
    await expect(part).toContainText(new RegExp(en[`why.${factor}`], 'i'));
    // Each part is the Monte Carlo's, in points to a tenth.
    const shown = (await part.locator('.value').textContent())!;
    expect(shown).toBe(expected.format.points(expected.mc.why.parts[factor], 1));
    points.push(Number(shown.replace('−', '-').replace(/[^-\d.]/g, '')));
  }
  // Five parts rounded to a tenth of a point, the total to a whole percent.
  const sum = points.reduce((a, b) => a + b, 0);
  const headline = Number(risk.replace('%', ''));
  expect(Math.abs(sum - headline)).toBeLessThanOrEqual(0.5 + RISK_FACTORS.length * 0.05);
});

test('if the Monte Carlo worker cannot load, the runs move to the page, the headline still gets its interval, and the page says so', async ({
  page,
}) => {
  let blocked = 0;
  await page.route(WORKER, (route) => {
    blocked++;
    return route.fulfill({ status: 404 });
  });
  await page.goto('/');
  await monteCarloAnswer(page);
  expect(blocked).toBeGreaterThan(0);
  await expectHeadline(page, expected.monteCarlo);
  await expect(page.getByRole('status').filter({ hasText: en['mc.onPage'] })).toBeVisible();
  await expect(page.locator('path.area.band90')).toHaveAttribute('d', /^M/);
  // Later runs go to the page too: a preset still gets its Monte Carlo answer.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('stalled');
  await monteCarloAnswer(page);
  await expect(page.getByTestId('risk-detail')).toContainText('95% interval');
  await expectNoAxeViolations(page, 'section.headline', 'p.mc');
});

/** What the page asks its Monte Carlo workers (their `run` requests) and the answers they send. */
declare global {
  interface Window {
    __asked: { id: number; paths: number; from: number; to: number }[];
    __answered: number[];
  }
}

test('once the first answer is in, a page of 10,000 paths has its workers warm up at idle with a run it drops: the answer shown stays, and a change after runs as usual', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.__asked = [];
    window.__answered = [];
    // A pool of two workers, whatever the machine.
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 });
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<{ type: string; id: number }>) => {
          if (e.data?.type === 'result') window.__answered.push(e.data.id);
        });
      }
    };
    const post = Base.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Base.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const m = args[0] as {
        type?: string;
        id: number;
        paths: number;
        range?: { from: number; to: number };
      };
      if (m?.type === 'run')
        window.__asked.push({
          id: m.id,
          paths: m.paths,
          from: m.range?.from ?? 0,
          to: m.range?.to ?? m.paths,
        });
      post.apply(this, args);
    } as Worker['postMessage'];
  });
  await page.goto('/?n=10000');
  await monteCarloAnswer(page);
  const detail = page.getByTestId('risk-detail');
  await expect(detail).toContainText('(10,000 Monte Carlo paths)');
  const shown = await detail.textContent();
  // The page's first run, split between the two workers; then the warm-up's 2,000 paths, split.
  await expect
    .poll(() => page.evaluate(() => window.__asked.filter((r) => r.paths === 2000)))
    .toEqual([
      expect.objectContaining({ from: 0, to: 1000 }),
      expect.objectContaining({ from: 1000, to: 2000 }),
    ]);
  const asked = await page.evaluate(() => window.__asked);
  expect(asked.slice(0, 2)).toEqual([
    expect.objectContaining({ paths: 10_000, from: 0, to: 5000 }),
    expect.objectContaining({ paths: 10_000, from: 5000, to: 10_000 }),
  ]);
  const warmUp = asked.find((r) => r.paths === 2000)!.id;
  await expect.poll(() => page.evaluate(() => window.__answered)).toContain(warmUp);
  // Its answer is dropped: two frames on (answers are drawn at the next), the page still shows
  // the first run's.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(detail).toHaveText(shown ?? '');
  // A change runs its own, and the page shows its answer.
  await page.getByRole('slider', { name: en['param.paceUsdBnPerYear.label'] }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.__asked.at(-1)?.id)).toBeGreaterThan(warmUp);
  const change = await page.evaluate(() => window.__asked.at(-1)!.id);
  await expect.poll(() => page.evaluate(() => window.__answered)).toContain(change);
  await monteCarloAnswer(page);
  await expect(detail).toContainText('(10,000 Monte Carlo paths)');
});
