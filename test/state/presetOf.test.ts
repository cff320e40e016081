import { describe, expect, test } from 'vitest';
import { PRESET_IDS } from '../../src/data/presets';
import { presetScenario, transitions as T } from '../../src/model';
import { presetOf } from '../../src/state/presetOf';

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
});
