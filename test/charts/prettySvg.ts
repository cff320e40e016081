/**
 * An SVG element as snapshot text a person can read and a diff can point into: one element
 * per line, indented two spaces a level; attributes in a fixed order (xmlns, id, class, then
 * alphabetical); numbers in geometry rounded to 0.1 (path data too); text kept as it is,
 * and a <text> kept on one line with its <tspan>s, since whitespace there would be drawn;
 * Svelte's scoping classes and comment anchors dropped.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const FIRST = ['xmlns', 'id', 'class'];

/** A number as written in SVG: sign, digits with an optional decimal part, exponent. */
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/g;
/** The same, standing alone: not part of a word ("c3-title", "band90", "0.32em", "#1e3a5f"). */
const LONE_NUMBER = /(?<![\w#.])-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])/g;

const round = (token: string) => String(Math.round(Number(token) * 10) / 10);

/** Attribute values with their numbers rounded; words (ids, classes, aria text) untouched. */
function attributeValue(name: string, value: string): string {
  if (name === 'd' || name === 'points') return value.replace(NUMBER, round);
  if (FIRST.includes(name) || name.startsWith('aria-') || name.startsWith('data-')) return value;
  return value.replace(LONE_NUMBER, round);
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function attributes(el: Element, isRoot: boolean): string {
  const pairs = new Map<string, string>();
  if (isRoot && el.localName === 'svg') pairs.set('xmlns', SVG_NS);
  for (const { name, value } of el.attributes) {
    if (name === 'class') {
      const kept = value.split(/\s+/).filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c));
      if (kept.length > 0) pairs.set(name, kept.join(' '));
    } else pairs.set(name, attributeValue(name, value));
  }
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  return [...pairs]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
}

/** An element on one line, its text exactly as it is (whitespace inside <text> is drawn). */
function inline(el: Element, isRoot: boolean): string {
  const inner = [...el.childNodes]
    .map((n) => {
      if (n.nodeType === n.ELEMENT_NODE) return inline(n as Element, false);
      return n.nodeType === n.TEXT_NODE ? escapeText(n.textContent ?? '') : '';
    })
    .join('');
  const open = `<${el.localName}${attributes(el, isRoot)}`;
  return inner === '' ? `${open}/>` : `${open}>${inner}</${el.localName}>`;
}

function lines(el: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (el.children.length === 0 || el.localName === 'text') {
    out.push(pad + inline(el, depth === 0));
    return;
  }
  out.push(`${pad}<${el.localName}${attributes(el, depth === 0)}>`);
  for (const n of el.childNodes)
    if (n.nodeType === n.ELEMENT_NODE) lines(n as Element, depth + 1, out);
    else if (n.nodeType === n.TEXT_NODE && n.textContent?.trim())
      out.push(`${pad}  ${escapeText(n.textContent.trim())}`);
  out.push(`${pad}</${el.localName}>`);
}

/** The element and everything inside it, one element a line (no XML prolog, no final newline). */
export function prettySvg(root: Element): string {
  const out: string[] = [];
  lines(root, 0, out);
  return out.join('\n');
}
