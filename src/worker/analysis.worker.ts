/// <reference lib="webworker" />
/**
 * The analysis's Web Worker, apart from the Monte Carlo's pool so it never holds up a run:
 * the comparison's attribution and sensitivity, and "what would it take".
 */
import { handleAnalysis, type AnalysisReply, type AnalysisRequest } from './analysis';
import { handleSolve, type SolveReply, type SolveRequest } from './solver';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: AnalysisReply | SolveReply) => scope.postMessage(reply);
scope.onmessage = (event: MessageEvent<AnalysisRequest | SolveRequest>) => {
  if (event.data.type === 'solve') handleSolve(event.data, post);
  else handleAnalysis(event.data, post);
};
