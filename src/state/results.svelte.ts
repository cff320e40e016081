/**
 * What the workers compute, kept apart from the scenario store: the Monte Carlo (the latest
 * result with the scenario it is for, which may be the first paths of a run still going: the
 * bands that follow a drag; the run in flight and its progress) and the
 * comparison's analysis (with the A and B it is for), and "what would it take" (the reader's
 * question, and the answer with the question and scenario it is for). One instance per app,
 * by context.
 */
import type { MonteCarloResult, Scenario, WhatItTakes } from '../model';
import type { Analysis } from '../worker/analysis';
import type { Question } from '../worker/solver';
import { answersOf, type Answers } from './answers';
import type { ScenarioStore } from './store.svelte';

export interface MonteCarloState {
  /** The latest answers, for `forScenario`: all its paths, or its first ones while it runs. */
  readonly result: MonteCarloResult | null;
  /** The scenario the result belongs to. */
  readonly forScenario: Scenario | null;
  /** Share of the running run done (0–1), or null when idle (or too quick to show). */
  readonly progress: number | null;
  /** The scenario a run is going for (its answers will follow), or null when idle. */
  readonly pendingFor: Scenario | null;
  /** True once the worker could not load and the runs moved to the page's own thread. */
  readonly onPage: boolean;
}

export function createResults() {
  let monteCarlo = $state.raw<MonteCarloState>({
    result: null,
    forScenario: null,
    progress: null,
    pendingFor: null,
    onPage: false,
  });
  let analysis = $state.raw<{ result: Analysis; a: Scenario | null; b: Scenario } | null>(null);
  let question = $state.raw<Question | null>(null);
  let solved = $state.raw<{ answer: WhatItTakes; question: Question; scenario: Scenario } | null>(
    null,
  );
  return {
    get monteCarlo() {
      return monteCarlo;
    },
    /**
     * A run for this scenario has started, or is on its way (mid-drag it may wait up to 50 ms,
     * and give way to the next step's): it supersedes any other.
     */
    startMonteCarlo(forScenario: Scenario) {
      if (monteCarlo.pendingFor === forScenario && monteCarlo.progress === null) return;
      monteCarlo = { ...monteCarlo, pendingFor: forScenario, progress: null };
    },
    setMonteCarloProgress(progress: number | null) {
      monteCarlo = { ...monteCarlo, progress };
    },
    /** A run's answers: its first paths (the run goes on) or all of them (it is over). */
    setMonteCarloResult(result: MonteCarloResult, forScenario: Scenario) {
      const over = isComplete(result, forScenario);
      const pendingFor =
        over && monteCarlo.pendingFor === forScenario ? null : monteCarlo.pendingFor;
      monteCarlo = {
        ...monteCarlo,
        result,
        forScenario,
        pendingFor,
        progress: over ? null : monteCarlo.progress,
      };
    },
    /** The whole run for this scenario (all its paths), or null while it is not there yet. */
    completeFor(scenario: Scenario): MonteCarloResult | null {
      const { result, forScenario } = monteCarlo;
      return result && forScenario === scenario && isComplete(result, scenario) ? result : null;
    },
    /** The worker failed to load: runs continue on the page's thread. */
    setOnPage() {
      monteCarlo = { ...monteCarlo, onPage: true };
    },
    /** The latest analysis if it is for this A and B (else null: it is being worked out). */
    analysisFor(a: Scenario | null, b: Scenario): Analysis | null {
      return analysis && analysis.a === a && analysis.b === b ? analysis.result : null;
    },
    setAnalysis(result: Analysis, a: Scenario | null, b: Scenario) {
      analysis = { result, a, b };
    },
    /** The reader's "what would it take" question (null until one is asked). */
    get question() {
      return question;
    },
    /** Asks a question: the worker answers it for the committed scenario, and again after each change. */
    ask(q: Question | null) {
      question = q;
    },
    /** The answer if it is for this question and scenario (else null: it is being worked out). */
    answerFor(q: Question | null, scenario: Scenario): WhatItTakes | null {
      return solved && q && solved.question === q && solved.scenario === scenario
        ? solved.answer
        : null;
    },
    setAnswer(answer: WhatItTakes, q: Question, scenario: Scenario) {
      solved = { answer, question: q, scenario };
    },
  };
}

/** Whether a run's answers are of all the paths the scenario asks for (not the first ones). */
export const isComplete = (result: MonteCarloResult, scenario: Scenario): boolean =>
  result.paths >= scenario.mcPaths;

export type Results = ReturnType<typeof createResults>;

/** The Monte Carlo's answers once they are for the scenario on screen; the central path's until then. */
export function liveAnswers(store: ScenarioStore, results: Results): { readonly current: Answers } {
  const answers = $derived(
    answersOf(
      store.scenario,
      store.result,
      results.monteCarlo.forScenario === store.scenario ? results.monteCarlo.result : null,
    ),
  );
  return {
    get current() {
      return answers;
    },
  };
}
