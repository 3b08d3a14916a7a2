// The interval strip: every figure of a row on one shared number line, so that how the
// intervals overlap is seen before it is read. Drawn as SVG from the Report's numbers
// (value, low, high, open ends, the engine's rounding band); it computes no verdict.
//
//   exact        a point with its rounding band (whiskers)
//   range        a bar with end caps; vague magnitudes ("hundreds") alike
//   about        a translucent band with the point
//   nearly       a bar up to the point, open at the point
//   at least, more than   a bar from the figure to an arrow: open upwards
//   up to, less than      a bar from an arrow to the figure: open downwards
//
// Facets get their own colour and their own shape; each strip has a text alternative.

import { formatValue } from './units.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 240;
const PAD = 10;
const LANE = 14;
const AXIS = 14;
/** A spread above this ratio is drawn on a log scale. */
const LOG_RATIO = 20;

export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross'];

function el(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(c);
  return node;
}

/** The shape of facet `i` centred at (x, y), radius r. */
export function shape(i, x, y, r, attrs = {}) {
  switch (SHAPES[i % SHAPES.length]) {
    case 'square': return el('rect', { x: x - r * 0.85, y: y - r * 0.85, width: r * 1.7, height: r * 1.7, ...attrs });
    case 'diamond': return el('path', { d: `M${x} ${y - r * 1.15}L${x + r * 1.15} ${y}L${x} ${y + r * 1.15}L${x - r * 1.15} ${y}Z`, ...attrs });
    case 'triangle': return el('path', { d: `M${x} ${y - r * 1.1}L${x + r * 1.1} ${y + r * 0.85}L${x - r * 1.1} ${y + r * 0.85}Z`, ...attrs });
    case 'cross': return el('path', { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`, 'stroke-width': 2.2, ...attrs, fill: 'none' });
    default: return el('circle', { cx: x, cy: y, r, ...attrs });
  }
}

/** A small legend glyph for facet `i` (decorative). */
export function facetGlyph(i) {
  return el('svg', { class: `glyph facet-${i % SHAPES.length}`, viewBox: '0 0 12 12', width: 12, height: 12, 'aria-hidden': 'true' },
    shape(i, 6, 6, 4.2, { class: 'fill' }));
}

/**
 * The span a figure covers on the line: [lo, hi] with open ends marked, from the
 * Report only. `tol` is the engine's rounding half-width for unhedged figures.
 */
export function extent(m, tol = 0) {
  const v = m.value;
  const kind = m.hedge_kind || 'exact';
  const lo = m.low ?? null;
  const hi = m.high ?? null;
  if (kind === 'exact' && v != null) return { kind: 'point', v, lo: v - tol, hi: v + tol, openLow: false, openHigh: false };
  const openLow = lo === null || ((kind === 'up_to' || kind === 'less_than') && lo <= 0);
  const openHigh = hi === null;
  const band = kind === 'approx' ? 'band' : kind === 'nearly' ? 'nearly' : 'range';
  return { kind: band, v, lo: openLow ? null : lo, hi: openHigh ? null : hi, openLow, openHigh };
}

/** The shared scale of a row: linear, or log when the figures span a large ratio. */
export function scaleFor(extents) {
  const xs = [];
  for (const e of extents) for (const x of [e.v, e.lo, e.hi]) if (Number.isFinite(x)) xs.push(x);
  if (!xs.length) xs.push(0, 1);
  let min = Math.min(...xs);
  let max = Math.max(...xs);
  const log = min > 0 && max / min >= LOG_RATIO;
  if (log) {
    const a = Math.log10(min);
    const b = Math.log10(max);
    const pad = (b - a) * 0.06;
    return { log, min, max, at: (x) => PAD + ((Math.log10(Math.max(x, min / 1e6)) - (a - pad)) / (b - a + 2 * pad)) * (W - 2 * PAD) };
  }
  if (min === max) {
    const d = Math.abs(min) * 0.1 || 1;
    min -= d;
    max += d;
  }
  const pad = (max - min) * 0.08;
  return { log, min, max, at: (x) => PAD + ((x - (min - pad)) / (max - min + 2 * pad)) * (W - 2 * PAD) };
}

/**
 * @param {Array<{mention, tol, sourceName, date?, phrase, facet?}>} items in lane order
 * @param {{unit: string, facets: boolean}} row
 * @returns SVGElement with role="img" and a text alternative
 */
export function intervalStrip(items, { unit, facets }) {
  const extents = items.map((i) => extent(i.mention, i.tol));
  const scale = scaleFor(extents);
  const height = items.length * LANE + AXIS + 2;
  const svg = el('svg', {
    class: 'strip', viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', focusable: 'false',
    'aria-label': describeStrip(items, extents, scale, unit),
  });
  const left = PAD - 6;
  const right = W - PAD + 6;
  const axisY = items.length * LANE + 3;
  svg.append(el('line', { class: 'axis', x1: left, x2: right, y1: axisY, y2: axisY }));
  for (const [x, anchor] of [[scale.min, 'start'], [scale.max, 'end']]) {
    const cx = Math.min(Math.max(scale.at(x), left), right);
    svg.append(el('line', { class: 'tick', x1: cx, x2: cx, y1: axisY, y2: axisY + 3 }));
    svg.append(el('text', { class: 'tick-label', x: anchor === 'start' ? left : right, y: axisY + 11, 'text-anchor': anchor }, text(formatValue(x, unit))));
  }
  if (scale.log) svg.append(el('text', { class: 'tick-label scale', x: W / 2, y: axisY + 11, 'text-anchor': 'middle' }, text('log scale')));
  items.forEach((item, lane) => {
    const y = lane * LANE + LANE / 2 + 1;
    const e = extents[lane];
    const f = facets ? item.facet ?? 0 : 0;
    const g = el('g', {
      class: `mark kind-${e.kind}${e.openLow ? ' open-low' : ''}${e.openHigh ? ' open-high' : ''}${facets ? ` facet-${f % SHAPES.length}` : ''}`,
      'data-mention': item.mention.id,
    }, el('title', null, text(`${item.sourceName}: ${item.phrase} (${describeExtent(item.mention, e, unit)})`)));
    const x0 = e.openLow ? left : Math.max(scale.at(e.lo), left);
    const x1 = e.openHigh ? right : Math.min(scale.at(e.hi), right);
    if (e.kind === 'point') {
      if (x1 - x0 > 1) g.append(el('path', { class: 'whisker', d: `M${x0} ${y - 3}V${y + 3}M${x0} ${y}H${x1}M${x1} ${y - 3}V${y + 3}` }));
    } else {
      g.append(el('rect', { class: e.kind === 'band' ? 'band' : 'bar', x: x0, y: y - 3, width: Math.max(x1 - x0, 2), height: 6, rx: 2 }));
      if (e.kind === 'range' && !e.openLow) g.append(el('path', { class: 'cap', d: `M${x0} ${y - 4.5}V${y + 4.5}` }));
      if (e.kind === 'range' && !e.openHigh) g.append(el('path', { class: 'cap', d: `M${x1} ${y - 4.5}V${y + 4.5}` }));
    }
    if (e.openHigh) g.append(el('path', { class: 'open-end', d: `M${right - 5} ${y - 4}L${right} ${y}L${right - 5} ${y + 4}` }));
    if (e.openLow) g.append(el('path', { class: 'open-end', d: `M${left + 5} ${y - 4}L${left} ${y}L${left + 5} ${y + 4}` }));
    if (Number.isFinite(e.v)) {
      const cx = Math.min(Math.max(scale.at(e.v), left), right);
      const hollow = e.kind === 'nearly' || e.kind === 'range';
      g.append(shape(f, cx, y, 3.4, { class: hollow ? 'point hollow' : 'point' }));
    }
    svg.append(g);
  });
  return svg;
}

function text(s) {
  return document.createTextNode(s);
}

/** What one figure covers, in words. */
export function describeExtent(m, e, unit) {
  const f = (x) => formatValue(x, unit);
  switch (m.hedge_kind) {
    case 'exact': return e.hi > e.lo ? `${f(e.v)}, rounded: ${f(e.lo)} to ${f(e.hi)}` : f(e.v);
    case 'approx': return `about ${f(e.v)}: ${f(e.lo)} to ${f(e.hi)}`;
    case 'nearly': return `nearly ${f(e.v)}: ${f(e.lo)} to just under ${f(e.v)}`;
    case 'at_least': return `${f(e.lo)} or more, no upper end`;
    case 'more_than': return `more than ${f(e.lo)}, no upper end`;
    case 'up_to': return `up to ${f(m.high)}, no lower end given`;
    case 'less_than': return `less than ${f(m.high)}, no lower end given`;
    default:
      if (e.openHigh) return `${f(e.lo)} or more`;
      if (e.openLow) return `up to ${f(e.hi)}`;
      return `${f(e.lo)} to ${f(e.hi)}`;
  }
}

function describeStrip(items, extents, scale, unit) {
  const parts = items.map((item, i) => {
    const facet = item.facetLabel ? ` [${item.facetLabel}]` : '';
    return `${item.sourceName}${facet}: ${describeExtent(item.mention, extents[i], unit)}`;
  });
  return `Number line${scale.log ? ', log scale' : ''}, ${formatValue(scale.min, unit)} to ${formatValue(scale.max, unit)}. ${parts.join('; ')}.`;
}
