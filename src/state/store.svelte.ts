/**
 * The scenario store: the one place runes hold app state. The scenario is immutable
 * ($state.raw, replaced by named immer transitions); the model's result is derived.
 */
import { produce } from 'immer';
import type { ParamKey } from '../data/params';
import { normalizeScenario } from '../model/normalize';
import { simulate, type Result, type Scenario } from '../model';

export interface ScenarioStore {
  readonly scenario: Scenario;
  readonly result: Result;
  /** The scenario as of the last committed change (end of a drag): what the URL shows. */
  readonly committed: Scenario;
  /** Sets one numeric input, clamped to its range. */
  setParam(key: ParamKey, value: number): void;
  /** Marks the current scenario as committed (a drag or an edit has ended). */
  commit(): void;
}

export function createScenarioStore(initial: Scenario): ScenarioStore {
  let scenario = $state.raw(initial);
  let committed = $state.raw(initial);
  const result = $derived(simulate(scenario));

  return {
    get scenario() {
      return scenario;
    },
    get result() {
      return result;
    },
    get committed() {
      return committed;
    },
    setParam(key, value) {
      const next = produce(scenario, (draft) => {
        draft[key] = value;
      });
      scenario = normalizeScenario(next).scenario;
    },
    commit() {
      committed = scenario;
    },
  };
}
