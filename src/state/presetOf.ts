/** Which preset a scenario is, if it is one exactly: the picker's choice and an export's scenario name. */
import { PRESET_IDS, type PresetId } from '../data/presets';
import { presetScenario, type Scenario } from '../model';

let presets: (readonly [PresetId, string])[] | null = null;

export function presetOf(s: Scenario): PresetId | null {
  presets ??= PRESET_IDS.map((id) => [id, JSON.stringify(presetScenario(id))] as const);
  const now = JSON.stringify(s);
  return presets.find(([, p]) => p === now)?.[0] ?? null;
}
