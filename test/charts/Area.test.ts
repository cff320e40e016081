import { describe, expect, test } from 'vitest';
import { withProps } from '../harness/render';
import { day, renderLayers, type Frame } from '../harness/renderLayers';
import Area from '../../src/charts/Area.svelte';

/**
 * A 100 x 50 px plot. x: 2021-01-01, 2022-01-01, 2023-01-01 fall at 0, 50 and 100 px (365
 * days each); y: 0..10 onto 50..0 px, so y = 50 - 5 v.
 */
const frame: Frame = { xDomain: [day('2021-01-01'), day('2023-01-01')], yDomain: [0, 10] };
const dates = [day('2021-01-01'), day('2022-01-01'), day('2023-01-01')];

describe('Area', () => {
  test.each([
    // Upper edge left to right, then the lower edge back, then close:
    // upper 3, 6, 10 -> y 35, 20, 0; lower 4, 2, 1 (reversed) -> y 30, 40, 45.
    [
      'a band whose edges differ has height',
      [1, 2, 4],
      [3, 6, 10],
      'M0,35L50,20L100,0L100,30L50,40L0,45Z',
    ],
    // Both edges at 2 -> y 40 everywhere: the outline doubles back on itself, no area.
    [
      'a band whose edges are equal is flat',
      [2, 2, 2],
      [2, 2, 2],
      'M0,40L50,40L100,40L100,40L50,40L0,40Z',
    ],
    // A stack layer from the axis: lower 0 -> y 50; upper 5 -> y 25.
    [
      'a layer from zero sits on the x axis',
      [0, 0, 0],
      [5, 5, 5],
      'M0,25L50,25L100,25L100,50L50,50L0,50Z',
    ],
  ])('%s', (_, lower, upper, d) => {
    const { plot } = renderLayers(frame, [
      withProps(Area, { dates, lower, upper, series: 'band90' }),
    ]);
    const path = plot.querySelector('path')!;
    expect(path.getAttribute('d')).toBe(d);
    expect(path.getAttribute('class')).toBe('area band90');
  });
});
