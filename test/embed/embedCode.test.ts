// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { embedCode } from '../../src/embed/embedCode';
import { parseScenarioUrl } from '../../src/state/url';

const input = {
  src: 'https://example.org/pledge/?v=1&m=1&embed=1&controls=pace,mix',
  script: 'https://example.org/pledge/embed.js',
  fullUrl: 'https://example.org/pledge/?v=1&m=1',
  title: 'How fast the money moves',
  widthPx: 0,
  heightPx: 720,
  noscriptText: 'Open the chart: How fast the money moves',
};

describe('embedCode', () => {
  test('gives the iframe, the host script and a no-script link, with a fixed-height fallback', () => {
    expect(embedCode(input)).toBe(
      [
        '<iframe data-pledge-explorer src="https://example.org/pledge/?v=1&amp;m=1&amp;embed=1&amp;controls=pace,mix" title="How fast the money moves" loading="lazy"',
        '  style="border:0;width:100%;max-width:100%;height:720px"></iframe>',
        '<script src="https://example.org/pledge/embed.js" async></script>',
        '<noscript><a href="https://example.org/pledge/?v=1&amp;m=1">Open the chart: How fast the money moves</a></noscript>',
      ].join('\n'),
    );
  });
  test('an unchanged preset’s snippet shows the build’s picture of the chart where frames cannot run', () => {
    const code = embedCode({
      ...input,
      fallback: {
        src: 'https://example.org/pledge/embeds/en/central-money.png',
        alt: 'How fast the money moves: Central',
      },
    });
    expect(code.split('\n').at(-1)).toBe(
      '<noscript><a href="https://example.org/pledge/?v=1&amp;m=1"><img src="https://example.org/pledge/embeds/en/central-money.png" alt="How fast the money moves: Central" width="600" style="max-width:100%;height:auto"><br>Open the chart: How fast the money moves</a></noscript>',
    );
  });
  test('a fixed width is written in px', () => {
    expect(embedCode({ ...input, widthPx: 600 })).toContain('width:600px');
  });
  test('quotes in a title cannot break out of the attribute', () => {
    expect(embedCode({ ...input, title: '"><script>x</script>' })).toContain(
      'title="&quot;>&lt;script>x&lt;/script>"',
    );
  });
});

describe('parseScenarioUrl and Pym.js', () => {
  test("Pym's own parameters are ignored without a warning", () => {
    const { warnings, view } = parseScenarioUrl(
      '?v=1&embed=1&childId=chart1&initialWidth=600&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example',
    );
    expect(warnings).toEqual([]);
    expect(view.embed).toBe(true);
  });
});
