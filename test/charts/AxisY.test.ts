import { describe, expect, test } from 'vitest';
import { withProps } from '../harness/render';
import { day, renderLayers } from '../harness/renderLayers';
import AxisY from '../../src/charts/AxisY.svelte';

const xDomain: [Date, Date] = [day('2021-01-01'), day('2023-01-01')];

/** Each tick as its position and label: ['translate(0,40)', '2 by 2']. */
const ticksOf = (plot: Element) =>
  [...plot.querySelectorAll('g.axis > g')].map((g) => [
    g.getAttribute('transform'),
    g.querySelector('text')?.textContent,
  ]);

describe('AxisY', () => {
  test.each([
    // 0..9.3 is niced to 0..10; five ticks ask for a step of 2; y = 50 - 5 v.
    [
      'ticks fall on round values of the niced domain, with their spacing passed to the format',
      [0, 9.3],
      1,
      [
        ['translate(0,50)', '0 by 2'],
        ['translate(0,40)', '2 by 2'],
        ['translate(0,30)', '4 by 2'],
        ['translate(0,20)', '6 by 2'],
        ['translate(0,10)', '8 by 2'],
        ['translate(0,0)', '10 by 2'],
      ],
    ],
    // Shares 0..0.1 shown in percent: ticks on 0, 2, .. 10 percent, handed back as shares;
    // y = 50 - 500 v.
    [
      'with scaleBy, ticks fall on round values of what is shown',
      [0, 0.1],
      100,
      [
        ['translate(0,50)', '0 by 0.02'],
        ['translate(0,40)', '0.02 by 0.02'],
        ['translate(0,30)', '0.04 by 0.02'],
        ['translate(0,20)', '0.06 by 0.02'],
        ['translate(0,10)', '0.08 by 0.02'],
        ['translate(0,0)', '0.1 by 0.02'],
      ],
    ],
  ] as const)('%s', (_, yDomain, scaleBy, ticks) => {
    const { plot } = renderLayers({ xDomain, yDomain: [yDomain[0], yDomain[1]] }, [
      withProps(AxisY, { label: 'Units', scaleBy, format: (v, step) => `${v} by ${step}` }),
    ]);
    expect(ticksOf(plot)).toEqual(ticks);
    // Grid lines cross the whole 100 px plot; the title sits above the axis.
    expect(plot.querySelector('line.grid')!.getAttribute('x2')).toBe('100');
    expect(plot.querySelector('text.axis-label')!.textContent).toBe('Units');
  });
});
