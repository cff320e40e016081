/**
 * The scenario store: the one place runes hold app state. The scenario is immutable
 * ($state.raw) and changes only through the named transitions below, each an immer
 * `produce`; the model's result is derived. Patches since the last commit form one undo
 * step, so a whole drag undoes at once.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { PARAMS, PERIOD_END, type ParamKey } from '../data/params';
import type { PresetId } from '../data/presets';
import type { SectorId } from '../data/sectors';
import type { MonteCarloResult } from '../model/montecarlo';
import type { Analysis } from '../worker/analysis';
import { presetScenario } from '../model/presets';
import { setShare as moveShare } from '../model/shares';
import {
  DEFAULT_SCENARIO,
  simulate,
  type HazardEvent,
  type Instrument,
  type LagRule,
  type Result,
  type Scenario,
  type Selection,
} from '../model';

enablePatches();

interface Step {
  readonly patches: Patch[];
  readonly inverse: Patch[];
}

export type ShareGroup = 'mix' | 'sectors';

export interface MonteCarloState {
  /** The latest finished run, for `forScenario`. */
  readonly result: MonteCarloResult | null;
  /** The committed scenario the result belongs to. */
  readonly forScenario: Scenario | null;
  /** Share of the running run done (0–1), or null when idle. */
  readonly progress: number | null;
}

/** Clamps a value to a parameter's range (and to whole numbers where it must be). */
export function clampParam(key: ParamKey, value: number): number {
  const spec = PARAMS[key];
  if (!Number.isFinite(value)) return spec.default;
  const v = 'integer' in spec && spec.integer ? Math.round(value) : value;
  return Math.min(spec.max, Math.max(spec.min, v));
}

/** @param initialPinned A scenario pinned for comparison (A) by the link, if any. */
export function createScenarioStore(initial: Scenario, initialPinned: Scenario | null = null) {
  let scenario = $state.raw(initial);
  let committed = $state.raw(initial);
  /** How the last commit should reach the browser's history: a drag replaces, a step pushes. */
  let commitKind = $state<'replace' | 'push'>('replace');
  let undoStack = $state.raw<readonly Step[]>([]);
  let redoStack = $state.raw<readonly Step[]>([]);
  let pending: Step = { patches: [], inverse: [] };
  let monteCarlo = $state.raw<MonteCarloState>({ result: null, forScenario: null, progress: null });
  let pinned = $state.raw<Scenario | null>(initialPinned);
  /** The worker's analysis, and the (A, B) pair it was made for. */
  let analysis = $state.raw<{ result: Analysis; a: Scenario | null; b: Scenario } | null>(null);
  const result: Result = $derived(simulate(scenario));
  /** With A pinned: A's results and the defaults' (the dashed baseline every chart overlays). */
  const comparison = $derived(
    pinned ? { a: simulate(pinned), defaults: simulate(DEFAULT_SCENARIO) } : null,
  );

  function change(recipe: (draft: Draft<Scenario>) => void): void {
    const [next, patches, inverse] = produceWithPatches(scenario, recipe);
    if (patches.length === 0) return;
    scenario = next;
    pending = {
      patches: [...pending.patches, ...patches],
      inverse: [...inverse, ...pending.inverse],
    };
  }

  /** Ends the current change: it becomes one undo step and what the URL shows. */
  function commit(kind: 'replace' | 'push' = 'replace'): void {
    commitKind = kind;
    if (pending.patches.length > 0) {
      undoStack = [...undoStack, pending];
      redoStack = [];
      pending = { patches: [], inverse: [] };
    }
    committed = scenario;
  }

  /** A discrete step (preset, reset, edit): an undo point and a new history entry. */
  function changeAndCommit(recipe: (draft: Draft<Scenario>) => void): void {
    change(recipe);
    commit('push');
  }

  return {
    get scenario() {
      return scenario;
    },
    get committed() {
      return committed;
    },
    get commitKind() {
      return commitKind;
    },
    get result() {
      return result;
    },
    get canUndo() {
      return undoStack.length > 0 || pending.patches.length > 0;
    },
    get canRedo() {
      return redoStack.length > 0;
    },
    get monteCarlo() {
      return monteCarlo;
    },
    /** The latest analysis (attribution and sensitivity), if it is for the current A and committed B. */
    get analysis(): Analysis | null {
      return analysis && analysis.a === pinned && analysis.b === committed ? analysis.result : null;
    },
    setAnalysis(result: Analysis, a: Scenario | null, b: Scenario) {
      analysis = { result, a, b };
    },
    get comparison(): { a: Result; defaults: Result } | null {
      return comparison;
    },
    /** The scenario pinned as A for comparison; the current one is B. */
    get pinned() {
      return pinned;
    },
    /** Pins the current scenario as A (a history step). */
    pin() {
      commit('push');
      pinned = scenario;
      commitKind = 'push';
      committed = scenario;
    },
    unpin() {
      pinned = null;
      commitKind = 'push';
      committed = scenario;
    },
    /** The end of a drag or a key press on a slider. */
    commit: () => commit('replace'),
    setParam(key: ParamKey, value: number) {
      change((d) => {
        d[key] = clampParam(key, value);
      });
    },
    resetParam(key: ParamKey) {
      changeAndCommit((d) => {
        d[key] = PARAMS[key].default;
      });
    },
    setShare(
      group: ShareGroup,
      key: Instrument | SectorId,
      value: number,
      locked: ReadonlySet<string>,
    ) {
      change((d) => {
        if (group === 'mix')
          d.mix = moveShare(
            scenario.mix,
            key as Instrument,
            value,
            locked as ReadonlySet<Instrument>,
          );
        else
          d.sectors = moveShare(
            scenario.sectors,
            key as SectorId,
            value,
            locked as ReadonlySet<SectorId>,
          );
      });
    },
    resetShares(group: ShareGroup) {
      changeAndCommit((d) => {
        if (group === 'mix') d.mix = { ...DEFAULT_SCENARIO.mix };
        else d.sectors = { ...DEFAULT_SCENARIO.sectors };
      });
    },
    setLagRule(rule: LagRule) {
      changeAndCommit((d) => {
        d.lagRule = rule;
      });
    },
    setPeriodEnd(iso: string) {
      changeAndCommit((d) => {
        d.periodEnd =
          iso < PERIOD_END.min ? PERIOD_END.min : iso > PERIOD_END.max ? PERIOD_END.max : iso;
      });
    },
    setIncludeAnnounced(on: boolean) {
      changeAndCommit((d) => {
        d.includeAnnounced = on;
      });
    },
    setEventEnabled(id: string, on: boolean) {
      changeAndCommit((d) => {
        const e = d.events.find((x) => x.id === id);
        if (e) e.enabled = on;
      });
    },
    addEvent(row: HazardEvent) {
      changeAndCommit((d) => {
        d.events.push(row);
      });
    },
    removeEvent(id: string) {
      changeAndCommit((d) => {
        d.events = d.events.filter((x) => x.id !== id);
      });
    },
    addSelection(row: Selection) {
      changeAndCommit((d) => {
        d.selections.push(row);
      });
    },
    updateSelection(id: string, patch: Partial<Omit<Selection, 'id'>>) {
      changeAndCommit((d) => {
        const row = d.selections.find((x) => x.id === id);
        if (row) Object.assign(row, patch);
      });
    },
    removeSelection(id: string) {
      changeAndCommit((d) => {
        d.selections = d.selections.filter((x) => x.id !== id);
      });
    },
    applyPreset(id: PresetId) {
      const target = presetScenario(id);
      changeAndCommit(() => target);
    },
    resetAll() {
      changeAndCommit(() => DEFAULT_SCENARIO);
    },
    /** Replaces the scenario from outside (a URL opened by back/forward), as one step. */
    replace(next: Scenario) {
      change(() => next);
      commit('replace');
    },
    undo() {
      commit('replace');
      const step = undoStack.at(-1);
      if (!step) return;
      scenario = applyPatches(scenario, step.inverse);
      undoStack = undoStack.slice(0, -1);
      redoStack = [...redoStack, step];
      commitKind = 'push';
      committed = scenario;
    },
    redo() {
      const step = redoStack.at(-1);
      if (!step) return;
      scenario = applyPatches(scenario, step.patches);
      redoStack = redoStack.slice(0, -1);
      undoStack = [...undoStack, step];
      commitKind = 'push';
      committed = scenario;
    },
    setMonteCarloProgress(progress: number | null) {
      monteCarlo = { ...monteCarlo, progress };
    },
    setMonteCarloResult(result: MonteCarloResult, forScenario: Scenario) {
      monteCarlo = { result, forScenario, progress: null };
    },
  };
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;
