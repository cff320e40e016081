import { describe, expect, test } from 'vitest';
import { withProps } from '../harness/render';
import { day, renderLayers, type Frame } from '../harness/renderLayers';
import Line from '../../src/charts/Line.svelte';

/**
 * A 100 x 50 px plot. x: 2021-01-01 .. 2023-01-01 (730 days) onto 0..100 px, so
 * x = days / 7.3; y: 0..10 onto 50..0 px, so y = 50 - 5 v. Positions are rounded to 0.1 px.
 */
const frame: Frame = { xDomain: [day('2021-01-01'), day('2023-01-01')], yDomain: [0, 10] };

describe('Line', () => {
  test('draws its values as a path in the frame’s pixels, rounded to 0.1 px', () => {
    const { plot } = renderLayers(frame, [
      withProps(Line, {
        dates: [day('2021-01-01'), day('2021-07-01'), day('2022-01-01'), day('2023-01-01')],
        values: [0, 3, 4.02, 10],
        series: 'credited',
      }),
    ]);
    // x: 0, 181 / 7.3 = 24.79 -> 24.8, 365 / 7.3 = 50, 730 / 7.3 = 100.
    // y: 50 - 0 = 50, 50 - 15 = 35, 50 - 20.1 = 29.9, 50 - 50 = 0.
    const path = plot.querySelector('path')!;
    expect(path.getAttribute('d')).toBe('M0,50L24.8,35L50,29.9L100,0');
    expect(path.getAttribute('class')).toBe('line credited');
  });

  test('a y domain that is not round is niced first', () => {
    const { plot } = renderLayers({ ...frame, yDomain: [0, 9.3] }, [
      withProps(Line, {
        dates: [day('2021-01-01'), day('2023-01-01')],
        values: [5, 5],
        series: 'required',
      }),
    ]);
    // 0..9.3 is niced to 0..10, so 5 sits at mid-height: 50 - 5 x 5 = 25 (not 50 - 5 x 50 / 9.3).
    expect(plot.querySelector('path')!.getAttribute('d')).toBe('M0,25L100,25');
  });

  test('no values draw no path', () => {
    const { plot } = renderLayers(frame, [
      withProps(Line, { dates: [], values: [], series: 'credited' }),
    ]);
    expect(plot.querySelector('path')).toBeNull();
  });

  test('a split before the first value draws it all as projection', () => {
    const { plot } = renderLayers(frame, [
      withProps(Line, {
        dates: [day('2021-01-01'), day('2022-01-01'), day('2023-01-01')],
        values: [1, 2, 3],
        series: 'credited',
        splitAt: -4,
      }),
    ]);
    expect([...plot.querySelectorAll('path')].map((p) => p.getAttribute('class'))).toEqual([
      'line credited projection',
    ]);
  });
});
