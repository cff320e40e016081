/** A preset as a whole scenario: the defaults with the preset's patch, normalized. */
import { PRESETS, type PresetId } from '../data/presets';
import { normalizeScenario } from './normalize';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

export function presetScenario(id: PresetId): Scenario {
  return normalizeScenario({ ...DEFAULT_SCENARIO, ...PRESETS[id].patch }).scenario;
}
