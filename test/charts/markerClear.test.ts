/**
 * The first rows of the markers' labels lie over no line: the plot's top is raised so its highest
 * value sits below them (markerRows.ts labelHeadroom, ChartFrame's `clearRows`). The deadline's
 * label at the top right had hidden the money chart's required pace under its halo, and the
 * risk chart's "End of term" its lines (seen in a Japanese embed 390 px wide in the browser;
 * here, with estimated label widths and 200 paths, the English cases at 340 and 390 px and the
 * money chart's fail without the headroom).
 */
import { describe, expect, test } from 'vitest';
import { flushSync, type Component } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import RiskChart from '../../src/charts/RiskChart.svelte';
import { DEFAULT_SCENARIO, presetScenario, runMonteCarlo, transitions } from '../../src/model';
import { ja } from '../../src/i18n/ja';
import { estimateWidth } from '../../src/charts/textWidth';
import { labelHeadroom, ROW_PX } from '../../src/charts/markerRows';

/** Each marker label's box on the plot: its left edge, width and row. */
function labels(svg: SVGSVGElement) {
  return [...svg.querySelectorAll<SVGGElement>('g.rule')].map((g) => {
    const lineX = Number(/translate\(([-\d.]+),/.exec(g.getAttribute('transform') ?? '')![1]);
    const text = g.querySelector('text')!;
    const width = estimateWidth(text.textContent ?? '', 12);
    const x = lineX + Number(text.getAttribute('x'));
    const left = text.getAttribute('text-anchor') === 'end' ? x - width : x;
    const row = (Number(text.getAttribute('y')) - 10) / ROW_PX;
    return { label: text.textContent, left, width, row };
  });
}

/** Every line drawn (not the bands): its vertices, in the plot's coordinates. */
function lines(svg: SVGSVGElement): [number, number][][] {
  return [...svg.querySelectorAll('path.line')].map((p) =>
    [...(p.getAttribute('d') ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map(
      ([, x, y]) => [Number(x), Number(y)] as [number, number],
    ),
  );
}

/**
 * The highest (least y) a line reaches between x0 and x1, vertices and the segments between
 * them (a segment's highest point in a span is at one of the span's ends); Infinity if none.
 */
function highestIn(line: readonly [number, number][], x0: number, x1: number): number {
  let top = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [[ax, ay], [bx, by]] = [line[i - 1]!, line[i]!];
    const from = Math.max(x0, Math.min(ax, bx));
    const to = Math.min(x1, Math.max(ax, bx));
    if (from > to) continue;
    const at = (x: number) =>
      bx === ax ? Math.min(ay, by) : ay + ((by - ay) * (x - ax)) / (bx - ax);
    top = Math.min(top, at(from), at(to));
  }
  return top;
}

describe('the markers’ first rows of labels lie over no line', () => {
  test.each([
    ['MoneyChart', 1, 'en', 360, MoneyChart],
    ['MoneyChart', 1, 'ja', 360, MoneyChart],
    ['MoneyChart', 1, 'en', 720, MoneyChart],
    ['RiskChart', 2, 'en', 340, RiskChart],
    ['RiskChart', 2, 'en', 390, RiskChart],
    ['RiskChart', 2, 'ja', 360, RiskChart],
    ['RiskChart', 2, 'ja', 720, RiskChart],
  ] as const)('%s, its first %i row(s), in %s at %i px', (_, rows, lang, width, chart) => {
    const s = DEFAULT_SCENARIO;
    const view = renderWithStore(
      [withProps(chart as unknown as Component<Record<string, unknown>>, { fallbackWidth: width })],
      s,
      lang === 'ja' ? { lang: 'ja', catalogue: ja } : {},
    );
    view.results.setMonteCarloResult(runMonteCarlo(s, { paths: 200, seed: 550 }), s);
    flushSync();
    const svg = view.container.querySelector<SVGSVGElement>('svg[role="img"]')!;
    const top = labels(svg).filter((l) => l.row < rows);
    // (The case the test is for: a label in those rows reaching the plot's right half, where
    // the lines are highest. The plot is the chart's width less its side margins.)
    expect(top.some((l) => l.left + l.width > (width - 72) / 2)).toBe(true);
    const drawn = lines(svg);
    expect(drawn.flat().length).toBeGreaterThan(50);
    for (const l of top)
      for (const line of drawn)
        expect(
          highestIn(line, l.left, l.left + l.width),
          `${l.label} over a line`,
        ).toBeGreaterThanOrEqual(l.row * ROW_PX + 16);
  });

  test('a probability’s axis stops at 100%, even where that leaves a label over a line', () => {
    // The stalled preset with threats twice as frequent: a chance of a penalty of about 90% by
    // the end, which raised for two rows of labels would put the top at 110% or more.
    const stalled = presetScenario('stalled');
    const s = transitions.setParam('threatRateAnnual', 2 * stalled.threatRateAnnual)(stalled);
    const view = renderWithStore(
      [
        withProps(RiskChart as unknown as Component<Record<string, unknown>>, {
          fallbackWidth: 360,
        }),
      ],
      s,
    );
    view.results.setMonteCarloResult(runMonteCarlo(s, { paths: 200, seed: 550 }), s);
    flushSync();
    const ticks = [...view.container.querySelectorAll('svg[role="img"] .axis text')]
      .map((t) => /^(\d+)%$/.exec(t.textContent ?? '')?.[1])
      .filter((v) => v !== undefined)
      .map(Number);
    expect(ticks.length).toBeGreaterThan(3);
    expect(Math.max(...ticks)).toBe(100);
  });
});

describe('labelHeadroom', () => {
  test('leaves the rows’ height, with 2 px to spare, above the highest value', () => {
    // The money chart's plot (266 px) under one row: its type and halo reach 16 px, so 18.
    expect(labelHeadroom(1, 266)).toBeCloseTo(266 / (266 - 18), 12);
    // The risk chart's (206 px) under two rows, 15 px apart: 33 px.
    expect(labelHeadroom(2, 206)).toBeCloseTo(206 / (206 - 33), 12);
    // On such a plot the top value then sits 18 / 33 px down.
    expect(266 * (1 - 1 / labelHeadroom(1, 266))).toBeCloseTo(18, 9);
  });
  test('asks for nothing without rows, or of a plot too short to give them a quarter of it', () => {
    expect(labelHeadroom(0, 266)).toBe(1);
    expect(labelHeadroom(2, 132)).toBe(1);
    expect(labelHeadroom(2, 133)).toBeGreaterThan(1);
  });
});
