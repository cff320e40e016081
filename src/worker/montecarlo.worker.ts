/// <reference lib="webworker" />
/** A Monte Carlo Web Worker (one of the pool): chunked runs, latest request wins, parts merged. */
import { partBuffers, type WorkerMessage, type WorkerReply } from './protocol';
import { createMonteCarloService } from './service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A part's arrays move to the page (and on to the merging worker) instead of being copied.
const post = (reply: WorkerReply) =>
  scope.postMessage(reply, reply.type === 'part' ? partBuffers(reply.part) : []);
const service = createMonteCarloService(post);
scope.onmessage = (event: MessageEvent<WorkerMessage>) => void service.handle(event.data);
