/** A line redrawn as its values change: the history's path is written again only when the history changed. */
import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { renderLayers, day, type Frame } from '../harness/renderLayers';
import Line from '../../src/charts/Line.svelte';

const frame: Frame = { xDomain: [day('2021-01-01'), day('2023-01-01')], yDomain: [0, 10] };
const dates = [day('2021-01-01'), day('2021-07-01'), day('2022-01-01'), day('2023-01-01')];

describe('Line, as its values change', () => {
  test('a new projection redraws the projection; a new history, the history (nothing stale is kept)', () => {
    const props = $state({ dates, values: [0, 3, 4, 10], series: 'credited', splitAt: 1 });
    const { plot } = renderLayers(frame, [{ component: Line, props }]);
    const paths = () => [...plot.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    // x: 0, 24.8, 50, 100; y = 50 - 5 v.
    expect(paths()).toEqual(['M0,50L24.8,35', 'M24.8,35L50,30L100,0']);
    // The projection moves (a change of an assumption); the history is as it was.
    props.values = [0, 3, 6, 8];
    flushSync();
    expect(paths()).toEqual(['M0,50L24.8,35', 'M24.8,35L50,20L100,10']);
    // The history itself changes (new data): it is drawn anew.
    props.values = [1, 3, 6, 8];
    flushSync();
    expect(paths()).toEqual(['M0,45L24.8,35', 'M24.8,35L50,20L100,10']);
    // So does a longer history (the split moves), and other dates (x from 547 / 7.3 = 74.9).
    props.splitAt = 2;
    flushSync();
    expect(paths()).toEqual(['M0,45L24.8,35L50,20', 'M50,20L100,10']);
    props.dates = [day('2021-01-01'), day('2022-01-01'), day('2022-07-02'), day('2023-01-01')];
    flushSync();
    expect(paths()).toEqual(['M0,45L50,35L74.9,20', 'M74.9,20L100,10']);
  });
});
