/**
 * The scenario store: a thin shell around the model's transitions. It applies a transition
 * (src/model/transitions: every rule lives there), keeps the undo history as the scenarios
 * before and after each change (scenarios are immutable, so they share what did not change),
 * and commits: a committed entry is what the link shows, and says how it reaches the
 * browser's history (a drag replaces, a step pushes, a restore from back/forward writes
 * nothing). An edit whose link would not fit is refused, with a reason the page shows. The
 * Monte Carlo and the analysis live apart (results.svelte.ts).
 */
import { DEFAULT_SCENARIO, simulate, type Result, type Scenario, type Transition } from '../model';

/** One undo step: the scenario before the change and after it. */
interface Step {
  readonly before: Scenario;
  readonly after: Scenario;
}

/** A committed state: what the link shows, and how it reaches the browser's history. */
export interface Entry {
  readonly scenario: Scenario;
  /** The scenario pinned for comparison (A), if any. */
  readonly pinned: Scenario | null;
  /** 'push': a new history entry; 'replace': rewrite the current one; 'restore': came from it. */
  readonly how: 'push' | 'replace' | 'restore';
}

/** The last committed change of the scenario: what it was before, numbered so each is new. */
export interface LastChange {
  readonly before: Scenario;
  readonly id: number;
}

/** Why the last edit was refused (null when it was not). */
export type Refusal = 'linkTooLong' | null;

export interface StoreOptions {
  /**
   * Whether a state's link fits. By default every state does until `limitLink` sets a limit:
   * the explorer and an embed's live controls set the link writer's (src/state/urlWrite.ts)
   * before a reader can change anything; an embed without controls never changes its state.
   */
  fits?: (s: Scenario, pinned: Scenario | null) => boolean;
}

/**
 * How many of the model's runs the store keeps: the scenario on screen, the committed one (mid-
 * drag), the one before the last change and the pinned one.
 */
const RUNS_KEPT = 4;

/** @param initialPinned A scenario pinned for comparison (A) by the link, if any. */
export function createScenarioStore(
  initial: Scenario,
  initialPinned: Scenario | null = null,
  options: StoreOptions = {},
) {
  let fits = options.fits ?? (() => true);
  let scenario = $state.raw(initial);
  /**
   * The exchange rate, apart: what formats with it depends on it alone, so a change of any other
   * input (every step of a drag) leaves the formatter, and what reads it, untouched.
   */
  let usdJpy = $state.raw(initial.usdJpy);
  let entry = $state.raw<Entry>({ scenario: initial, pinned: initialPinned, how: 'replace' });
  /**
   * Whether a drag is in progress: the scenario is not the committed one. Written by a drag's
   * steps and by each commit, so it turns as a drag starts and as it ends, while the scenario
   * changes at every step; what follows it alone (a section off screen, held still during a
   * drag: src/sections/LazySection.svelte) is then not asked again at each step.
   */
  let changing = $state(false);
  let undoStack = $state.raw<readonly Step[]>([]);
  let redoStack = $state.raw<readonly Step[]>([]);
  let refusal = $state<Refusal>(null);
  let lastChange = $state.raw<LastChange | null>(null);
  /** The change in progress (a drag), not yet an undo step. */
  let pending: Step | null = null;
  /**
   * The model's last few runs, by scenario (scenarios are never changed in place: a change makes
   * a new one), so a run wanted again soon, such as the scenario before the last change for the
   * charts' ghost, or the committed one mid-drag, is not run again. Only the last RUNS_KEPT:
   * the undo steps keep their scenarios, not their runs.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: nothing follows it
  const runs = new Map<Scenario, Result>();
  /** The defaults' run: the faint baseline every chart can draw (issue 15). */
  const defaults = simulate(DEFAULT_SCENARIO);
  /**
   * A scenario that is the defaults (the page opens on them, or the reader comes back to them)
   * has the defaults' run itself: a page that opens on them runs the model once at start-up,
   * not twice, and the charts can tell A pinned on the defaults by its run.
   */
  const defaultsKey = JSON.stringify(DEFAULT_SCENARIO);
  const run = (s: Scenario): Result => {
    const r = runs.get(s) ?? (JSON.stringify(s) === defaultsKey ? defaults : simulate(s));
    // The most recent last (a Map keeps the order things were set in).
    runs.delete(s);
    runs.set(s, r);
    for (const old of runs.keys()) {
      if (runs.size <= RUNS_KEPT) break;
      runs.delete(old);
    }
    return r;
  };
  const result: Result = $derived(run(scenario));
  /** With A pinned: A's results. */
  const comparison = $derived(entry.pinned ? { a: run(entry.pinned) } : null);

  /** Applies a transition without committing (a drag in progress); false if refused. */
  function apply(t: Transition, checkLink = true): boolean {
    const next = t(scenario);
    if (next === scenario) return true;
    if (checkLink && !fits(next, entry.pinned)) {
      refusal = 'linkTooLong';
      return false;
    }
    refusal = null;
    pending = { before: pending?.before ?? scenario, after: next };
    scenario = next;
    usdJpy = next.usdJpy;
    return true;
  }

  /** Ends the current change: it becomes one undo step and a committed entry. */
  function commit(how: Entry['how'] = 'replace', pinned = entry.pinned): void {
    if (pending) {
      undoStack = [...undoStack, pending];
      redoStack = [];
      pending = null;
    }
    if (how !== 'replace' || scenario !== entry.scenario || pinned !== entry.pinned)
      setEntry({ scenario, pinned, how });
  }

  /** A new committed entry; a new scenario in it is the last change. */
  function setEntry(next: Entry): void {
    if (next.scenario !== entry.scenario)
      lastChange = { before: entry.scenario, id: (lastChange?.id ?? 0) + 1 };
    entry = next;
    changing = false; // (its scenario is the one on screen)
  }

  function replay(step: Step | undefined, to: (s: Step) => Scenario): boolean {
    if (!step) return false;
    scenario = to(step);
    usdJpy = scenario.usdJpy;
    setEntry({ scenario, pinned: entry.pinned, how: 'push' });
    return true;
  }

  return {
    /** The scenario as it is now, mid-drag included. */
    get scenario() {
      return scenario;
    },
    /** Its exchange rate (JPY per US$), which changes only when the rate does. */
    get usdJpy() {
      return usdJpy;
    },
    /** A drag is in progress: the scenario is not the committed one. */
    get changing() {
      return changing;
    },
    /** The last committed entry: what the link shows. */
    get entry() {
      return entry;
    },
    /** The committed scenario (the Monte Carlo and the analysis run on it). */
    get committed() {
      return entry.scenario;
    },
    get result() {
      return result;
    },
    /**
     * The model's run of `s`: the store's own if it ran it lately, else a new one (kept). Reads
     * no state: what calls it follows only what it passes.
     */
    resultOf(s: Scenario): Result {
      return run(s);
    },
    get refusal() {
      return refusal;
    },
    get canUndo() {
      return undoStack.length > 0 || pending !== null;
    },
    get canRedo() {
      return redoStack.length > 0;
    },
    get comparison(): { a: Result } | null {
      return comparison;
    },
    /** The last committed change (for the charts' ghost and "replay the last change"). */
    get lastChange() {
      return lastChange;
    },
    /** The defaults' run, whatever is pinned. */
    get defaults(): Result {
      return defaults;
    },
    /** The scenario pinned as A for comparison; the current one is B. */
    get pinned() {
      return entry.pinned;
    },
    /** Refuses from now on any change whose link would not fit (`fits` says). */
    limitLink(limit: (s: Scenario, pinned: Scenario | null) => boolean) {
      fits = limit;
    },
    /** Applies a transition mid-gesture (a drag); `commit` ends the gesture. */
    apply(t: Transition): boolean {
      const ok = apply(t);
      changing = scenario !== entry.scenario; // (a step or a restore commits at once)
      return ok;
    },
    /** The end of a drag or a key press on a slider: replaces the history entry. */
    commit: () => commit('replace'),
    /** A discrete step (preset, reset, edit): an undo point and a new history entry. */
    step(t: Transition): boolean {
      const ok = apply(t);
      commit('push');
      return ok;
    },
    /** Pins the current scenario as A: a history step of its own. */
    pin(): boolean {
      if (!fits(scenario, scenario)) {
        refusal = 'linkTooLong';
        return false;
      }
      commit('push', scenario);
      return true;
    },
    unpin() {
      commit('push', null);
    },
    /** Back/forward: the scenario and pin the link holds, written nowhere (the link is already there). */
    restore(next: Scenario, pinned: Scenario | null) {
      apply(() => next, false);
      commit('restore', pinned);
    },
    undo() {
      commit('replace');
      const step = undoStack.at(-1);
      if (replay(step, (s) => s.before) && step) {
        undoStack = undoStack.slice(0, -1);
        redoStack = [...redoStack, step];
      }
    },
    redo() {
      const step = redoStack.at(-1);
      if (replay(step, (s) => s.after) && step) {
        redoStack = redoStack.slice(0, -1);
        undoStack = [...undoStack, step];
      }
    },
  };
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;
