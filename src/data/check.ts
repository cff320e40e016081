/**
 * The data check (part of `npm test`, scripts/check-data.mjs): every row of src/data is
 * validated before a release can land: ISO dates in range and not after `dataAsOf`, unique
 * ids, shares summing to 1, values in range, a source on every row, the data's words in both
 * languages; every source cited exists. `checkData` takes the tables as arguments, so tests can feed it broken rows.
 */
import type { AnnouncedSelection, FundingEvent } from './selections';
import type { HazardEventRow } from './events';
import type { GoodsClassRow } from './goods';
import type { ParamSpec, Plausible } from './params';
import type { MarketFigure } from './markets';
import type { Provenance } from './provenance';
import type { Source } from './sources';
import type { Release } from './release';
import type { SectorData } from './sectors';

export interface DataSet {
  readonly releases: readonly Release[];
  readonly selections: readonly AnnouncedSelection[];
  readonly fundingEvents: readonly FundingEvent[];
  readonly hazardEvents: readonly HazardEventRow[];
  readonly goods: Readonly<Record<string, GoodsClassRow>>;
  readonly params: Readonly<Record<string, ParamSpec>>;
  /** Where the swept inputs plausibly lie, by input. */
  readonly plausible: Readonly<Record<string, Plausible | undefined>>;
  readonly markets: Readonly<Record<string, MarketFigure>>;
  readonly sectors: Readonly<Record<string, SectorData>>;
  readonly sectorIds: readonly string[];
  /** The published sources the rows cite, by id. */
  readonly sources: Readonly<Record<string, Source>>;
  /** The data's words, by catalogue key, in each language. */
  readonly text: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The first day a dated fact may carry (the MOU). */
  readonly firstDate: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The earliest date a tariff schedule step may carry. */
const SCHEDULE_FIRST_DATE = '2025-01-01';
const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function realDate(iso: string): boolean {
  if (!ISO.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function checkData(d: DataSet): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const current = d.releases[d.releases.length - 1];
  if (!current) return ['releases: there is no release'];
  const asOf = current.dataAsOf;

  const dated = (where: string, iso: string, { past = true, first = d.firstDate } = {}) => {
    if (!realDate(iso)) fail(where, `“${iso}” is not a real ISO date`);
    else if (iso < first) fail(where, `${iso} is before ${first}`);
    else if (past && iso > asOf) fail(where, `${iso} is after the data’s as-of date ${asOf}`);
  };
  const sourced = (where: string, p: Provenance | undefined) => {
    if (!p) return fail(where, 'no source');
    if (p.kind === 'assumption') {
      if (!p.basis) fail(where, 'an assumption without its basis');
      return words(where, p.basis);
    }
    const cited = d.sources[p.id];
    if (!cited) return fail(where, `cites “${p.id}”, which is not among the sources`);
    checkSource(where, cited);
  };
  const checkSource = (where: string, p: Source) => {
    if (!p.title?.trim() || !p.publisher?.trim())
      fail(where, 'a source without a title or publisher');
    if (!PARTIAL.test(p.date))
      fail(where, `source date “${p.date}” is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (p.date > current.published) fail(where, `source dated ${p.date}, after the release`);
    if (p.url !== undefined && !/^https:\/\//.test(p.url))
      fail(where, `source link “${p.url}” is not https`);
    if (p.note) words(where, p.note);
  };
  const words = (where: string, key: string) => {
    for (const [lang, catalogue] of Object.entries(d.text))
      if (!catalogue[key]?.trim()) fail(where, `no ${lang} text for “${key}”`);
  };
  const unique = (where: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail(where, `id “${id}” appears twice`);
      seen.add(id);
    }
  };
  const inRange = (where: string, v: number, lo: number, hi: number) => {
    if (!Number.isFinite(v) || v < lo || v > hi) fail(where, `${v} is outside ${lo} to ${hi}`);
  };

  // Releases: in order, each with its changes in both languages; the last is the data.
  unique(
    'releases',
    d.releases.map((r) => r.version),
  );
  d.releases.forEach((r, i) => {
    const where = `release ${r.version}`;
    dated(`${where} dataAsOf`, r.dataAsOf);
    if (!realDate(r.published)) fail(where, `published “${r.published}” is not a real date`);
    if (r.published < r.dataAsOf) fail(where, 'published before the day it was checked through');
    const before = d.releases[i - 1];
    if (before && (r.dataAsOf < before.dataAsOf || r.published < before.published))
      fail(where, 'is older than the release before it');
    if (r.changes.length === 0) fail(where, 'says nothing about what changed');
    r.changes.forEach((key) => words(where, key));
  });

  unique(
    'selections',
    d.selections.map((r) => r.id),
  );
  for (const r of d.selections) {
    const where = `selection ${r.id}`;
    dated(where, r.date);
    if (!d.sectorIds.includes(r.sector)) fail(where, `unknown sector “${r.sector}”`);
    inRange(`${where} value`, r.valueUsdBn, 0.001, 1000);
    sourced(where, r.source);
    words(where, `selection.${r.id}`);
  }

  unique(
    'funding events',
    d.fundingEvents.map((r) => r.id),
  );
  const selectionIds = new Set(d.selections.map((r) => r.id));
  for (const e of d.fundingEvents) {
    const where = `funding ${e.id}`;
    dated(where, e.date);
    for (const id of e.selections)
      if (!selectionIds.has(id)) fail(where, `finances unknown project “${id}”`);
    inRange(`${where} amount`, e.amountJpyBn, 0.001, 1e6);
    sourced(where, e.source);
    words(where, `funding.${e.id}`);
  }

  unique(
    'hazard events',
    d.hazardEvents.map((r) => r.id),
  );
  for (const e of d.hazardEvents) {
    const where = `event ${e.id}`;
    dated(`${where} start`, e.start, { past: false });
    dated(`${where} end`, e.end, { past: false });
    if (e.end < e.start) fail(where, 'ends before it starts');
    inRange(`${where} multiplier`, e.multiplier, 0, 10);
    sourced(where, e.source);
    words(where, `event.${e.id}`);
  }

  const goods = Object.entries(d.goods);
  const shareSum = goods.reduce((a, [, g]) => a + g.share, 0);
  if (Math.abs(shareSum - 1) > 1e-9) fail('goods', `shares sum to ${shareSum}, not 1`);
  for (const [id, g] of goods) {
    const where = `goods ${id}`;
    inRange(`${where} share`, g.share, 0, 1);
    inRange(`${where} penalty`, g.ratePenalty, 0, 1);
    sourced(`${where} share`, g.shareSource);
    sourced(`${where} penalty`, g.penaltySource);
    words(where, `goods.${id}`);
    words(where, `goods.${id}.route`);
    if (g.schedule.length === 0) fail(where, 'no rate schedule');
    g.schedule.forEach((step, i) => {
      // A schedule may start before the MOU: the rate in force when the series begins.
      dated(`${where} schedule`, step.from, { first: SCHEDULE_FIRST_DATE });
      inRange(`${where} rate`, step.rate, 0, 1);
      sourced(`${where} rate from ${step.from}`, step.source);
      const prev = g.schedule[i - 1];
      if (prev && step.from <= prev.from) fail(where, 'schedule steps are not in date order');
    });
    const now =
      [...g.schedule].reverse().find((s) => s.from <= asOf)?.rate ?? g.schedule[0]?.rate ?? 0;
    if (g.ratePenalty < now) fail(where, 'the penalty rate is below the rate now');
  }

  for (const [key, p] of Object.entries(d.params)) {
    const where = `param ${key}`;
    if (!(p.min <= p.default && p.default <= p.max))
      fail(where, `default ${p.default} outside ${p.min} to ${p.max}`);
    const range = d.plausible[key];
    if (range) {
      const { low, high } = range;
      if (!(p.min <= low && low <= high && high <= p.max))
        fail(where, `plausible range ${low} to ${high} is not inside ${p.min} to ${p.max}`);
      sourced(`${where} plausible range`, range.source);
    }
    sourced(where, p.source);
  }

  for (const [key, m] of Object.entries(d.markets)) {
    const where = `market ${key}`;
    if (!PARTIAL.test(m.asOf)) fail(where, `as-of “${m.asOf}” is not a date`);
    else if (m.asOf > asOf) fail(where, `${m.asOf} is after the data’s as-of date ${asOf}`);
    sourced(where, m.source);
  }

  for (const [id, s] of Object.entries(d.sectors)) {
    const where = `sector ${id}`;
    const capex = s.capexShareByYear.reduce((a, b) => a + b, 0);
    if (Math.abs(capex - 1) > 1e-9) fail(where, `capex shares sum to ${capex}, not 1`);
    inRange(`${where} IRR`, s.projectIrrAnnual, -0.5, 1);
    inRange(`${where} default probability`, s.defaultProbAnnual, 0, 0.5);
    sourced(`${where} profile`, s.profileSource);
    sourced(`${where} parameters`, s.parameterSource);
  }
  return problems;
}
