// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { composeChart } from '../../src/export/chartExport';

describe('composeChart (a downloaded chart’s legend)', () => {
  test('the defaults’ key is dotted, the central path’s dashed, a line solid: three keys told apart', () => {
    const picture = composeChart(
      { text: '<svg width="600" height="200"></svg>', width: 600, height: 200 },
      {
        title: 'How likely a tariff penalty is',
        subtitle: 'Central · Probability, in %',
        legend: [
          { label: 'Chance of a penalty', color: '#d55e00', kind: 'line', opacity: 1 },
          { label: 'Central path', color: '#555e69', kind: 'dash', opacity: 1 },
          { label: 'Defaults, central path', color: '#555e69', kind: 'dot', opacity: 1 },
        ],
        footer: ['Sources'],
        url: 'https://example.org/',
      },
      600,
    );
    const swatches = [
      ...picture.text.matchAll(/<line [^>]*stroke="#(?:d55e00|555e69)"[^>]*\/>/g),
    ].map(([l]) => l);
    expect(swatches).toHaveLength(3);
    const [line, dash, dot] = swatches as [string, string, string];
    expect(line).not.toContain('stroke-dasharray');
    expect(dash).toMatch(/stroke-dasharray="4 3"/);
    expect(dot).toMatch(/stroke-dasharray="0\.1 4" stroke-linecap="round"/);
  });
});
