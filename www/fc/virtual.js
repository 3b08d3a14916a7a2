// Rows rendered only where they can be seen: a <tbody> that holds the rows in view (and
// a screenful either side) between two spacer rows standing in for the rest. Row
// heights are measured once drawn and estimated before. Short tables are drawn whole.

import { h } from './dom.js';

/** Milliseconds of row drawing per frame. */
const DRAW_MS = 4;
/** Tables up to this many rows are drawn whole (no windowing). */
export const WINDOW_FROM = 200;
const OVERSCAN = 300; // px drawn beyond the visible part, above and below

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
    this.drawn = new Map(); // key -> the row's nodes, while it is drawn
    // Heights are read after the browser lays the rows out (no forced layout here).
    this.sizes = new ResizeObserver((entries) => {
      for (const e of entries) {
        const k = e.target.dataset.vkey;
        if (k === undefined) continue;
        const n = this.drawn.get(k);
        if (!n) continue;
        let px = 0;
        for (const node of n) px += node.hidden ? 0 : node.getBoundingClientRect().height;
        if (px > 0) this.heights.set(k, px);
      }
    });
    this.columns = columns;
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
    this.drawn = new Map();
    this.sizes.disconnect();
    if (rows.length <= WINDOW_FROM) {
      this.detach();
      this.tbody.closest('table')?.classList.remove('windowed');
      this.tbody.replaceChildren(...rows.flatMap((r) => this.render(r)));
      return;
    }
    // A windowed table lays out its columns from the header alone (table-layout: fixed),
    // so rows coming into view neither shift the columns nor cost a full table layout.
    this.tbody.closest('table')?.classList.add('windowed');
    this.attach();
    this.update(true);
  }

  /** Redraw one row in place (e.g. after it was expanded), if it is drawn. */
  redraw(row) {
    if (this.rows.length <= WINDOW_FROM || this.rows.indexOf(row) < 0) return false;
    this.drawn.delete(this.key(row));
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
    this.sizes.disconnect();
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
    if (!force && start === this.range[0] && end === this.range[1] && !this.pending) return;
    let below = 0;
    for (let i = end; i < hs.length; i++) below += hs[i];
    this.range = [start, end];
    this.top.firstChild.style.height = `${above}px`;
    this.bottom.firstChild.style.height = `${below}px`;
    const rows = this.rows.slice(start, end);
    // Rows still in view keep their nodes; only the rows coming into view are drawn,
    // as many as fit in a few milliseconds: the rest stand in as placeholders of their
    // estimated height and are drawn on the next frames (a fast fling stays smooth).
    const fresh = [];
    const next = new Map();
    const t0 = performance.now();
    let late = false;
    const nodes = rows.map((r, i) => {
      const k = this.key(r);
      let n = this.drawn.get(k);
      if (!n || n.placeholder) {
        if (performance.now() - t0 > DRAW_MS) {
          late = true;
          n = [placeholder(hs[start + i], this.columns)];
          n.placeholder = true;
        } else {
          n = this.render(r);
          fresh.push([k, n]);
        }
      }
      next.set(k, n);
      return n;
    });
    this.pending = late;
    if (late) this.onScroll();
    for (const [k, n] of this.drawn) if (!next.has(k)) this.sizes.unobserve(n[0]);
    this.drawn = next;
    this.tbody.replaceChildren(this.top, ...nodes.flat(), this.bottom);
    // Measure what was drawn (once laid out), so the spacers are right next time.
    for (const [k, n] of fresh) {
      n[0].dataset.vkey = k;
      this.sizes.observe(n[0]);
    }
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

function placeholder(px, columns) {
  const tr = h('tr', { class: 'spacer pending', 'aria-hidden': 'true' }, h('td', { colspan: columns }));
  tr.firstChild.style.height = `${Math.round(px)}px`;
  return tr;
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
