/**
 * The page's side of the Monte Carlo worker: one request at a time from the page's point
 * of view; a new request supersedes the previous one, whose promise resolves to null.
 */
import type { MonteCarloResult } from '../model/montecarlo';
import type { Scenario } from '../model/scenario';
import type { RunRequest, WorkerReply } from './protocol';
import type { Analysis, AnalysisReply, AnalysisRequest } from './analysis';

export interface MonteCarloClient {
  run(
    scenario: Scenario,
    options: { paths: number; seed: number },
    onProgress?: (done: number, total: number) => void,
  ): Promise<MonteCarloResult | null>;
  /** The comparison's attribution (when A is given) and B's sensitivity; a newer call supersedes (null). */
  analyse(a: Scenario | null, b: Scenario): Promise<Analysis | null>;
  dispose(): void;
}

/** The parts of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RunRequest | AnalysisRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerReply | AnalysisReply>) => void,
  ): void;
  terminate(): void;
}

export function createMonteCarloClient(worker: WorkerLike): MonteCarloClient {
  let nextId = 1;
  let pending: {
    id: number;
    resolve: (r: MonteCarloResult | null) => void;
    reject: (e: Error) => void;
    onProgress?: (done: number, total: number) => void;
  } | null = null;

  let analysing: { id: number; resolve: (a: Analysis | null) => void } | null = null;

  worker.addEventListener('message', (event) => {
    const reply = event.data;
    if (reply.type === 'analysis' || reply.type === 'analysis-error') {
      if (!analysing || reply.id !== analysing.id) return;
      analysing.resolve(reply.type === 'analysis' ? reply.analysis : null);
      analysing = null;
      return;
    }
    if (!pending || reply.id !== pending.id) return;
    if (reply.type === 'progress') pending.onProgress?.(reply.done, reply.total);
    else if (reply.type === 'result') {
      pending.resolve(reply.result);
      pending = null;
    } else if (reply.type === 'error') {
      pending.reject(new Error(reply.message));
      pending = null;
    }
  });

  return {
    run(scenario, { paths, seed }, onProgress) {
      pending?.resolve(null);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject, ...(onProgress ? { onProgress } : {}) };
        // $state proxies and frozen immer objects both clone; a plain copy keeps it cheap.
        worker.postMessage({ type: 'run', id, scenario: structuredClone(scenario), paths, seed });
      });
    },
    analyse(a, b) {
      analysing?.resolve(null);
      const id = nextId++;
      return new Promise((resolve) => {
        analysing = { id, resolve };
        worker.postMessage({
          type: 'analyse',
          id,
          a: a ? structuredClone(a) : null,
          b: structuredClone(b),
        });
      });
    },
    dispose() {
      analysing?.resolve(null);
      pending?.resolve(null);
      pending = null;
      worker.terminate();
    },
  };
}

/**
 * The same service on the page's own thread, for where no worker may start (a page opened
 * from disk): it still works in chunks and yields between them, so input stays responsive.
 */
export function inThreadWorker(): WorkerLike {
  const listeners: ((event: MessageEvent<WorkerReply | AnalysisReply>) => void)[] = [];
  const post = (data: WorkerReply | AnalysisReply) =>
    listeners.forEach((l) => l({ data } as MessageEvent<WorkerReply | AnalysisReply>));
  // Loaded only when needed, so the page's own bundle does not carry the worker's code.
  const ready = Promise.all([import('./service'), import('./analysis')]).then(
    ([{ createMonteCarloService }, { handleAnalysis }]) => ({
      service: createMonteCarloService(post),
      handleAnalysis,
    }),
  );
  return {
    postMessage: (message) =>
      void ready.then(({ service, handleAnalysis }) =>
        setTimeout(
          () =>
            message.type === 'analyse'
              ? handleAnalysis(message, post)
              : void service.handle(message),
          0,
        ),
      ),
    addEventListener: (_type, listener) => listeners.push(listener),
    terminate: () => {},
  };
}

/** The real worker, bundled by Vite as a module worker; in-thread where workers are refused. */
export function startMonteCarloWorker(): MonteCarloClient {
  try {
    const worker = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    return createMonteCarloClient(worker as unknown as WorkerLike);
  } catch {
    return createMonteCarloClient(inThreadWorker());
  }
}
