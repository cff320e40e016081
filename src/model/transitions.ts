/**
 * Every change a reader can make to a scenario, as a named transition: a pure immer recipe
 * that applies the same rules as normalizeScenario (rules.ts), so any sequence of them ends
 * in a scenario normalizeScenario leaves unchanged. Ids are unique by construction: a new
 * row's id is chosen here, never by the caller. An edit the rules refuse changes nothing.
 */
import { produce, type Draft } from 'immer';
import { PARAMS, type ParamKey } from '../data/params';
import type { PresetId } from '../data/presets';
import { normalizeScenario } from './normalize';
import { presetScenario } from './presets';
import {
  MAX_ROWS,
  clampParam,
  clampPeriodEnd,
  cleanCapExempt,
  cleanEvent,
  cleanRate,
  cleanSelection,
  penaltyAtLeastNow,
} from './rules';
import {
  DEFAULT_SCENARIO,
  type GoodsId,
  type HazardEvent,
  type Instrument,
  type LagRule,
  type Scenario,
  type SectorId,
  type Selection,
} from './scenario';
import { setShare as moveShare } from './shareMove';
import type { ComparedInput } from './compare';

/**
 * A change: a pure function from one scenario to the next, the same scenario when it changes
 * nothing. Each is an immer recipe applied with `produce` (`edit`), so immer loads with the
 * transitions, not with the store: a page that never edits (an embed without live controls)
 * never loads it.
 */
export type Transition = (s: Scenario) => Scenario;

/** An immer recipe over the scenario (it may return a whole new scenario). */
type Recipe = (draft: Draft<Scenario>) => Scenario | void;

/** The linked-share groups: instruments, sectors of future selections, goods classes. */
export type ShareGroupId = 'mix' | 'sectors' | 'goods';
export type ShareKey = Instrument | SectorId | GoodsId;

/** The next free id of the form `${prefix}${n}`, n counting from the row count (a row added). */
function nextId(rows: readonly { id: string }[], prefix: string): string {
  const taken = new Set(rows.map((r) => r.id));
  let n = rows.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** The recipe as a transition (a replacement scenario is a valid recipe result). */
const edit =
  (recipe: Recipe): Transition =>
  (s) =>
    produce(s, recipe as (draft: Draft<Scenario>) => void);

/** Applies a transition purely: the scenario given is never changed. */
export function applyTransition(s: Scenario, transition: Transition): Scenario {
  return transition(s);
}

export function setParam(key: ParamKey, value: number): Transition {
  return edit((d) => {
    d[key] = clampParam(key, value);
  });
}

export function resetParam(key: ParamKey): Transition {
  return setParam(key, PARAMS[key].default);
}

function sharesOf(s: Scenario, group: ShareGroupId): Record<string, number> {
  if (group === 'goods')
    return Object.fromEntries(Object.entries(s.goods).map(([id, c]) => [id, c.share]));
  return { ...s[group] };
}

/** Moves one share; the unlocked others absorb the change in proportion (shares.ts). */
export function setShare(
  group: ShareGroupId,
  key: ShareKey,
  value: number,
  locked: ReadonlySet<string> = new Set(),
): Transition {
  return edit((d) => {
    const current = sharesOf(d as Scenario, group);
    if (!(key in current) || !Number.isFinite(value)) return;
    const next = moveShare(current, key, value, locked);
    if (group === 'goods') {
      for (const id of Object.keys(next) as GoodsId[]) d.goods[id].share = next[id] ?? 0;
    } else Object.assign(d[group], next);
  });
}

export function resetShares(group: ShareGroupId): Transition {
  return edit((d) => {
    if (group === 'goods')
      for (const id of Object.keys(d.goods) as GoodsId[])
        d.goods[id].share = DEFAULT_SCENARIO.goods[id].share;
    else d[group] = { ...DEFAULT_SCENARIO[group] } as never;
  });
}

/** Sets a goods class's rate now or under a penalty; a penalty never goes below the rate now. */
export function setGoodsRate(
  id: GoodsId,
  field: 'rateNow' | 'ratePenalty',
  value: number,
): Transition {
  return edit((d) => {
    const rate = cleanRate(value);
    if (rate === null) return;
    const next = penaltyAtLeastNow({ ...d.goods[id], [field]: rate });
    d.goods[id].rateNow = next.rateNow;
    d.goods[id].ratePenalty = next.ratePenalty;
  });
}

export const resetGoods: Transition = edit((d) => {
  d.goods = structuredClone(DEFAULT_SCENARIO.goods) as Draft<Scenario>['goods'];
});

/** Whether the annual cap leaves a sector's cash alone (Korea's shipbuilding). */
export function setCapExempt(sector: SectorId, exempt: boolean): Transition {
  return edit((d) => {
    const others = d.capExempt.filter((x) => x !== sector);
    d.capExempt = cleanCapExempt(exempt ? [...others, sector] : others);
  });
}

export function setLagRule(rule: LagRule): Transition {
  return edit((d) => {
    if (rule === 'business' || rule === 'calendar') d.lagRule = rule;
  });
}

export function setPeriodEnd(iso: string): Transition {
  return edit((d) => {
    const clean = clampPeriodEnd(iso);
    if (clean !== null) d.periodEnd = clean;
  });
}

export function setIncludeAnnounced(on: boolean): Transition {
  return edit((d) => {
    d.includeAnnounced = on;
  });
}

/** Adds a project; its id is chosen here. Refused (no change) at MAX_ROWS or if a field is invalid. */
export function addSelection(row: Omit<Selection, 'id'>): Transition {
  return edit((d) => {
    if (d.selections.length >= MAX_ROWS) return;
    const clean = cleanSelection({ ...row, id: nextId(d.selections, 'p') }, 'p');
    if (clean) d.selections.push(clean);
  });
}

/** Edits a project's fields; an edit the rules refuse changes nothing. */
export function updateSelection(id: string, patch: Partial<Omit<Selection, 'id'>>): Transition {
  return edit((d) => {
    const i = d.selections.findIndex((x) => x.id === id);
    const row = d.selections[i];
    if (!row) return;
    const clean = cleanSelection({ ...row, ...patch, id }, id);
    if (clean) d.selections[i] = clean;
  });
}

export function removeSelection(id: string): Transition {
  return edit((d) => {
    d.selections = d.selections.filter((x) => x.id !== id);
  });
}

/** Adds a dated event; its id is chosen here. Refused at MAX_ROWS or if a field is invalid. */
export function addEvent(row: Omit<HazardEvent, 'id'>): Transition {
  return edit((d) => {
    if (d.events.length >= MAX_ROWS) return;
    const clean = cleanEvent({ ...row, id: nextId(d.events, 'e') }, 'e');
    if (clean) d.events.push(clean);
  });
}

export function updateEvent(id: string, patch: Partial<Omit<HazardEvent, 'id'>>): Transition {
  return edit((d) => {
    const i = d.events.findIndex((x) => x.id === id);
    const row = d.events[i];
    if (!row) return;
    const clean = cleanEvent({ ...row, ...patch, id }, id);
    if (clean) d.events[i] = clean;
  });
}

export const setEventEnabled = (id: string, enabled: boolean): Transition =>
  updateEvent(id, { enabled });

export function removeEvent(id: string): Transition {
  return edit((d) => {
    d.events = d.events.filter((x) => x.id !== id);
  });
}

export function applyPreset(id: PresetId): Transition {
  const target = presetScenario(id);
  return edit(() => target);
}

export const resetAll: Transition = edit(() => DEFAULT_SCENARIO);

/** Replaces the scenario with one from outside (a link, a file), through the gate. */
export function replaceScenario(input: unknown): Transition {
  const { scenario } = normalizeScenario(input);
  return edit(() => scenario);
}

/**
 * Sets several numeric inputs at once, as one change (a "what would it take" answer the
 * reader applies); each value is clamped to its range like setParam's.
 */
export function setParams(values: Readonly<Partial<Record<ParamKey, number>>>): Transition {
  return edit((d) => {
    for (const [key, value] of Object.entries(values) as [ParamKey, number][])
      if (key in PARAMS) d[key] = clampParam(key, value);
  });
}

/** Puts one compared input (a number, a table, a mix) back to its default. */
export function resetInput(input: ComparedInput): Transition {
  return edit((d) => {
    (d as Record<string, unknown>)[input] = structuredClone(DEFAULT_SCENARIO[input]);
  });
}
