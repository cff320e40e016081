import { describe, expect, test } from 'vitest';
import { day, renderLayers } from '../harness/renderLayers';
import AxisX from '../../src/charts/AxisX.svelte';

/** Each tick as its position and label: ['translate(50,0)', '2022']. */
const ticksOf = (plot: Element) =>
  [...plot.querySelectorAll('g.axis > g')].map((g) => [
    g.getAttribute('transform'),
    g.querySelector('text')?.textContent,
  ]);

describe('AxisX', () => {
  test('sits on the bottom of the plot and spans its width', () => {
    const { plot } = renderLayers(
      { xDomain: [day('2021-01-01'), day('2023-01-01')], yDomain: [0, 10] },
      [AxisX],
    );
    const axis = plot.querySelector('g.axis')!;
    expect(axis.getAttribute('transform')).toBe('translate(0,50)');
    expect(axis.querySelector(':scope > line')!.getAttribute('x2')).toBe('100');
  });

  test.each([
    // 100 px asks for max(2, floor(100 / 70)) = 2 ticks, so at most ceil(2 x 1.25) = 3.
    // Two years of 365 days: every year fits, at 0, 365 / 7.3 = 50 and 100 px.
    [
      'two years from 1 January tick every year, the first on the domain start',
      [day('2021-01-01'), day('2023-01-01')],
      [
        ['translate(0,0)', '2021'],
        ['translate(50,0)', '2022'],
        ['translate(100,0)', '2023'],
      ],
    ],
    // 2020-07-01 .. 2030-07-01 is 3,652 days. Steps of 1 (10 ticks) and 2 (5) are too many;
    // 5 gives 2025 and 2030. 2025-01-01 is day 184 + 1,461 = 1,645 -> 45.04 -> 45 px;
    // 2030-01-01 is day 1,645 + 1,826 = 3,471 -> 95.04 -> 95 px.
    [
      'ten years mid-year to mid-year tick every five years, on 1 January',
      [day('2020-07-01'), day('2030-07-01')],
      [
        ['translate(45,0)', '2025'],
        ['translate(95,0)', '2030'],
      ],
    ],
  ] as const)('%s', (_, xDomain, ticks) => {
    const { plot } = renderLayers({ xDomain: [xDomain[0], xDomain[1]], yDomain: [0, 10] }, [AxisX]);
    expect(ticksOf(plot)).toEqual(ticks);
  });
});
