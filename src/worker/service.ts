/**
 * The Monte Carlo worker's logic, apart from the worker global so it can be tested in Node:
 * runs the Monte Carlo in chunks, yields between chunks (through a MessageChannel) so newer
 * requests can arrive, and abandons a run as soon as a newer request exists (the latest
 * request wins). On the way it sends the answers of the first paths at the checkpoints asked
 * for (the bands that follow a drag). In a pool, a run given a range sends its part back; the
 * run from path 0 waits for the other parts and merges them.
 */
import {
  createMonteCarloRun,
  mergeMonteCarlo,
  normalizeScenario,
  type MonteCarloPart,
} from '../model';
import { nextTask } from './nextTask';
import type { RunRequest, WorkerMessage, WorkerReply } from './protocol';

/** Paths per chunk: a few ms of work, so a new request waits at most that long. */
export const CHUNK_PATHS = 500;

export function createMonteCarloService(post: (reply: WorkerReply) => void) {
  let latest = -Infinity;
  /** Parts from the pool's other workers, by run id; and who waits for them. */
  const parts = new Map<number, MonteCarloPart[]>();
  let waiting: { id: number; wake: () => void } | null = null;

  async function run(req: RunRequest): Promise<void> {
    // The page sends normalized scenarios; normalizing again keeps the worker safe on its own.
    const scenario = normalizeScenario(req.scenario).scenario;
    const options = { paths: req.paths, seed: req.seed };
    const mc = createMonteCarloRun(scenario, options, req.range);
    // A helper computes a part for the first worker; the first worker may report on the way.
    const helper = req.range !== undefined && req.parts === undefined;
    const checkpoints = helper ? [] : (req.checkpoints ?? []).filter((n) => n < mc.size);
    const stale = () => {
      if (req.id === latest) return false;
      post({ type: 'abandoned', id: req.id });
      return true;
    };
    const quietMs = req.quietMs ?? 0;
    const snapshotMs = req.snapshotMs ?? quietMs;
    const started = performance.now();
    let told = started;
    let done = 0;
    while (done < mc.size) {
      await nextTask();
      if (stale()) return;
      const next = checkpoints.find((n) => n > done) ?? Infinity;
      done = mc.step(Math.min(CHUNK_PATHS, next - done));
      const now = performance.now();
      // A helper runs alongside the first worker, which speaks for the run's progress: one
      // message to the page every quietMs, not one per worker.
      if (!helper && now - told >= quietMs) {
        told = now;
        post({ type: 'progress', id: req.id, done, total: mc.size });
      }
      const left = ((now - started) / done) * (mc.size - done);
      if (done === next && left >= snapshotMs)
        post({ type: 'snapshot', id: req.id, result: mc.snapshot() });
    }
    if (helper) {
      const part = mc.part();
      post({ type: 'part', id: req.id, part });
      return;
    }
    const others = req.parts ?? 0;
    while ((parts.get(req.id)?.length ?? 0) < others) {
      await new Promise<void>((wake) => (waiting = { id: req.id, wake }));
      if (stale()) return;
    }
    const all = [mc.part(), ...(parts.get(req.id) ?? [])].sort((a, b) => a.from - b.from);
    parts.delete(req.id);
    post({ type: 'result', id: req.id, result: mergeMonteCarlo(scenario, req.seed, all) });
  }

  /** A newer id makes every earlier run stale; a run waiting for parts is woken to see it. */
  function supersede(id: number): void {
    latest = id;
    for (const key of parts.keys()) if (key < id) parts.delete(key);
    if (waiting && waiting.id !== id) waiting.wake();
  }

  return {
    /** Handles one message; resolves when that run has finished or been abandoned. */
    handle(message: WorkerMessage): Promise<void> {
      if (!(message.id >= latest)) return Promise.resolve();
      if (message.type === 'part') {
        parts.set(message.id, [...(parts.get(message.id) ?? []), message.part]);
        if (waiting?.id === message.id) waiting.wake();
        return Promise.resolve();
      }
      if (message.id === latest) return Promise.resolve(); // the same request twice
      supersede(message.id);
      if (message.type === 'cancel') return Promise.resolve();
      return run(message).catch((e: unknown) =>
        post({ type: 'error', id: message.id, message: String(e) }),
      );
    },
  };
}
