/**
 * The page's side of the Monte Carlo worker: one request at a time from the page's point
 * of view; a new request supersedes the previous one, whose promise resolves to null. If the
 * worker fails to load or dies (a 404, a refusal by policy, an aborted load), the client
 * moves to the page's own thread, sends what was in flight again, and says so once.
 */
import type { MonteCarloResult, Scenario, WhatItTakes } from '../model';
import type { RunRequest, WorkerReply } from './protocol';
import type { Analysis, AnalysisReply, AnalysisRequest } from './analysis';
import type { Question, SolveReply, SolveRequest } from './solver';

export interface MonteCarloClient {
  run(
    scenario: Scenario,
    options: { paths: number; seed: number },
    onProgress?: (done: number, total: number) => void,
  ): Promise<MonteCarloResult | null>;
  /** The comparison's attribution (when A is given) and B's sensitivity; a newer call supersedes (null). */
  analyse(a: Scenario | null, b: Scenario): Promise<Analysis | null>;
  /** "What would it take" for the scenario; a newer question supersedes (null). */
  solve(scenario: Scenario, question: Question): Promise<WhatItTakes | null>;
  dispose(): void;
}

type Message = RunRequest | AnalysisRequest | SolveRequest;
type Reply = WorkerReply | AnalysisReply | SolveReply;

/** The parts of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: Message): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ClientOptions {
  /** Where to go when the worker fails: the page's own thread by default. */
  fallback?: () => WorkerLike;
  /** Called once, when the client has moved to the fallback. */
  onFallback?: () => void;
}

export function createMonteCarloClient(
  first: WorkerLike,
  { fallback = inThreadWorker, onFallback }: ClientOptions = {},
): MonteCarloClient {
  let nextId = 1;
  let worker = first;
  let movedToFallback = false;
  let pending: {
    message: RunRequest;
    resolve: (r: MonteCarloResult | null) => void;
    reject: (e: Error) => void;
    onProgress?: (done: number, total: number) => void;
  } | null = null;
  let analysing: { message: AnalysisRequest; resolve: (a: Analysis | null) => void } | null = null;
  let solving: { message: SolveRequest; resolve: (a: WhatItTakes | null) => void } | null = null;

  function onMessage(event: MessageEvent<Reply>): void {
    const reply = event.data;
    if (reply.type === 'solved' || reply.type === 'solve-error') {
      if (!solving || reply.id !== solving.message.id) return;
      solving.resolve(reply.type === 'solved' ? reply.answer : null);
      solving = null;
      return;
    }
    if (reply.type === 'analysis' || reply.type === 'analysis-error') {
      if (!analysing || reply.id !== analysing.message.id) return;
      analysing.resolve(reply.type === 'analysis' ? reply.analysis : null);
      analysing = null;
      return;
    }
    if (!pending || reply.id !== pending.message.id) return;
    if (reply.type === 'progress') pending.onProgress?.(reply.done, reply.total);
    else if (reply.type === 'result') {
      pending.resolve(reply.result);
      pending = null;
    } else if (reply.type === 'error') {
      pending.reject(new Error(reply.message));
      pending = null;
    }
  }

  /** The worker failed: continue on the fallback, re-sending what was in flight. */
  function moveToFallback(): void {
    if (movedToFallback) return;
    movedToFallback = true;
    worker.terminate();
    worker = fallback();
    listen(worker, false);
    onFallback?.();
    if (pending) worker.postMessage(pending.message);
    if (analysing) worker.postMessage(analysing.message);
    if (solving) worker.postMessage(solving.message);
  }

  function listen(w: WorkerLike, canFail: boolean): void {
    w.addEventListener('message', onMessage);
    if (!canFail) return;
    w.addEventListener('error', moveToFallback);
    w.addEventListener('messageerror', moveToFallback);
  }
  listen(first, true);

  return {
    run(scenario, { paths, seed }, onProgress) {
      pending?.resolve(null);
      const id = nextId++;
      // $state proxies and frozen immer objects both clone; a plain copy keeps it cheap.
      const message: RunRequest = {
        type: 'run',
        id,
        scenario: structuredClone(scenario),
        paths,
        seed,
      };
      return new Promise((resolve, reject) => {
        pending = { message, resolve, reject, ...(onProgress ? { onProgress } : {}) };
        worker.postMessage(message);
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
        worker.postMessage(message);
      });
    },
    solve(scenario, question) {
      solving?.resolve(null);
      const message: SolveRequest = {
        type: 'solve',
        id: nextId++,
        scenario: structuredClone(scenario),
        question: structuredClone(question),
      };
      return new Promise((resolve) => {
        solving = { message, resolve };
        worker.postMessage(message);
      });
    },
    dispose() {
      solving?.resolve(null);
      analysing?.resolve(null);
      pending?.resolve(null);
      pending = null;
      worker.terminate();
    },
  };
}

/**
 * The same service on the page's own thread, for where no worker may start (a page opened
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
      void ready.then(({ service, handleAnalysis, handleSolve }) =>
        setTimeout(() => {
          if (message.type === 'analyse') handleAnalysis(message, post);
          else if (message.type === 'solve') handleSolve(message, post);
          else void service.handle(message);
        }, 0),
      ),
    addEventListener: (type: string, listener: (event: MessageEvent<Reply>) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    terminate: () => {},
  } as WorkerLike;
}

/**
 * The real worker, bundled by Vite as a module worker. Where the constructor throws (workers
 * refused), or the worker later fails to load, the runs move to the page's thread.
 */
export function startMonteCarloWorker(onFallback?: () => void): MonteCarloClient {
  try {
    const worker = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    return createMonteCarloClient(
      worker as unknown as WorkerLike,
      onFallback ? { onFallback } : {},
    );
  } catch {
    onFallback?.();
    return createMonteCarloClient(inThreadWorker());
  }
}
