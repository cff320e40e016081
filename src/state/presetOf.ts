/** Which preset a scenario is, if it is one exactly: the picker's choice and an export's scenario name. */
import { PRESETS, PRESET_IDS, type PresetId } from '../data/presets';
import { DEFAULT_SCENARIO, type Scenario } from '../model';

/**
 * Each preset as the defaults with its patch, not normalized: a preset's patch is already a
 * normal scenario's values (test/state/presetOf.test.ts checks each equals its `presetScenario`),
 * so the page need not normalize nine scenarios to name the one it starts on (3.3-3.5 ms of the
 * layout's first task at 1x on a phone's screen, an unminified build's CPU profile, 2026-12-04).
 */
let presets: (readonly [PresetId, Scenario])[] | null = null;

/** Scenarios are never changed in place (src/model/transitions.ts): each is looked up once. */
const known = new WeakMap<Scenario, PresetId | null>();

/**
 * Equal plain data: the same keys (any order) with values equal by `===`, arrays and objects
 * compared within. Enough for scenarios, which hold only finite numbers, strings, booleans,
 * arrays and plain objects, every key always present; not JSON's equality for undefined, NaN or
 * `toJSON` (test/state/presetOf.test.ts compares the two on JSON values).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]))
  );
}

export function presetOf(s: Scenario): PresetId | null {
  const seen = known.get(s);
  if (seen !== undefined) return seen;
  presets ??= PRESET_IDS.map(
    (id) => [id, { ...DEFAULT_SCENARIO, ...PRESETS[id].patch } as Scenario] as const,
  );
  // (A scenario that is not a preset differs from each in one of its first values, mostly.)
  const found = presets.find(([, p]) => sameValue(p, s))?.[0] ?? null;
  known.set(s, found);
  return found;
}
