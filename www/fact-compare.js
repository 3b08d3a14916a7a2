// <fact-compare>: an embeddable discrepancy table for numeric claims across sources.
//
//   <script type="module" src="fact-compare.js"></script>
//   <fact-compare>
//     <article data-source="Daily Ledger">… text …</article>
//     <blockquote data-source="Wire">… text …</blockquote>
//   </fact-compare>
//
// Sources: child <article>/<blockquote> elements (data-source = name, data-date =
// YYYY-MM-DD), or the `sources` property ([{id, text, title?, date?}]), or the user
// (attribute `editable`: add, rename, remove, paste, drop files).
// Options: attributes approx-low, approx-high, nearly-low, rounding-cap,
// vague-low-factor, min-tie-score, max-input-bytes, max-sources, reference-date; or the
// `options` property. `debounce` (ms, default 150) delays recomputing while typing.
// Events: `result` (detail: the Report), `compare-error` (detail: {message}),
// `sourceschange` (detail: {sources}) after the user edits.
// Theming: CSS custom properties --fc-* (see fc/style.js); light and dark follow
// prefers-color-scheme unless theme="light" | "dark".
// The wasm engine loads from ./pkg/ next to this module (import.meta.url).

import { h, icon, setChildren } from './fc/dom.js';
import { buildModel, SORTS, VERDICTS } from './fc/model.js';
import { discrepancyTable, singlesTable } from './fc/table.js';
import { SourcePanel } from './fc/sources.js';
import { elementText, readSourceFile } from './fc/files.js';
import { copyText, download, rowText, toCsv } from './fc/export.js';
import { styleSheet } from './fc/style.js';

/** Attribute -> engine option, and whether the value is a number. */
const OPTION_ATTRIBUTES = [
  ['approx-low', 'approx_low', true],
  ['approx-high', 'approx_high', true],
  ['nearly-low', 'nearly_low', true],
  ['rounding-cap', 'rounding_cap', true],
  ['vague-low-factor', 'vague_low_factor', true],
  ['min-tie-score', 'min_tie_score', true],
  ['max-input-bytes', 'max_input_bytes', true],
  ['max-sources', 'max_sources', true],
  ['reference-date', 'reference_date', false],
];

let engine = null;

/** Load and initialize the wasm engine once; resolves to the module's exports. */
export function loadEngine() {
  engine ??= import('./pkg/fact_compare.js').then(async (mod) => {
    await mod.default({ module_or_path: new URL('./pkg/fact_compare_bg.wasm', import.meta.url) });
    return mod;
  });
  return engine;
}

export class FactCompareElement extends HTMLElement {
  static observedAttributes = ['editable', ...OPTION_ATTRIBUTES.map(([a]) => a)];

  constructor() {
    super();
    this._sources = [];
    this._explicit = false; // sources came from the property, not from children
    this._options = {};
    this._report = null;
    this._model = null;
    this._timer = 0;
    this._run = 0;
    this._view = { sort: { key: 'verdict', dir: 1 }, expanded: new Set(), hidden: new Set(), query: '' };
    this._nextId = 1;

    loadEngine().catch(() => {}); // start fetching and compiling the wasm now; errors surface in compareNow
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this._panel = new SourcePanel({
      input: (id, text) => this._edit(id, { text }),
      rename: (id, title) => this._edit(id, { title }),
      remove: (id) => this.removeSource(id),
      add: () => this._panel.focusText(this.addSource({ text: '' })),
      files: (files) => this.addFiles(files),
    });
    this._status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Loading the engine…');
    this._error = h('div', { class: 'error', role: 'alert', hidden: true });
    this._noticeText = h('span');
    this._notice = h('div', { class: 'notice', role: 'alert', hidden: true }, this._noticeText,
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Dismiss', onclick: () => this._showNotice('') },
        icon('close')));
    this._toast = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
    this._filters = h('fieldset', { class: 'filters' }, h('legend', { class: 'sr-only' }, 'Show verdicts'));
    this._filterBoxes = new Map();
    for (const v of VERDICTS) {
      const box = h('input', { type: 'checkbox', checked: true, value: v.key, onchange: (e) => this._toggleVerdict(v.key, e.target.checked) });
      const n = h('span', { class: 'n' }, '0');
      this._filterBoxes.set(v.key, { box, n });
      this._filters.append(h('label', { class: `filter v-${v.key}`, title: v.help }, box,
        h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, v.icon), v.word, n));
    }
    this._search = h('input', {
      type: 'search', placeholder: 'Filter rows…', 'aria-label': 'Filter rows by text',
      oninput: (e) => { this._view.query = e.target.value.trim().toLowerCase(); this._renderResults(); },
    });
    this._table = h('div', { class: 'table-wrap' });
    this._singles = h('div', { class: 'table-wrap' });
    this._singlesCount = h('span', { class: 'count' });
    this._singlesSection = h('section', { class: 'singles', 'aria-labelledby': 'fc-singles-h' },
      h('h3', { id: 'fc-singles-h' }, 'Single-source figures ', this._singlesCount),
      h('p', { class: 'section-note' }, 'Figures that only one source gives: nothing to check them against yet.'),
      this._singles);
    const results = h('section', { class: 'results', 'aria-labelledby': 'fc-results-h' },
      h('div', { class: 'panel-head' },
        h('h2', { id: 'fc-results-h' }, 'Discrepancies'),
        h('div', { class: 'exports' },
          h('button', { type: 'button', class: 'btn', onclick: () => this.exportCsv() }, 'Export CSV'),
          h('button', { type: 'button', class: 'btn', onclick: () => this.exportJson() }, 'Export JSON'))),
      this._status,
      h('div', { class: 'toolbar' }, this._filters, this._search),
      this._error, this._notice, this._table, this._singlesSection);
    root.append(h('div', { class: 'fc', part: 'root' }, h('div', { class: 'layout' }, results, this._panel.root), this._toast));
    this._observer = new MutationObserver(() => {
      if (!this._explicit) { this._readChildren(); this._schedule(0); }
    });
  }

  connectedCallback() {
    // Properties set before the element was defined shadow the accessors: re-apply them.
    for (const prop of ['sources', 'options', 'editable']) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    this._panel.setEditable(this.hasAttribute('editable'));
    if (!this._explicit) this._readChildren();
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    this._schedule(0);
  }

  disconnectedCallback() {
    this._observer.disconnect();
    clearTimeout(this._timer);
  }

  attributeChangedCallback(name) {
    if (name === 'editable') {
      this._panel.setEditable(this.hasAttribute('editable'));
      this._panel.render(this._sources);
    }
    if (this.isConnected) this._schedule(0);
  }

  /** The sources: [{id, text, title?, date?}]. Setting it replaces the children as input. */
  get sources() {
    return this._sources.map((s) => ({ ...s }));
  }

  set sources(list) {
    this._explicit = true;
    this._sources = [];
    for (const s of Array.from(list || [])) this._push(s);
    this._panel.render(this._sources);
    this._schedule(0);
  }

  /** Whether the user can add, edit and remove sources (the `editable` attribute). */
  get editable() {
    return this.hasAttribute('editable');
  }

  set editable(on) {
    this.toggleAttribute('editable', Boolean(on));
  }

  /** Engine options (merged over the option attributes). */
  get options() {
    return { ...this._options };
  }

  set options(value) {
    this._options = { ...(value || {}) };
    this._schedule(0);
  }

  /** The last Report, or null. */
  get report() {
    return this._report;
  }

  /** Add one source; returns its id. */
  addSource({ id, text = '', title, date } = {}) {
    this._explicit = true;
    const added = this._push({ id, text, title: title || `Source ${this._sources.length + 1}`, date });
    this._panel.render(this._sources);
    this._changed();
    return added.id;
  }

  removeSource(id) {
    this._explicit = true;
    this._sources = this._sources.filter((s) => s.id !== id);
    this._panel.render(this._sources);
    this._changed();
  }

  /** Add .txt / .md / .html files (from a drop or a file picker) as sources. */
  async addFiles(files) {
    const problems = [];
    for (const file of Array.from(files)) {
      try {
        const { title, text } = await readSourceFile(file);
        if (!text.trim()) throw new Error(`${file.name} has no text.`);
        this._push({ title, text });
      } catch (e) {
        problems.push(e.message);
      }
    }
    this._explicit = true;
    this._panel.render(this._sources);
    this._changed();
    this._showNotice(problems.join(' '));
  }

  /** Compare now; resolves to the Report (or null when there is nothing to compare). */
  async compareNow() {
    clearTimeout(this._timer);
    const run = ++this._run;
    let mod;
    try {
      mod = await loadEngine();
    } catch (e) {
      this._showError(`The comparison engine could not be loaded (${e.message}).`);
      this._status.textContent = 'Engine unavailable.';
      return null;
    }
    if (run !== this._run) return this._report;
    const sources = this._sources.filter((s) => s.text.trim() !== '');
    if (sources.length === 0) {
      this._report = null;
      this._model = null;
      this._showError('');
      this._status.textContent = 'Add a source to start.';
      this._renderResults();
      this._panel.mark({ mentions: new Map(), verdictOf: new Map() });
      return null;
    }
    const options = { ...this._attributeOptions(), ...this._options };
    const input = sources.map(({ id, text, title, date }) => ({ id, text, ...(title ? { title } : {}), ...(date ? { date } : {}) }));
    const t0 = performance.now();
    let report;
    try {
      report = mod.compare(input, options);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this._showError(`Could not compare: ${message}`);
      this.dispatchEvent(new CustomEvent('compare-error', { detail: { message }, bubbles: true, composed: true }));
      return null;
    }
    const ms = performance.now() - t0;
    this._report = report;
    this._model = buildModel(report, sources);
    this._showError('');
    this._summarize(ms);
    this._renderResults();
    this._panel.mark(this._model);
    this.dispatchEvent(new CustomEvent('result', { detail: report, bubbles: true, composed: true }));
    return report;
  }

  exportCsv() {
    if (!this._model) return;
    download('fact-compare.csv', toCsv([...this._visible(this._model.rows), ...this._visible(this._model.singles)]), 'text/csv;charset=utf-8');
  }

  exportJson() {
    if (!this._report) return;
    download('fact-compare-report.json', `${JSON.stringify(this._report, null, 2)}\n`, 'application/json');
  }

  // --- internals -------------------------------------------------------------------

  _push(s) {
    const text = typeof s.text === 'string' ? s.text : String(s.text ?? '');
    let id = s.id != null && String(s.id).trim() ? String(s.id).trim() : '';
    const taken = new Set(this._sources.map((x) => x.id));
    if (!id || taken.has(id)) {
      const base = id ? `${id}-` : 's';
      let n = id ? 2 : this._nextId;
      while (taken.has(`${base}${n}`)) n++;
      if (!id) this._nextId = n + 1;
      id = `${base}${n}`;
    }
    const source = { id, text };
    if (s.title) source.title = String(s.title);
    if (s.date) source.date = String(s.date);
    this._sources.push(source);
    return source;
  }

  _readChildren() {
    this._sources = [];
    for (const el of this.querySelectorAll(':scope > article, :scope > blockquote')) {
      const name = el.dataset.source || el.getAttribute('cite') || '';
      this._push({ id: el.id || name, title: name || undefined, date: el.dataset.date, text: elementText(el) });
    }
    this._panel.render(this._sources);
  }

  _edit(id, patch) {
    const s = this._sources.find((x) => x.id === id);
    if (!s) return;
    Object.assign(s, patch);
    this._changed();
  }

  _changed() {
    this.dispatchEvent(new CustomEvent('sourceschange', { detail: { sources: this.sources }, bubbles: true, composed: true }));
    this._schedule(Number(this.getAttribute('debounce') ?? 150));
  }

  _schedule(delay) {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.compareNow(), Number.isFinite(delay) ? delay : 150);
  }

  _attributeOptions() {
    const out = {};
    for (const [attr, key, numeric] of OPTION_ATTRIBUTES) {
      const raw = this.getAttribute(attr);
      if (raw === null || raw.trim() === '') continue;
      // A value that is not a number goes through as text so the engine names it.
      out[key] = numeric && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    }
    return out;
  }

  /** A message about the user's last action (e.g. a refused file); stays until dismissed. */
  _showNotice(message) {
    this._notice.hidden = !message;
    this._noticeText.textContent = message;
  }

  _showError(message) {
    this._error.hidden = !message;
    this._error.textContent = message;
  }

  _summarize(ms) {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v.key, 0]));
    for (const row of [...this._model.rows, ...this._model.singles]) counts[row.group.verdict] = (counts[row.group.verdict] || 0) + 1;
    for (const [key, { n }] of this._filterBoxes) n.textContent = String(counts[key] || 0);
    const nSources = this._report.sources.length;
    const flagged = counts.conflict + counts.differ + counts.scope;
    this._status.textContent = `${nSources} source${nSources === 1 ? '' : 's'} · ${this._model.mentions.size} figures · `
      + `${this._model.rows.length} shared quantit${this._model.rows.length === 1 ? 'y' : 'ies'}, ${flagged} flagged · ${ms < 1 ? '<1' : Math.round(ms)} ms`;
  }

  _visible(rows) {
    const { hidden, query } = this._view;
    return rows.filter((r) => !hidden.has(r.group.verdict) && (!query || r.haystack.includes(query)));
  }

  _toggleVerdict(key, shown) {
    if (shown) this._view.hidden.delete(key);
    else this._view.hidden.add(key);
    this._renderResults();
  }

  _renderResults() {
    const model = this._model;
    if (!model) {
      setChildren(this._table, h('p', { class: 'empty' }, this._sources.length ? 'Nothing to compare yet.' : 'No sources yet.'));
      this._singlesSection.hidden = true;
      return;
    }
    const { key, dir } = this._view.sort;
    const rows = this._visible(model.rows).sort((a, b) => dir * SORTS[key](a, b));
    const on = {
      sort: (k) => {
        this._view.sort = { key: k, dir: this._view.sort.key === k ? -this._view.sort.dir : (k === 'spread' ? -1 : 1) };
        this._renderResults();
        this._table.querySelector('th[aria-sort] button')?.focus();
      },
      toggle: (id) => {
        const open = !this._view.expanded.has(id);
        if (open) this._view.expanded.add(id);
        else this._view.expanded.delete(id);
        const tr = this._table.querySelector(`tr.row[data-group="${CSS.escape(id)}"]`);
        tr?.querySelector('.toggle')?.setAttribute('aria-expanded', String(open));
        if (tr?.nextElementSibling) tr.nextElementSibling.hidden = !open;
      },
      focus: (mentionId) => this._panel.focus(mentionId),
      copy: async (row) => this._flash(await copyText(rowText(row)) ? 'Row copied as text.' : 'Could not copy.'),
    };
    if (model.rows.length === 0) {
      setChildren(this._table, h('p', { class: 'empty' },
        this._report.sources.length < 2 ? 'Add a second source to compare figures across sources.' : 'No figure appears in more than one source.'));
    } else if (rows.length === 0) {
      setChildren(this._table, h('p', { class: 'empty' }, 'No rows match the filters.'));
    } else {
      setChildren(this._table, discrepancyTable(rows, this._view, on));
    }
    const singles = this._visible(model.singles);
    this._singlesSection.hidden = model.singles.length === 0 || this._view.hidden.has('single');
    this._singlesCount.textContent = `(${singles.length})`;
    setChildren(this._singles, singles.length ? singlesTable(singles, on) : h('p', { class: 'empty' }, 'No rows match the filters.'));
  }

  _flash(message) {
    this._toast.textContent = message;
    this._toast.classList.add('show');
    clearTimeout(this._toastTimer);
    this._toastTimer = setTimeout(() => this._toast.classList.remove('show'), 1800);
  }
}

if (!customElements.get('fact-compare')) customElements.define('fact-compare', FactCompareElement);
