/**
 * What the worker computes for the committed scenario, kept apart from the scenario store:
 * the Monte Carlo (progress, and the latest result with the scenario it is for) and the
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
  /** The latest finished run, for `forScenario`. */
  readonly result: MonteCarloResult | null;
  /** The committed scenario the result belongs to. */
  readonly forScenario: Scenario | null;
  /** Share of the running run done (0–1), or null when idle. */
  readonly progress: number | null;
  /** True once the worker could not load and the runs moved to the page's own thread. */
  readonly onPage: boolean;
}

export function createResults() {
  let monteCarlo = $state.raw<MonteCarloState>({
    result: null,
    forScenario: null,
    progress: null,
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
    setMonteCarloProgress(progress: number | null) {
      monteCarlo = { ...monteCarlo, progress };
    },
    setMonteCarloResult(result: MonteCarloResult, forScenario: Scenario) {
      monteCarlo = { ...monteCarlo, result, forScenario, progress: null };
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
