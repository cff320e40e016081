/// <reference lib="webworker" />
/** The model's Web Worker: the Monte Carlo (chunked, latest request wins) and the comparison's analysis. */
import type { RunRequest, WorkerReply } from './protocol';
import { handleAnalysis, type AnalysisReply, type AnalysisRequest } from './analysis';
import { createMonteCarloService } from './service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply | AnalysisReply) => scope.postMessage(reply);
const service = createMonteCarloService(post);
scope.onmessage = (event: MessageEvent<RunRequest | AnalysisRequest>) => {
  if (event.data.type === 'analyse') handleAnalysis(event.data, post);
  else void service.handle(event.data);
};
