/**
 * The comparison's heavy sums, done in the worker: the attribution of the change from A to
 * B (up to 1,024 model runs) and the sensitivity sweep of B (about 100 runs).
 */
import {
  attributions,
  normalizeScenario,
  sensitivities,
  type Contribution,
  type Scenario,
  type Swing,
} from '../model';

export interface AnalysisRequest {
  readonly type: 'analyse';
  readonly id: number;
  /** The pinned scenario, or null when nothing is pinned (no attribution then). */
  readonly a: Scenario | null;
  readonly b: Scenario;
}

export interface Analysis {
  readonly attribution: { readonly credited: Contribution[]; readonly risk: Contribution[] } | null;
  readonly sensitivity: {
    readonly credited: { readonly base: number; readonly swings: Swing[] };
    readonly risk: { readonly base: number; readonly swings: Swing[] };
    readonly duties: { readonly base: number; readonly swings: Swing[] };
  };
}

export type AnalysisReply =
  | { readonly type: 'analysis'; readonly id: number; readonly analysis: Analysis }
  | { readonly type: 'analysis-error'; readonly id: number; readonly message: string };

export function analyse(request: AnalysisRequest): Analysis {
  const b = normalizeScenario(request.b).scenario;
  const a = request.a ? normalizeScenario(request.a).scenario : null;
  // Each model run is read for every outcome (the sweeps share their runs, as do the blends).
  const attribution = a ? attributions(a, b, ['creditedByDeadline', 'pReimposedByDeadline']) : null;
  const swept = sensitivities(b, [
    'creditedByDeadline',
    'pReimposedByDeadline',
    'expectedDutiesUsdBn',
  ]);
  return {
    attribution: attribution
      ? { credited: attribution.creditedByDeadline, risk: attribution.pReimposedByDeadline }
      : null,
    sensitivity: {
      credited: swept.creditedByDeadline,
      risk: swept.pReimposedByDeadline,
      duties: swept.expectedDutiesUsdBn,
    },
  };
}

/** Handles one analysis request: the reply is posted, never thrown. */
export function handleAnalysis(
  request: AnalysisRequest,
  post: (reply: AnalysisReply) => void,
): void {
  try {
    post({ type: 'analysis', id: request.id, analysis: analyse(request) });
  } catch (e) {
    post({ type: 'analysis-error', id: request.id, message: String(e) });
  }
}
