// @vitest-environment node
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO } from '../../src/model';
import { parseScenarioUrl, serializeScenarioUrl } from '../../src/state/url';
import { scenarioArb } from '../model/arbitraries';

describe('serializeScenarioUrl', () => {
  test('the default scenario is just the schema version', () => {
    expect(serializeScenarioUrl(DEFAULT_SCENARIO)).toBe('v=1');
  });
  test('only values that differ from the defaults are written', () => {
    expect(
      serializeScenarioUrl({ ...DEFAULT_SCENARIO, pledgeUsdBn: 700, lagRule: 'calendar' }),
    ).toBe('v=1&pl=700&rule=c');
  });
});

describe('parseScenarioUrl', () => {
  test('gives back the scenario it was given, for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { scenario, warnings } = parseScenarioUrl(serializeScenarioUrl(s));
        expect(scenario).toEqual(s);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['an unknown key is reported and ignored', '?v=1&zz=3', 'zz', 'unknown', 550],
    ['a bad number falls back', '?pl=lots', 'pl', 'invalid', 550],
    ['an out-of-range pledge is clamped', '?pl=99999', 'pledgeUsdBn', 'clamped', 1000],
    ['a duplicated key keeps the first value', '?pl=600&pl=700', 'pl', 'duplicate', 600],
    ['an unknown version is reported', '?v=99&pl=600', 'v', 'version', 600],
    [
      'markup is a bad number, never HTML',
      '?pl=<img src=x onerror=alert(1)>',
      'pl',
      'invalid',
      550,
    ],
    ['Infinity is not a number here', '?pl=Infinity', 'pl', 'invalid', 550],
    ['a megabyte-long value is ignored', `?pl=${'9'.repeat(1_000_000)}`, 'pl', 'tooLong', 550],
  ])('%s', (_why, search, key, kind, pledge) => {
    const { scenario, warnings } = parseScenarioUrl(search);
    expect(warnings).toContainEqual(expect.objectContaining({ key, kind }));
    expect(scenario.pledgeUsdBn).toBe(pledge);
  });

  test('a reload of a written URL restores the pledge exactly', () => {
    const s = { ...DEFAULT_SCENARIO, pledgeUsdBn: 620 };
    expect(parseScenarioUrl(`?${serializeScenarioUrl(s)}`).scenario.pledgeUsdBn).toBe(620);
  });
});
