/**
 * One answer per question (MODEL.md §6 [v2]). The chance of a penalty is the Monte Carlo's
 * share of paths, with its 95% interval; credited by the deadline is the median path, with its
 * 5–95% range; duties and the "why" parts come from the same paths. The deterministic run is
 * the central path: shown as such, and used, marked provisional, until the Monte Carlo for the
 * scenario on screen arrives. The headline, the summary, the share text, the embeds and the
 * exports all read these.
 */
import {
  monthsBehind,
  wilsonInterval,
  type MonteCarloResult,
  type Result,
  type Scenario,
  type WhyParts,
} from '../model';

export interface Range {
  readonly value: number;
  /** The range around it, when the Monte Carlo gives one. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface Answers {
  /** True while these are the central path's, waiting for the Monte Carlo of this scenario. */
  readonly provisional: boolean;
  /**
   * True while these are the Monte Carlo's first paths, a run still going for this scenario
   * (the bands that follow a drag): a real answer, with the wider interval of fewer paths.
   */
  readonly refining: boolean;
  /** Paths behind the answer (null when provisional). */
  readonly paths: number | null;
  /** Probability of a penalty by the deadline (0–1), with its 95% interval. */
  readonly risk: Range;
  /** Credited by the deadline, US$ bn (median path), with its 5–95% range. */
  readonly credited: Range;
  readonly creditedShare: number;
  readonly monthsBehind: number;
  /** Expected extra duties to the end of 2029 (paid by US importers), US$ bn. */
  readonly dutiesUsdBn: number;
  /** Expected GDP effect for Japan at the end of 2029, fraction of GDP a year. */
  readonly gdpEffect: number;
  /** The risk split among its causes; the parts add up to `risk.value`. */
  readonly why: WhyParts;
  /** The central path's risk and credited, for the sentence that says why they differ. */
  readonly central: { readonly risk: number; readonly credited: number };
}

export function answersOf(s: Scenario, r: Result, mc: MonteCarloResult | null): Answers {
  const x = r.summary;
  const central = { risk: x.pReimposedByDeadline, credited: x.creditedByDeadline };
  if (!mc) {
    return {
      provisional: true,
      refining: false,
      paths: null,
      risk: { value: x.pReimposedByDeadline, low: null, high: null },
      credited: { value: x.creditedByDeadline, low: null, high: null },
      creditedShare: x.creditedByDeadlineShare,
      monthsBehind: x.monthsBehindPace,
      dutiesUsdBn: x.expectedDutiesUsdBn,
      gdpEffect: x.expectedGdpEffect,
      why: x.why,
      central,
    };
  }
  const [low, high] = wilsonInterval(mc.shareReimposedByDeadline, mc.paths);
  const e = r.months.indexOf('2029-12');
  const credited = mc.creditedAtDeadline.p50;
  return {
    provisional: false,
    refining: mc.paths < s.mcPaths,
    paths: mc.paths,
    risk: { value: mc.shareReimposedByDeadline, low, high },
    credited: { value: credited, low: mc.creditedAtDeadline.p5, high: mc.creditedAtDeadline.p95 },
    creditedShare: credited / s.pledgeUsdBn,
    monthsBehind: monthsBehind(s, credited),
    dutiesUsdBn: mc.tariff.expectedDutiesUsdBn[e] ?? 0,
    gdpEffect: mc.tariff.gdpEffect[e] ?? 0,
    why: mc.why,
    central,
  };
}
