/// <reference lib="webworker" />
/** The model's Web Worker: the Monte Carlo (chunked, latest request wins), the comparison's analysis and "what would it take". */
import type { RunRequest, WorkerReply } from './protocol';
import { handleAnalysis, type AnalysisReply, type AnalysisRequest } from './analysis';
import { handleSolve, type SolveReply, type SolveRequest } from './solver';
import { createMonteCarloService } from './service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply | AnalysisReply | SolveReply) => scope.postMessage(reply);
const service = createMonteCarloService(post);
scope.onmessage = (event: MessageEvent<RunRequest | AnalysisRequest | SolveRequest>) => {
  if (event.data.type === 'analyse') handleAnalysis(event.data, post);
  else if (event.data.type === 'solve') handleSolve(event.data, post);
  else void service.handle(event.data);
};
