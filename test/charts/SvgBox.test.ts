import { afterEach, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import RiskChart from '../../src/charts/RiskChart.svelte';
import TariffChart from '../../src/charts/TariffChart.svelte';
import SectorBars from '../../src/charts/SectorBars.svelte';
import EquitySplitChart from '../../src/charts/EquitySplitChart.svelte';
import { knownWidth } from '../../src/charts/SvgBox.svelte';

/** Boxes `width` px wide, counting how often a box's width is read (each read lays the page out). */
function boxesOf(width: number) {
  const reads = { count: 0 };
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => {
    reads.count++;
    return width;
  });
  return reads;
}
/** ResizeObservers whose reports the test sends. */
function resizeObservers() {
  const callbacks: (() => void)[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return { report: () => callbacks.forEach((c) => c()) };
}
/** Every width a chart's <svg> is given from now on, in order (its first drawing's included). */
function widthsSet() {
  const set: string[] = [];
  const original = Element.prototype.setAttribute;
  vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (
    this: Element,
    name: string,
    value: string,
  ) {
    if (this.tagName === 'svg' && name === 'width') set.push(String(value));
    original.call(this, name, value);
  });
  return set;
}
const svgWidths = (container: Element) =>
  [...container.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('width'));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// (One test: the width the page's charts share lives as long as the page, here the file.)
test('the first chart measures its box; the charts mounted later are drawn once, at that width, without measuring; after a resize, at the new one', () => {
  const observers = resizeObservers();
  let reads = boxesOf(500);
  expect(knownWidth()).toBe(0);
  const first = renderWithStore([withProps(RiskChart, { fallbackWidth: 720 })]);
  flushSync();
  expect(reads.count).toBe(1);
  expect(svgWidths(first.container)).toEqual(['500']);
  expect(knownWidth()).toBe(500);

  // Charts mounted later, each kind that keeps its own width: drawn at the shared width from
  // the start (never at their fallback), their boxes not read.
  let widths = widthsSet();
  const later = renderWithStore([
    withProps(TariffChart, { fallbackWidth: 720 }),
    withProps(SectorBars, { fallbackWidth: 720 }),
    withProps(EquitySplitChart, { fallbackWidth: 720 }),
  ]);
  flushSync();
  expect(reads.count).toBe(1);
  expect(svgWidths(later.container)).toEqual(['500', '500', '500']);
  expect(widths).toEqual(['500', '500', '500']);

  // The column narrows: each box's observer reports it, and a chart mounted next starts there.
  vi.restoreAllMocks();
  reads = boxesOf(420);
  observers.report();
  flushSync();
  expect(svgWidths(first.container)).toEqual(['420']);
  expect(knownWidth()).toBe(420);
  const readsBefore = reads.count;
  widths = widthsSet();
  const next = renderWithStore([withProps(RiskChart, { fallbackWidth: 720 })]);
  flushSync();
  expect(reads.count).toBe(readsBefore);
  expect(widths).toEqual(['420']);
  expect(svgWidths(next.container)).toEqual(['420']);
});
