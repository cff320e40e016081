import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PRESETS, PRESET_IDS } from '../../src/data/presets';
import { DEFAULT_SCENARIO, presetScenario, transitions as T } from '../../src/model';
import { presetOf, sameValue } from '../../src/state/presetOf';

/** JSON with its objects' keys in order: equal for equal values whatever their keys' order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

describe('presetOf', () => {
  test('names each preset’s scenario, and nothing once a value moves (asked twice, the same answer)', () => {
    for (const id of PRESET_IDS) {
      const s = presetScenario(id);
      expect(presetOf(s)).toBe(id);
      expect(presetOf(s)).toBe(id);
      const moved = T.setParam('paceUsdBnPerYear', s.paceUsdBnPerYear + 1)(s);
      expect(presetOf(moved)).toBeNull();
      expect(presetOf(moved)).toBeNull();
      // An equal scenario that is another object is still the preset.
      expect(presetOf(structuredClone(s))).toBe(id);
    }
  });

  test('each preset’s patch is already normal: the defaults with it are its normalized scenario', () => {
    // (What lets presetOf compare with the patched defaults without normalizing them.)
    for (const id of PRESET_IDS) {
      const patched = { ...DEFAULT_SCENARIO, ...PRESETS[id].patch };
      expect(sameValue(patched, presetScenario(id))).toBe(true);
      expect(canonical(patched)).toBe(canonical(presetScenario(id)));
    }
  });

  test('a value moved deep inside (a goods row, a share) is no longer the preset', () => {
    const s = presetScenario('central');
    const firstKey = Object.keys(s.mix)[0] as keyof typeof s.mix;
    const mix = { ...s.mix, [firstKey]: s.mix[firstKey] + 0.01 };
    expect(presetOf({ ...s, mix })).toBeNull();
    const g = Object.keys(s.goods)[0] as keyof typeof s.goods;
    const row = { ...s.goods[g], ratePenalty: s.goods[g].ratePenalty + 0.01 };
    expect(presetOf({ ...s, goods: { ...s.goods, [g]: row } })).toBeNull();
  });
});

describe('sameValue', () => {
  test('is equality of the values JSON writes, whatever the keys’ order', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameValue(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameValue(a, structuredClone(a))).toBe(true);
      }),
    );
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
