/**
 * The page's side of the Monte Carlo workers: one run at a time from the page's point of
 * view; a new run supersedes the previous one, whose promise resolves to null. A run large
 * enough is split among a small pool of workers (the machine's cores, results identical to
 * one worker's: see mergeMonteCarlo), the first of which merges. The comparison's analysis
 * runs in a worker of its own, so it never holds up a Monte Carlo. If a worker fails to load
 * or dies (a 404, a refusal by policy, an aborted load), the client moves to the page's own
 * thread, sends what was in flight again, and says so once.
 */
import type { MonteCarloResult, Scenario, WhatItTakes } from '../model';
import { partBuffers, type RunRequest, type WorkerMessage, type WorkerReply } from './protocol';
import type { Analysis, AnalysisReply, AnalysisRequest } from './analysis';
import type { Question, SolveReply, SolveRequest } from './solver';
import { nextTask } from './nextTask';

export interface RunOptions {
  readonly paths: number;
  readonly seed: number;
  /** Counts of paths at which to hear the answers so far, on the way to `paths`. */
  readonly checkpoints?: readonly number[];
  /** Whether a large run may use the whole pool (not mid-drag: the page needs a core then). */
  readonly split?: boolean;
  /** Progress at most this often, ms (protocol.ts). */
  readonly quietMs?: number;
  /** Answers on the way only when the rest of the run takes at least this long, ms (protocol.ts). */
  readonly snapshotMs?: number;
}

export interface MonteCarloClient {
  run(
    scenario: Scenario,
    options: RunOptions,
    onProgress?: (done: number, total: number) => void,
    /** The answers of the first paths, at each checkpoint. */
    onSnapshot?: (result: MonteCarloResult) => void,
  ): Promise<MonteCarloResult | null>;
  /** The comparison's attribution (when A is given) and B's sensitivity; a newer call supersedes (null). */
  analyse(a: Scenario | null, b: Scenario): Promise<Analysis | null>;
  /** "What would it take" for the scenario; a newer question supersedes (null). */
  solve(scenario: Scenario, question: Question): Promise<WhatItTakes | null>;
  dispose(): void;
}

type Message = WorkerMessage | AnalysisRequest | SolveRequest;
type Reply = WorkerReply | AnalysisReply | SolveReply;

/** The parts of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: Message, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ClientOptions {
  /** Where to go when a worker fails: the page's own thread by default. */
  fallback?: () => WorkerLike;
  /** Called once, when the client has moved to the fallback. */
  onFallback?: () => void;
  /** More Monte Carlo workers, to split large runs among (none by default). */
  pool?: readonly WorkerLike[];
  /** The analysis's own worker ("what would it take" too), started on first use (by default, the first worker). */
  analysis?: () => WorkerLike;
}

/** Runs of fewer paths are not split: the parts would cost more to join than they save. */
export const SPLIT_MIN_PATHS = 2000;

export function createMonteCarloClient(
  first: WorkerLike,
  { fallback = inThreadWorker, onFallback, pool = [], analysis }: ClientOptions = {},
): MonteCarloClient {
  let nextId = 1;
  let worker = first;
  let helpers = [...pool];
  let analyst: WorkerLike | null = null;
  let movedToFallback = false;
  let pending: {
    message: RunRequest;
    resolve: (r: MonteCarloResult | null) => void;
    reject: (e: Error) => void;
    onProgress?: (done: number, total: number) => void;
    onSnapshot?: (result: MonteCarloResult) => void;
  } | null = null;
  let analysing: { message: AnalysisRequest; resolve: (a: Analysis | null) => void } | null = null;
  let solving: { message: SolveRequest; resolve: (a: WhatItTakes | null) => void } | null = null;

  /** The analysis worker's replies: the comparison's analysis and "what would it take". */
  function onAnalysis(event: MessageEvent<Reply>): void {
    const reply = event.data;
    if (reply.type === 'solved' || reply.type === 'solve-error') {
      if (!solving || reply.id !== solving.message.id) return;
      solving.resolve(reply.type === 'solved' ? reply.answer : null);
      solving = null;
      return;
    }
    if (reply.type !== 'analysis' && reply.type !== 'analysis-error') return;
    if (!analysing || reply.id !== analysing.message.id) return;
    analysing.resolve(reply.type === 'analysis' ? reply.analysis : null);
    analysing = null;
  }

  function onMessage(event: MessageEvent<Reply>): void {
    const reply = event.data;
    if (
      reply.type === 'analysis' ||
      reply.type === 'analysis-error' ||
      reply.type === 'solved' ||
      reply.type === 'solve-error'
    )
      return onAnalysis(event);
    if (!pending || reply.id !== pending.message.id) return;
    if (reply.type === 'progress') pending.onProgress?.(reply.done, reply.total);
    else if (reply.type === 'snapshot') pending.onSnapshot?.(reply.result);
    else if (reply.type === 'part') {
      // A helper's part goes on to the worker that merges, moved, not copied.
      worker.postMessage({ type: 'part', id: reply.id, part: reply.part }, partBuffers(reply.part));
    } else if (reply.type === 'result') {
      pending.resolve(reply.result);
      pending = null;
    } else if (reply.type === 'error') {
      pending.reject(new Error(reply.message));
      pending = null;
    }
  }

  /** A worker failed: continue on the fallback, unsplit, re-sending what was in flight. */
  function moveToFallback(): void {
    if (movedToFallback) return;
    movedToFallback = true;
    for (const w of [worker, ...helpers]) w.terminate();
    helpers = [];
    worker = fallback();
    listen(worker, false);
    onFallback?.();
    if (pending) {
      // The whole run, on one thread: no range, no parts to wait for.
      const whole: RunRequest = { ...pending.message };
      delete (whole as { range?: unknown }).range;
      delete (whole as { parts?: unknown }).parts;
      pending.message = whole;
      worker.postMessage(whole);
    }
    if (!analyst) {
      if (analysing) worker.postMessage(analysing.message);
      if (solving) worker.postMessage(solving.message);
    }
  }

  function listen(w: WorkerLike, canFail: boolean): void {
    w.addEventListener('message', onMessage);
    if (!canFail) return;
    w.addEventListener('error', moveToFallback);
    w.addEventListener('messageerror', moveToFallback);
  }
  listen(first, true);
  for (const helper of helpers) listen(helper, true);

  /**
   * The analysis's worker: its own, started when first asked for; the page's thread if that
   * one fails; the Monte Carlo's worker where there is no other (tests, the page's thread).
   */
  function analysisWorker(): WorkerLike {
    if (analyst) return analyst;
    if (!analysis || movedToFallback) return worker;
    const started = analysis();
    analyst = started;
    started.addEventListener('message', onAnalysis);
    const failed = () => {
      if (analyst !== started) return;
      started.terminate();
      analyst = fallback();
      analyst.addEventListener('message', onAnalysis);
      if (analysing) analyst.postMessage(analysing.message);
      if (solving) analyst.postMessage(solving.message);
    };
    started.addEventListener('error', failed);
    started.addEventListener('messageerror', failed);
    return started;
  }

  return {
    run(
      scenario,
      { paths, seed, checkpoints = [], split = true, quietMs, snapshotMs },
      onProgress,
      onSnapshot,
    ) {
      pending?.resolve(null);
      const id = nextId++;
      // The store's scenario is a plain frozen object (immer, $state.raw): postMessage copies it.
      const plain = scenario;
      const k = split && paths >= SPLIT_MIN_PATHS ? helpers.length + 1 : 1;
      const cut = (j: number) => Math.round((paths * j) / k);
      // Split: the first worker computes the first part and merges the others into the result.
      const first: RunRequest = {
        type: 'run',
        id,
        scenario: plain,
        paths,
        seed,
        checkpoints,
        ...(quietMs === undefined ? {} : { quietMs }),
        ...(snapshotMs === undefined ? {} : { snapshotMs }),
        ...(k > 1 ? { range: { from: 0, to: cut(1) }, parts: k - 1 } : {}),
      };
      return new Promise((resolve, reject) => {
        pending = {
          message: first,
          resolve,
          reject,
          ...(onProgress ? { onProgress } : {}),
          ...(onSnapshot ? { onSnapshot } : {}),
        };
        worker.postMessage(first);
        helpers.forEach((helper, j) => {
          const range = { from: cut(j + 1), to: cut(j + 2) };
          helper.postMessage(
            j + 1 < k
              ? { type: 'run', id, scenario: plain, paths, seed, range }
              : { type: 'cancel', id },
          );
        });
      });
    },
    analyse(a, b) {
      analysing?.resolve(null);
      const id = nextId++;
      const message: AnalysisRequest = {
        type: 'analyse',
        id,
        a: a ? structuredClone(a) : null,
        b: structuredClone(b),
      };
      return new Promise((resolve) => {
        analysing = { message, resolve };
        analysisWorker().postMessage(message);
      });
    },
    solve(scenario, question) {
      solving?.resolve(null);
      const message: SolveRequest = {
        type: 'solve',
        id: nextId++,
        scenario,
        question: structuredClone(question),
      };
      return new Promise((resolve) => {
        solving = { message, resolve };
        analysisWorker().postMessage(message);
      });
    },
    dispose() {
      solving?.resolve(null);
      analysing?.resolve(null);
      pending?.resolve(null);
      pending = null;
      for (const w of [worker, ...helpers, ...(analyst ? [analyst] : [])]) w.terminate();
    },
  };
}

/**
 * The same services on the page's own thread, for where no worker may start (a page opened
 * from disk, a worker refused by policy): it still works in chunks and yields between them,
 * so input stays responsive.
 */
export function inThreadWorker(): WorkerLike {
  const listeners: ((event: MessageEvent<Reply>) => void)[] = [];
  const post = (data: Reply) => listeners.forEach((l) => l({ data } as MessageEvent<Reply>));
  // Loaded only when needed, so the page's own bundle does not carry the worker's code.
  const ready = Promise.all([import('./service'), import('./analysis'), import('./solver')]).then(
    ([{ createMonteCarloService }, { handleAnalysis }, { handleSolve }]) => ({
      service: createMonteCarloService(post),
      handleAnalysis,
      handleSolve,
    }),
  );
  return {
    postMessage: (message) =>
      void ready.then(async ({ service, handleAnalysis, handleSolve }) => {
        await nextTask();
        if (message.type === 'analyse') handleAnalysis(message, post);
        else if (message.type === 'solve') handleSolve(message, post);
        else await service.handle(message);
      }),
    addEventListener: (type: string, listener: (event: MessageEvent<Reply>) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    terminate: () => {},
  } as WorkerLike;
}

/**
 * A worker started by the first message that gives it work: until then its listeners wait,
 * and a cancel is dropped (it has no run to cancel).
 */
export function lazyWorker(start: () => WorkerLike): WorkerLike & { readonly started: boolean } {
  let worker: WorkerLike | null = null;
  type Listener = (event: MessageEvent<Reply>) => void;
  const listeners: [string, Listener][] = [];
  return {
    get started() {
      return worker !== null;
    },
    postMessage(message, transfer) {
      if (!worker) {
        if (message.type === 'cancel') return;
        worker = start();
        for (const [type, listener] of listeners)
          worker.addEventListener(type as 'message', listener);
      }
      worker.postMessage(message, transfer);
    },
    addEventListener(type: string, listener: Listener) {
      if (worker) worker.addEventListener(type as 'message', listener);
      else listeners.push([type, listener]);
    },
    terminate() {
      worker?.terminate();
    },
  } as WorkerLike & { readonly started: boolean };
}

/** The pool's size: the machine's cores, at most four (one worker where it cannot say). */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor(cores ?? 1)));
}

const monteCarloWorker = () =>
  new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });
const analysisWorkerScript = () =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

/**
 * The real workers, bundled by Vite as module workers: the Monte Carlo's pool and the
 * analysis's own. Where the constructor throws (workers refused), or a worker later fails to
 * load, the runs move to the page's thread.
 */
export function startMonteCarloWorker(onFallback?: () => void): MonteCarloClient {
  try {
    const size = poolSize(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
    const first = monteCarloWorker() as unknown as WorkerLike;
    // The pool's other workers start with the first run that needs them, not with the page.
    const pool = Array.from({ length: size - 1 }, () =>
      lazyWorker(monteCarloWorker as unknown as () => WorkerLike),
    );
    return createMonteCarloClient(first, {
      ...(onFallback ? { onFallback } : {}),
      pool,
      analysis: analysisWorkerScript as unknown as () => WorkerLike,
    });
  } catch {
    onFallback?.();
    return createMonteCarloClient(inThreadWorker());
  }
}
