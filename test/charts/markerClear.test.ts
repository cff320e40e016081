/**
 * The first rows of the markers' labels lie over no line: the plot's top is raised so its highest
 * value sits below them (markerRows.ts labelHeadroom, ChartFrame's `clearRows`). The deadline's
 * label at the top right had hidden the money chart's required pace under its halo, and the
 * risk chart's "End of term" its lines, in a Japanese embed 390 px wide.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { flushSync, type Component } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import RiskChart from '../../src/charts/RiskChart.svelte';
import { DEFAULT_SCENARIO, runMonteCarlo } from '../../src/model';
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

/** Every point of every line drawn (not the bands), in the plot's coordinates. */
function points(svg: SVGSVGElement): [number, number][] {
  return [...svg.querySelectorAll('path.line')].flatMap((p) =>
    [...(p.getAttribute('d') ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map(
      ([, x, y]) => [Number(x), Number(y)] as [number, number],
    ),
  );
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
    const drawn = points(svg);
    expect(drawn.length).toBeGreaterThan(50);
    for (const l of top)
      for (const [x, y] of drawn)
        if (x >= l.left && x <= l.left + l.width)
          expect(y, `${l.label} over a line at x ${x}`).toBeGreaterThanOrEqual(l.row * ROW_PX + 16);
  });
});

describe('labelHeadroom', () => {
  test('puts the highest value below the rows asked for, and asks for nothing without rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 150, max: 600 }), (rows, h) => {
        const k = labelHeadroom(rows, h);
        const clear = (rows - 1) * ROW_PX + 16;
        // The top value, on a plot whose top is k times it: its y below the rows' last halo;
        // unless the plot is too short to give up that room (then k is 1).
        if (h > 2 * (clear + 2)) expect(h * (1 - 1 / k)).toBeGreaterThanOrEqual(clear);
        else expect(k).toBe(1);
      }),
    );
    expect(labelHeadroom(0, 266)).toBe(1);
    // A plot too short to give that room keeps its top.
    expect(labelHeadroom(5, 100)).toBe(1);
  });
});
