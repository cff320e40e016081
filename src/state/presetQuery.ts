/**
 * A preset's scenario as a link's query (what a preset's page, p/<preset>/, starts from unless
 * its link names a scenario): a chunk of its own, which src/main.ts fetches on a preset's page
 * only, so other pages (and embeds) do not carry the presets.
 */
import type { PresetId } from '../data/presets';
import { presetScenario } from '../model';
import { serializeScenarioUrl } from './urlWrite';

export const presetQuery = (preset: PresetId): string =>
  serializeScenarioUrl(presetScenario(preset));
