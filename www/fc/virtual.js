// Rows rendered only where they can be seen: a <tbody> that holds the rows in view (and
// a screenful either side) between two spacer rows standing in for the rest. Row
// heights are measured once drawn and estimated before. Short tables are drawn whole.

import { h } from './dom.js';

/** Tables up to this many rows are drawn whole (no windowing). */
export const WINDOW_FROM = 200;
const OVERSCAN = 600; // px drawn beyond the visible part, above and below

export class VirtualBody {
  /**
   * @param {HTMLTableSectionElement} tbody
   * @param {(row) => Node[]} render the <tr> elements of one row
   * @param {(row) => string} key a stable key per row (for measured heights)
   * @param {number} columns the table's column count (for the spacer cells)
   */
  constructor(tbody, render, key, columns) {
    this.tbody = tbody;
    this.render = render;
    this.key = key;
    this.rows = [];
    this.heights = new Map();
    this.range = [0, 0];
    this.top = spacer(columns);
    this.bottom = spacer(columns);
    this.frame = 0;
    this.onScroll = () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.update(); });
    };
  }

  /** Show these rows (replaces the previous ones). */
  set(rows) {
    this.rows = rows;
    this.range = [-1, -1];
    if (rows.length <= WINDOW_FROM) {
      this.detach();
      this.tbody.replaceChildren(...rows.flatMap((r) => this.render(r)));
      return;
    }
    this.attach();
    this.update(true);
  }

  /** Redraw one row in place (e.g. after it was expanded), if it is drawn. */
  redraw(row) {
    if (this.rows.length <= WINDOW_FROM || this.rows.indexOf(row) < 0) return false;
    this.range = [-1, -1];
    this.update(true);
    return true;
  }

  attach() {
    if (this.scrollers) return;
    this.scrollers = [...scrollParents(this.tbody), window];
    for (const s of this.scrollers) s.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  detach() {
    if (!this.scrollers) return;
    for (const s of this.scrollers) s.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    this.scrollers = null;
  }

  /** The part of the viewport that every scrolling ancestor lets through. */
  viewport() {
    let top = 0;
    let bottom = window.innerHeight;
    for (const s of this.scrollers || []) {
      if (s === window) continue;
      const r = s.getBoundingClientRect();
      top = Math.max(top, r.top);
      bottom = Math.min(bottom, r.bottom);
    }
    return { top, bottom: Math.max(bottom, top) };
  }

  height(row) {
    return this.heights.get(this.key(row)) ?? this.estimate;
  }

  get estimate() {
    if (!this.heights.size) return 72;
    let sum = 0;
    for (const v of this.heights.values()) sum += v;
    return sum / this.heights.size;
  }

  /** Draw the rows that the visible part of the scroll area covers. */
  update(force = false) {
    if (this.rows.length <= WINDOW_FROM || !this.tbody.isConnected) return;
    const view = this.viewport();
    const origin = this.tbody.getBoundingClientRect().top;
    const from = view.top - origin - OVERSCAN;
    const to = view.bottom - origin + OVERSCAN;
    let y = 0;
    let start = 0;
    const est = this.estimate;
    const hs = this.rows.map((r) => this.heights.get(this.key(r)) ?? est);
    while (start < this.rows.length && y + hs[start] < from) y += hs[start++];
    const above = y;
    let end = start;
    while (end < this.rows.length && y < to) y += hs[end++];
    if (!force && start === this.range[0] && end === this.range[1]) return;
    let below = 0;
    for (let i = end; i < hs.length; i++) below += hs[i];
    this.range = [start, end];
    this.top.firstChild.style.height = `${above}px`;
    this.bottom.firstChild.style.height = `${below}px`;
    const drawn = this.rows.slice(start, end);
    const nodes = drawn.map((r) => this.render(r));
    this.tbody.replaceChildren(this.top, ...nodes.flat(), this.bottom);
    // Measure what was drawn, so the spacers are right next time.
    drawn.forEach((r, i) => {
      let px = 0;
      for (const n of nodes[i]) px += n.getBoundingClientRect?.().height || 0;
      if (px > 0) this.heights.set(this.key(r), px);
    });
  }

  /** Bring row `index` into view (drawing it first). */
  scrollTo(index) {
    if (this.rows.length <= WINDOW_FROM) return;
    const est = this.estimate;
    let y = 0;
    for (let i = 0; i < index; i++) y += this.heights.get(this.key(this.rows[i])) ?? est;
    const top = this.tbody.getBoundingClientRect().top + y;
    const pane = this.scrollers?.find((s) => s !== window && s.scrollHeight > s.clientHeight + 1);
    if (pane) pane.scrollTop += top - pane.getBoundingClientRect().top - 60;
    else window.scrollBy(0, top - 60);
    this.update(true);
  }
}

function spacer(columns) {
  return h('tr', { class: 'spacer', 'aria-hidden': 'true' }, h('td', { colspan: columns }));
}

/** The ancestors (across shadow roots) that may scroll vertically. */
function scrollParents(node) {
  const out = [];
  for (let el = node.parentNode; el; el = el.parentNode || el.host) {
    if (!(el instanceof Element)) continue;
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') out.push(el);
  }
  return out;
}
