import { describe, expect, test } from 'vitest';
import { prettySvg } from './prettySvg';

/** Parses markup the way the charts are rendered: by the HTML parser, into a div. */
function svgOf(markup: string): Element {
  const box = document.createElement('div');
  box.innerHTML = markup;
  return box.firstElementChild!;
}

describe('prettySvg', () => {
  test('writes one element a line, indented by depth, with the SVG namespace on the root and geometry rounded to 0.1', () => {
    const markup =
      '<svg viewBox="0 0 100 50" width="100"><g transform="translate(52.04,26)">' +
      '<path class="line credited svelte-1xyz2ab" d="M0,49.96L50.04,30.25L100,0"></path>' +
      '<!----> <text dy="0.32em" x="-6.449999999999999" text-anchor="end">US$1.25bn</text>' +
      '<line x2="14.900000000000006"></line></g></svg>';
    expect(prettySvg(svgOf(markup))).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100">',
        '  <g transform="translate(52,26)">',
        '    <path class="line credited" d="M0,50L50,30.3L100,0"/>',
        '    <text dy="0.32em" text-anchor="end" x="-6.4">US$1.25bn</text>',
        '    <line x2="14.9"/>',
        '  </g>',
        '</svg>',
      ].join('\n'),
    );
  });

  test.each([
    // 1.25 -> 1.3 (half up), 3e-7 -> 0, -4.44 -> -4.4.
    [
      'every number in path data is rounded to 0.1, next to commands and in exponent form',
      '<path d="M1.25,2.26L3e-7,-4.44Z"></path>',
      '<path d="M1.3,2.3L0,-4.4Z"/>',
    ],
    [
      'every number in points is rounded',
      '<polygon points="0.04,1 2.96,3"></polygon>',
      '<polygon points="0,1 3,3"/>',
    ],
    [
      'a number inside a word (id, class, colour, em length) is left alone',
      '<rect id="c3-title" class="band90" fill="#1e3a5f" y="0.32em"></rect>',
      '<rect id="c3-title" class="band90" fill="#1e3a5f" y="0.32em"/>',
    ],
    [
      'aria text is left alone',
      '<g aria-label="21.05% by 2029" role="img"></g>',
      '<g aria-label="21.05% by 2029" role="img"/>',
    ],
    [
      'text content is kept as it is, escaped',
      '<text x="1.04">1.234 &lt; 2 &amp; 3</text>',
      '<text x="1">1.234 &lt; 2 &amp; 3</text>',
    ],
    [
      'a class attribute holding only Svelte’s scoping class is dropped',
      '<rect class="svelte-abc123"></rect>',
      '<rect/>',
    ],
    [
      'attributes come in the order id, class, then alphabetical',
      '<rect y="2" x="1" class="bar" id="b" height="3"></rect>',
      '<rect id="b" class="bar" height="3" x="1" y="2"/>',
    ],
    [
      'a text element stays on one line with its tspans, since whitespace there is drawn',
      '<text x="1.04">Total <tspan dy="14.04">US$1bn</tspan><tspan>!</tspan></text>',
      '<text x="1">Total <tspan dy="14">US$1bn</tspan><tspan>!</tspan></text>',
    ],
    [
      'text beside elements elsewhere goes on its own line, trimmed',
      '<g>Total <rect></rect></g>',
      '<g>\n  Total\n  <rect/>\n</g>',
    ],
  ])('%s', (_, markup, expected) => {
    expect(
      prettySvg(svgOf(`<svg>${markup}</svg>`))
        .split('\n')
        .slice(1, -1)
        .join('\n'),
    ).toBe(
      expected
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
  });
});
