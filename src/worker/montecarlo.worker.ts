/// <reference lib="webworker" />
/** The Monte Carlo Web Worker: wires the service to the worker's message port. */
import type { RunRequest, WorkerReply } from './protocol';
import { createMonteCarloService } from './service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createMonteCarloService((reply: WorkerReply) => scope.postMessage(reply));
scope.onmessage = (event: MessageEvent<RunRequest>) => void service.handle(event.data);
