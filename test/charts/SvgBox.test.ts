import { afterEach, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import RiskChart from '../../src/charts/RiskChart.svelte';
import TariffChart from '../../src/charts/TariffChart.svelte';
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
const svgWidths = (container: Element) =>
  [...container.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('width'));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// (One test: the width the page's charts share lives as long as the page, here the file.)
test('the first chart measures its box; a chart mounted later starts at that width without measuring, and a resize reaches the next', () => {
  const observers = resizeObservers();
  const reads = boxesOf(500);
  expect(knownWidth()).toBe(0);
  const first = renderWithStore([withProps(RiskChart, { fallbackWidth: 720 })]);
  flushSync();
  expect(reads.count).toBe(1);
  expect(svgWidths(first.container)).toEqual(['500']);
  expect(knownWidth()).toBe(500);

  // A chart mounted later: drawn at the shared width from the start, its box not read.
  const later = renderWithStore([withProps(TariffChart, { fallbackWidth: 720 })]);
  flushSync();
  expect(reads.count).toBe(1);
  expect(svgWidths(later.container)).toEqual(['500']);

  // The column narrows: each box's observer reports it, and the next chart starts there.
  vi.restoreAllMocks();
  boxesOf(420);
  observers.report();
  flushSync();
  expect(svgWidths(first.container)).toEqual(['420']);
  expect(knownWidth()).toBe(420);
});
