// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { annotations, pastKeys, windowsIn } from '../../src/charts/annotations';
import { MOU_DATE, TERM_END } from '../../src/data/deal';
import { DATA_AS_OF } from '../../src/data/release';
import { FUNDING_EVENTS } from '../../src/data/selections';
import { DEFAULT_SCENARIO, applyTransition, transitions, type Scenario } from '../../src/model';
import { en } from '../../src/i18n/en';
import { createFormatter } from '../../src/i18n/format';
import { createTranslate } from '../../src/i18n/translate';

const t = createTranslate(en);
const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
const ALL = { selections: true, funding: true, term: true };
const of = (s: Scenario, which = ALL) => annotations(s, t, fmt, which);
const kinds = (s: Scenario, which = ALL) => of(s, which).markers.map((m) => m.kind);
const edit = (...ts: Parameters<typeof applyTransition>[1][]) =>
  ts.reduce((s, x) => applyTransition(s, x), DEFAULT_SCENARIO);

describe('annotations: the markers', () => {
  test('mark the MOU, each selection date with its value, the financing, the data’s date, the end of term and the deadline, in date order', () => {
    const byDate = new Map<string, number>();
    for (const x of DEFAULT_SCENARIO.selections)
      byDate.set(x.date, (byDate.get(x.date) ?? 0) + x.valueUsdBn);
    expect(of(DEFAULT_SCENARIO).markers).toEqual([
      { date: MOU_DATE.value, label: 'MOU', kind: 'mou' },
      ...[...byDate].map(([date, usdBn]) => ({
        date,
        label: `${fmt.money(usdBn)} selected`,
        kind: 'selection',
      })),
      ...FUNDING_EVENTS.map((e) => ({ date: e.date, label: 'Loans signed', kind: 'funding' })),
      { date: DATA_AS_OF, label: `Data to ${fmt.date(DATA_AS_OF)}`, kind: 'asOf' },
      { date: TERM_END.value, label: 'End of term', kind: 'term' },
      { date: DEFAULT_SCENARIO.periodEnd, label: 'Deadline', kind: 'deadline' },
    ]);
  });

  test('a chart leaves out what it does not ask for', () => {
    expect(kinds(DEFAULT_SCENARIO, { selections: false, funding: false, term: false })).toEqual([
      'mou',
      'asOf',
      'deadline',
    ]);
  });

  test('a selection the reader adds gets a marker on its date, with its value', () => {
    const s = edit(
      transitions.addSelection({
        date: '2027-03-01',
        name: 'Reader’s plant',
        sector: 'gas',
        valueUsdBn: 12,
      }),
    );
    expect(of(s).markers).toContainEqual({
      date: '2027-03-01',
      label: `${fmt.money(12)} selected`,
      kind: 'selection',
    });
  });

  test('projects selected on the same day share one marker with their total', () => {
    const s = edit(
      transitions.addSelection({ date: '2026-03-19', name: 'More', sector: 'ai', valueUsdBn: 7 }),
    );
    const march = of(s).markers.filter((m) => m.date === '2026-03-19');
    const total = s.selections
      .filter((x) => x.date === '2026-03-19')
      .reduce((sum, x) => sum + x.valueUsdBn, 0);
    expect(march).toEqual([
      { date: '2026-03-19', label: `${fmt.money(total)} selected`, kind: 'selection' },
    ]);
  });

  test('the financing marker goes when the projects it financed are removed', () => {
    const financed = new Set(FUNDING_EVENTS.flatMap((e) => e.selections));
    const s = edit(...[...financed].map((id) => transitions.removeSelection(id)));
    expect(kinds(s)).not.toContain('funding');
    expect(kinds(edit(transitions.removeSelection([...financed][0]!)))).toContain('funding');
  });

  test('without the announced projects there are no selection or financing markers', () => {
    expect(kinds(edit(transitions.setIncludeAnnounced(false)))).toEqual([
      'mou',
      'asOf',
      'term',
      'deadline',
    ]);
  });

  test('the deadline marker follows the investment period’s end; on the day the term ends it stands alone', () => {
    const later = of(edit(transitions.setPeriodEnd('2030-06-30'))).markers;
    expect(later.at(-1)).toEqual({ date: '2030-06-30', label: 'Deadline', kind: 'deadline' });
    const onTermEnd = of(edit(transitions.setPeriodEnd(TERM_END.value))).markers;
    expect(onTermEnd.filter((m) => m.date === TERM_END.value).map((m) => m.kind)).toEqual([
      'deadline',
    ]);
  });
});

describe('annotations: the event windows', () => {
  test('every enabled event is a window; one over by the data’s date is past', () => {
    const [e] = DEFAULT_SCENARIO.events;
    expect(of(DEFAULT_SCENARIO).windows).toEqual([
      { from: e!.start, to: e!.end, label: en[`event.${e!.id}` as 'event.s301-s122'], past: true },
    ]);
  });

  test('removing the events removes their windows; switching one off hides it', () => {
    const ids = DEFAULT_SCENARIO.events.map((e) => e.id);
    expect(of(edit(...ids.map((id) => transitions.removeEvent(id)))).windows).toEqual([]);
    expect(of(edit(transitions.setEventEnabled(ids[0]!, false))).windows).toEqual([]);
  });

  test('an event the reader adds after the data’s date is a window to come, under its own label', () => {
    const s = edit(
      transitions.addEvent({
        label: 'Midterms',
        start: '2026-11-01',
        end: '2026-11-30',
        multiplier: 2,
        enabled: true,
      }),
    );
    expect(of(s).windows.at(-1)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      label: 'Midterms',
      past: false,
    });
  });
});

describe('pastKeys: the keys of the windows the plot shades without a name', () => {
  const w = (from: string, to: string, label: string, past = true) => ({ from, to, label, past });
  const domain = (from: string, to: string) =>
    [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)] as const;
  test('one per name, for a past window that reaches into the months shown', () => {
    const windows = [
      w('2026-02-24', '2026-07-23', 'A'),
      w('2026-08-01', '2026-09-30', 'A'),
      w('2027-01-01', '2027-03-31', 'Later', false),
      w('2025-01-01', '2025-08-31', 'Before'),
      w('2026-12-01', '2026-12-31', 'Edge'),
    ];
    expect(pastKeys(windowsIn(windows, domain('2025-09-01', '2030-12-31')), 'past')).toEqual([
      { label: 'A', series: 'window past', kind: 'box', note: 'past' },
      { label: 'Edge', series: 'window past', kind: 'box', note: 'past' },
    ]);
    // A window that ends on the first day shown, or starts on the last, is drawn: keyed too.
    expect(
      pastKeys(windowsIn(windows, domain('2026-09-30', '2026-12-01')), 'past').map((k) => k.label),
    ).toEqual(['A', 'Edge']);
    expect(pastKeys(windowsIn(windows, domain('2027-01-01', '2030-12-31')), 'past')).toEqual([]);
  });
});
