/** Which preset a scenario is, if it is one exactly: the picker's choice and an export's scenario name. */
import { PRESET_IDS, type PresetId } from '../data/presets';
import { presetScenario, type Scenario } from '../model';

let presets: (readonly [PresetId, string])[] | null = null;

/** Scenarios are never changed in place (src/model/transitions.ts): each is looked up once. */
const known = new WeakMap<Scenario, PresetId | null>();

export function presetOf(s: Scenario): PresetId | null {
  const seen = known.get(s);
  if (seen !== undefined) return seen;
  presets ??= PRESET_IDS.map((id) => [id, JSON.stringify(presetScenario(id))] as const);
  const now = JSON.stringify(s);
  const found = presets.find(([, p]) => p === now)?.[0] ?? null;
  known.set(s, found);
  return found;
}
