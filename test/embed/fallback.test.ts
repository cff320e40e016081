// @vitest-environment node
// The pictures themselves are made by the build (svelte/server) and checked in test/e2e/firstpaint.spec.ts.
import { describe, expect, test } from 'vitest';
import { classColours, cssFor, declared, figureOf } from '../../src/prerender';

const CSS = `.credited { color: #1f77b4; }
.band90,
.band50 { color: #1f77b4; }
.required { color: #d62728; }
.rule line { stroke: #999; }`;

describe('classColours', () => {
  test('reads each single-class rule’s colour, including grouped selectors', () => {
    const c = classColours(CSS);
    expect(c.get('credited')).toBe('#1f77b4');
    expect(c.get('band50')).toBe('#1f77b4');
    expect(c.get('required')).toBe('#d62728');
    expect(c.has('rule')).toBe(false);
  });
});

describe('figureOf', () => {
  const body = `<p>x</p><figure class="card svelte-1" id="money" aria-labelledby="money-title" data-units="US$ bn, cumulative"><div class="top"><h2 id="money-title" class="svelte-1">How fast the money moves</h2></div>
<ul class="legend svelte-1"><li class="svelte-1"><span class="key line credited svelte-1"></span>Credited &amp; counted</li><li class="svelte-1"><span class="key box band90 svelte-1"></span>Credited, 5–95%</li><li class="svelte-1"><span class="key dash required svelte-1"></span>Required pace</li></ul>
<div class="box"><svg role="img" width="640" height="300" viewBox="0 0 640 300"><title>t</title><path class="x"/></svg></div></figure>`;
  test('reads the title, the units, the legend with its colours and the chart', () => {
    const f = figureOf(body, 'money', classColours(CSS), '.x { fill: red; } .y { fill: blue; }');
    expect(f?.title).toBe('How fast the money moves');
    expect(f?.units).toBe('US$ bn, cumulative');
    expect(f?.legend).toEqual([
      { label: 'Credited & counted', color: '#1f77b4', kind: 'line', opacity: 1 },
      { label: 'Credited, 5–95%', color: '#1f77b4', kind: 'box', opacity: 0.15 },
      { label: 'Required pace', color: '#d62728', kind: 'dash', opacity: 1 },
    ]);
    expect(f?.chart).toMatchObject({ width: 640, height: 300 });
    expect(f?.chart.text).toContain('<style>.x{fill: red;}</style>');
  });
  test('a window the chart shades without naming it (an event over by the data’s date) gets a key', () => {
    const css = `.window rect { fill: #555e69; opacity: 0.12; }
.window.past rect { opacity: 0.06; }`;
    const withWindow = body.replace(
      '<path class="x"/>',
      '<g class="plot svelte-2"><g class="window svelte-2 past"><rect x="88" y="0" width="18" height="266"></rect><title>Section 301 &amp; 122</title></g><g class="window svelte-2"><rect/><text>Now</text><title>Now</title></g></g><path class="x"/>',
    );
    expect(figureOf(withWindow, 'money', classColours(CSS), css)?.legend.at(-1)).toEqual({
      label: 'Section 301 & 122',
      color: '#555e69',
      kind: 'box',
      opacity: 0.06,
    });
    // (A window still to come is named on the chart: no key.)
    expect(figureOf(withWindow, 'money', classColours(CSS), css)?.legend).toHaveLength(4);
  });
  test('a past window is keyed once per name, from the window, not from the card’s own key for it', () => {
    const css = `.window rect { fill: #555e69; opacity: 0.12; }
.window.past rect { opacity: 0.06; }`;
    const past = '<g class="window past"><rect/><title>E</title></g>';
    const page = body
      .replace(
        '</li></ul>',
        '</li><li><span class="key box window past svelte-1"></span>E<!--[0--> <span class="visually-hidden">(a past event)</span><!--]--></li></ul>',
      )
      .replace('<path class="x"/>', `${past}${past}<path class="x"/>`);
    const legend = figureOf(page, 'money', classColours(CSS), css)?.legend;
    expect(legend?.map((k) => k.label)).toEqual([
      'Credited & counted',
      'Credited, 5–95%',
      'Required pace',
      'E',
    ]);
    expect(legend?.at(-1)).toEqual({ label: 'E', color: '#555e69', kind: 'box', opacity: 0.06 });
  });
  test('a build whose stylesheet no longer shades windows as the key says fails', () => {
    const withWindow = body.replace(
      '<path class="x"/>',
      '<g class="window past"><rect/><title>E</title></g><path class="x"/>',
    );
    expect(() =>
      figureOf(withWindow, 'money', new Map(), '.window rect { fill: #555e69; }'),
    ).toThrow(/opacity/);
  });
  test('a chart that is not there is null', () => {
    expect(figureOf(body, 'risk', new Map(), '')).toBeNull();
  });
});

describe('cssFor', () => {
  test('keeps the rules whose classes the picture has, drops the rest and every at-rule', () => {
    const css = `.line { fill: none; }
.line.credited, .btn { stroke: blue; }
.btn { color: red; }
body { margin: 0; }
@media print { .line { display: none; } }
.band90, .band50 { opacity: 0.3; }`;
    expect(
      cssFor('<svg><path class="line credited svelte-1"/><path class="band90"/></svg>', css),
    ).toBe(
      ['.line{fill: none;}', '.line.credited{stroke: blue;}', '.band90{opacity: 0.3;}'].join('\n'),
    );
  });
});

describe('declared', () => {
  test('reads a property of the rule with exactly that selector', () => {
    const css = `.window rect, .x { fill: red; }
.window rect { fill: #555e69; opacity: 0.12; }
.window.past rect { opacity: 0.06; }`;
    expect(declared(css, '.window rect', 'fill')).toBe('#555e69');
    expect(declared(css, '.window.past rect', 'opacity')).toBe('0.06');
    expect(declared(css, '.window.past rect', 'fill')).toBeUndefined();
    expect(declared(css, '.nothing', 'fill')).toBeUndefined();
  });
});
