/**
 * The worker's logic, apart from the worker global so it can be tested in Node: runs the
 * Monte Carlo in chunks, yields between chunks (a message, not a timer) so newer requests can arrive, and abandons
 * a run as soon as a newer request exists (the latest request wins).
 */
import { createMonteCarloRun, normalizeScenario } from '../model';
import type { RunRequest, WorkerReply } from './protocol';
import { nextTask } from './nextTask';

/** Paths per chunk: about 10–15 ms of work, so a new request waits at most that long. */
export const CHUNK_PATHS = 500;

export function createMonteCarloService(post: (reply: WorkerReply) => void) {
  let latest = -Infinity;

  async function run(req: RunRequest): Promise<void> {
    // The page sends normalized scenarios; normalizing again keeps the worker safe on its own.
    const scenario = normalizeScenario(req.scenario).scenario;
    const mc = createMonteCarloRun(scenario, { paths: req.paths, seed: req.seed });
    let done = 0;
    while (done < mc.paths) {
      await nextTask();
      if (req.id !== latest) {
        post({ type: 'abandoned', id: req.id });
        return;
      }
      done = mc.step(CHUNK_PATHS);
      post({ type: 'progress', id: req.id, done, total: mc.paths });
    }
    post({ type: 'result', id: req.id, result: mc.finish() });
  }

  return {
    /** Handles one message; resolves when that run has finished or been abandoned. */
    handle(req: RunRequest): Promise<void> {
      if (req.type !== 'run' || !(req.id > latest)) return Promise.resolve();
      latest = req.id;
      return run(req).catch((e: unknown) =>
        post({ type: 'error', id: req.id, message: String(e) }),
      );
    },
  };
}
