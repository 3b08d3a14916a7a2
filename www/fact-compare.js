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
// `compare-timeout` (ms, default 30000) stops a compare that runs longer;
// `max-figures` (default 200000) is the most figures the page takes from one compare.
// Events: `result` (detail: the Report), `compare-error` (detail: {message, kind}),
// `sourceschange` (detail: {sources}) after the user edits, `viewchange` (detail:
// {view}) after the reader filters, sorts, opens a row or orders figures by date,
// `open` (detail: {view}) after a saved comparison was opened.
// Theming: CSS custom properties --fc-* (see fc/style.js); light and dark follow
// prefers-color-scheme unless theme="light" | "dark".
// The engine runs in a module worker (fc/worker.js) that loads ./pkg/ next to this
// module (import.meta.url); the page's main thread only draws.

import { h, icon, setChildren } from './fc/dom.js';
import { buildModel, orderedItems, SORTS, VERDICTS } from './fc/model.js';
import { discrepancyTable, singlesTable } from './fc/table.js';
import { SourcePanel } from './fc/sources.js';
import { elementText, readSourceFile } from './fc/files.js';
import { copyText, download, rowText, toCsv, toMarkdown } from './fc/export.js';
import { isSavedComparison, savedComparison, viewFromJson, viewToJson } from './fc/save.js';
import { Engine } from './fc/engine.js';
import { budget, nextTask, sortSliced } from './fc/slice.js';
import { styleSheet } from './fc/style.js';
import { warmFormats } from './fc/units.js';

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

const DEFAULT_VIEW = { sort: { key: 'verdict', dir: 1 }, expanded: new Set(), hidden: new Set(), query: '', order: 'source' };

export class FactCompareElement extends HTMLElement {
  static observedAttributes = ['editable', ...OPTION_ATTRIBUTES.map(([a]) => a)];

  constructor() {
    super();
    this._sources = [];
    this._explicit = false; // sources came from the property, not from children
    this._options = {};
    this._report = null;
    this._rounding = [];
    this._model = null;
    this._timer = 0;
    this._run = 0;
    this._render = 0;
    this._view = cloneView(DEFAULT_VIEW);
    this._nextId = 1;
    this._engine = new Engine(); // starts the worker, which fetches and compiles the wasm now
    setTimeout(warmFormats, 0); // while the engine starts

    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this._panel = new SourcePanel({
      input: (id, text) => this._edit(id, { text }),
      rename: (id, title) => this._edit(id, { title }),
      date: (id, date) => this._edit(id, { date }),
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
      oninput: (e) => { this._view.query = e.target.value.trim().toLowerCase(); this._viewChanged(); },
    });
    this._order = h('select', {
      class: 'order', 'aria-label': 'Order of the figures in a row',
      onchange: (e) => { this._view.order = e.target.value; this._viewChanged(); },
    }, h('option', { value: 'source' }, 'Figures in source order'), h('option', { value: 'date' }, 'Figures by publication date'));
    this._openInput = h('input', {
      type: 'file', accept: '.json,application/json', hidden: true, tabindex: '-1', 'aria-hidden': 'true',
      onchange: () => { const f = this._openInput.files[0]; this._openInput.value = ''; if (f) this.open(f); },
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
          h('button', { type: 'button', class: 'btn', title: 'Save sources, dates, options, table and view in one .json file', onclick: () => this.save() }, 'Save'),
          h('button', { type: 'button', class: 'btn', title: 'Open a saved comparison (.json)', onclick: () => this._openInput.click() }, 'Open…'),
          this._openInput,
          h('button', { type: 'button', class: 'btn', onclick: () => this.exportCsv() }, 'Export CSV'),
          h('button', { type: 'button', class: 'btn', onclick: () => this.exportJson() }, 'Export JSON'),
          h('button', { type: 'button', class: 'btn', onclick: () => this.copyMarkdown() }, 'Copy as Markdown table'))),
      this._status,
      h('div', { class: 'toolbar' }, this._filters, this._order, this._search),
      this._error, this._notice, this._table, this._singlesSection);
    root.append(h('div', { class: 'fc', part: 'root' }, h('div', { class: 'layout' }, results, this._panel.root), this._toast));
    this._observer = new MutationObserver(() => {
      if (!this._explicit) { this._readChildren(); this._schedule(0); }
    });
  }

  connectedCallback() {
    // Properties set before the element was defined shadow the accessors: re-apply them.
    for (const prop of ['sources', 'options', 'editable', 'view']) {
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

  /** The sources: [{id, text, title?, date?, pages?}]. Setting it replaces the children as input. */
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

  /**
   * What the reader sees: {sort, dir, hide: [verdict], q, open: [group id], order:
   * 'source' | 'date'}. Setting it redraws; unknown values fall back to the defaults.
   */
  get view() {
    return viewToJson(this._view);
  }

  set view(json) {
    this._view = viewFromJson(json, DEFAULT_VIEW);
    this._syncControls();
    this._renderResults();
  }

  /** Add one source; returns its id. */
  addSource({ id, text = '', title, date, pages } = {}) {
    this._explicit = true;
    const added = this._push({ id, text, title: title || `Source ${this._sources.length + 1}`, date, pages });
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

  /**
   * Add files (from a drop or a file picker): .txt / .md / .html / .pdf become sources
   * (an HTML page's publication date comes along); a saved comparison (.json) is opened.
   */
  async addFiles(files) {
    const problems = [];
    let added = 0;
    for (const file of Array.from(files)) {
      try {
        if (/\.pdf$/i.test(file.name)) this._flash(`Reading ${file.name}…`);
        const read = await readSourceFile(file);
        if (read.saved) {
          await this.open(read.saved);
          continue;
        }
        if (!read.text.trim()) throw new Error(`${file.name} has no text.`);
        this._push(read);
        added++;
      } catch (e) {
        problems.push(e.message);
      }
    }
    if (added) {
      this._explicit = true;
      this._panel.render(this._sources);
      this._changed();
    }
    this._showNotice(problems.join(' '));
  }

  /** Compare now; resolves to the Report (or null when there is nothing to compare). */
  async compareNow() {
    clearTimeout(this._timer);
    const run = ++this._run;
    const sources = this._sources.filter((s) => s.text.trim() !== '');
    if (sources.length === 0) {
      this._engine.cancel();
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
    const slow = setTimeout(() => { if (run === this._run) this._status.textContent = 'Comparing…'; }, 300);
    let result;
    try {
      const timeout = Number(this.getAttribute('compare-timeout')) || 30_000;
      const maxFigures = Number(this.getAttribute('max-figures')) || 200_000;
      result = await this._engine.compare(input, options, { timeout, maxFigures });
    } catch (e) {
      clearTimeout(slow);
      if (run !== this._run || e.kind === 'cancelled') return this._report;
      const message = e instanceof Error ? e.message : String(e);
      const plain = e.kind === 'timeout' || e.kind === 'died';
      this._showError(plain ? message : `Could not compare: ${message}`);
      this._status.textContent = plain ? 'Not compared: see the message below.' : 'Not compared.';
      this.dispatchEvent(new CustomEvent('compare-error', { detail: { message, kind: e.kind || 'input' }, bubbles: true, composed: true }));
      return null;
    }
    clearTimeout(slow);
    if (run !== this._run) return this._report;
    if (!(await this._show(result.report, result.rounding, sources, result.ms, run))) return this._report;
    this.dispatchEvent(new CustomEvent('result', { detail: result.report, bubbles: true, composed: true }));
    return result.report;
  }

  /**
   * Save the comparison as one .json file (sources, dates, options, the Report and the
   * view) and return what was written. `open` restores it.
   */
  save() {
    const saved = this.toJSON();
    const day = new Date().toISOString().slice(0, 10);
    download(`fact-compare-${day}.json`, `${JSON.stringify(saved, null, 1)}\n`, 'application/json');
    return saved;
  }

  /** The comparison as saved by `save`. */
  toJSON() {
    return savedComparison({
      sources: this._sources, options: this._options, report: this._report, rounding: this._rounding, view: this._view,
    });
  }

  /**
   * Open a saved comparison (a File, its text, or the parsed object): the same sources,
   * options, table and view, without comparing again (until the sources are edited).
   */
  async open(saved) {
    try {
      let data = saved;
      if (typeof Blob !== 'undefined' && saved instanceof Blob) data = await saved.text();
      if (typeof data === 'string') data = JSON.parse(data);
      if (!isSavedComparison(data)) throw new Error('this is not a comparison saved by fact-compare');
      clearTimeout(this._timer);
      const run = ++this._run;
      this._engine.cancel();
      this._explicit = true;
      this._sources = [];
      for (const s of data.sources) this._push(s);
      this._options = { ...(data.options || {}) };
      this._view = viewFromJson(data.view, DEFAULT_VIEW);
      this._syncControls();
      this._panel.render(this._sources);
      this.dispatchEvent(new CustomEvent('sourceschange', { detail: { sources: this.sources }, bubbles: true, composed: true }));
      if (data.report) {
        const withText = this._sources.filter((s) => s.text.trim() !== '');
        if (await this._show(data.report, data.rounding || [], withText, null, run)) {
          this.dispatchEvent(new CustomEvent('result', { detail: data.report, bubbles: true, composed: true }));
        }
      } else {
        this._schedule(0);
      }
      this.dispatchEvent(new CustomEvent('open', { detail: { view: this.view }, bubbles: true, composed: true }));
      return true;
    } catch (e) {
      this._showNotice(`The file could not be opened: ${e.message}.`);
      return false;
    }
  }

  exportCsv() {
    if (!this._model) return;
    download('fact-compare.csv', toCsv([...this._shown.rows, ...this._shown.singles].map((r) => this._ordered(r))), 'text/csv;charset=utf-8');
  }

  exportJson() {
    if (!this._report) return;
    download('fact-compare-report.json', `${JSON.stringify(this._report, null, 2)}\n`, 'application/json');
  }

  /** The visible cross-source rows as a Markdown table, on the clipboard; returns the text. */
  async copyMarkdown() {
    if (!this._model) return '';
    const md = toMarkdown(this._shown.rows.map((r) => this._ordered(r)));
    this._flash(await copyText(md) ? 'Table copied as Markdown.' : 'Could not copy.');
    return md;
  }

  // --- internals -------------------------------------------------------------------

  /** Build the display model of a Report and draw it; false if a newer run took over. */
  async _show(report, rounding, sources, ms, run) {
    const model = await buildModel(report, sources, rounding);
    if (run !== this._run) return false;
    this._report = report;
    this._rounding = rounding;
    this._model = model;
    this._showError('');
    this._summarize(ms);
    await this._renderResults();
    if (run !== this._run) return false;
    // The table first; the figures are marked in the sources on the next task.
    nextTask().then(() => { if (run === this._run) this._panel.mark(model); });
    return true;
  }

  _ordered(row) {
    return { ...row, items: orderedItems(row, this._view.order) };
  }

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
    if (Array.isArray(s.pages) && s.pages.length) source.pages = s.pages.map(Number);
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
    if (!s.date) delete s.date;
    // The page offsets of a PDF no longer hold once its text is edited.
    if ('text' in patch) delete s.pages;
    this._changed('date' in patch ? 0 : undefined);
  }

  _changed(delay) {
    this.dispatchEvent(new CustomEvent('sourceschange', { detail: { sources: this.sources }, bubbles: true, composed: true }));
    this._schedule(delay ?? Number(this.getAttribute('debounce') ?? 150));
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
    for (const row of this._model.rows) counts[row.group.verdict] = (counts[row.group.verdict] || 0) + 1;
    counts.single += this._model.singles.length;
    for (const [key, { n }] of this._filterBoxes) n.textContent = (counts[key] || 0).toLocaleString('en');
    const nSources = this._report.sources.length;
    const flagged = counts.conflict + counts.differ + counts.scope;
    const rows = this._model.rows.length;
    const when = ms === null ? 'opened from a saved file' : `${ms < 1 ? '<1' : Math.round(ms)} ms`;
    this._status.textContent = `${nSources} source${nSources === 1 ? '' : 's'} · ${this._model.mentions.size.toLocaleString('en')} figures · `
      + `${rows.toLocaleString('en')} shared quantit${rows === 1 ? 'y' : 'ies'}, ${flagged.toLocaleString('en')} flagged · ${when}`;
  }

  /** The rows the filters let through, in time slices when there are many. */
  async _visible(rows, token) {
    const { hidden, query } = this._view;
    const b = budget();
    const out = [];
    for (const r of rows) {
      if (!hidden.has(r.group.verdict) && (!query || r.haystack.includes(query))) out.push(r);
      if (b.due()) {
        await nextTask();
        if (token !== this._render) return null;
      }
    }
    return out;
  }

  _toggleVerdict(key, shown) {
    if (shown) this._view.hidden.delete(key);
    else this._view.hidden.add(key);
    this._viewChanged();
  }

  _viewChanged() {
    this._renderResults();
    this.dispatchEvent(new CustomEvent('viewchange', { detail: { view: this.view }, bubbles: true, composed: true }));
  }

  _syncControls() {
    for (const [key, { box }] of this._filterBoxes) box.checked = !this._view.hidden.has(key);
    this._search.value = this._view.query;
    this._order.value = this._view.order;
  }

  async _renderResults() {
    const token = ++this._render;
    const model = this._model;
    this._tableView?.body.detach();
    this._singlesView?.body.detach();
    if (!model) {
      this._shown = { rows: [], singles: [] };
      setChildren(this._table, h('p', { class: 'empty' }, this._sources.length ? 'Nothing to compare yet.' : 'No sources yet.'));
      this._singlesSection.hidden = true;
      return;
    }
    const { key, dir } = this._view.sort;
    const visible = await this._visible(model.rows, token);
    const singles = visible && await this._visible(model.singles, token);
    if (!singles || token !== this._render) return;
    const rows = await sortSliced(visible, (a, b) => dir * SORTS[key](a, b));
    if (token !== this._render) return;
    this._shown = { rows, singles };
    const on = {
      sort: (k) => {
        this._view.sort = { key: k, dir: this._view.sort.key === k ? -this._view.sort.dir : (k === 'spread' ? -1 : 1) };
        this._viewChanged();
        this._refocusSort = true;
      },
      toggle: (id) => this._toggleRow(id),
      focus: (mentionId) => this._panel.focus(mentionId),
      copy: async (row) => this._flash(await copyText(rowText(this._ordered(row))) ? 'Row copied as text.' : 'Could not copy.'),
    };
    if (model.rows.length === 0) {
      setChildren(this._table, h('p', { class: 'empty' },
        this._report.sources.length < 2 ? 'Add a second source to compare figures across sources.' : 'No figure appears in more than one source.'));
    } else if (rows.length === 0) {
      setChildren(this._table, h('p', { class: 'empty' }, 'No rows match the filters.'));
    } else {
      this._tableView = discrepancyTable(this._view, on);
      setChildren(this._table, this._tableView.table);
      this._tableView.body.set(rows);
      if (this._refocusSort) this._table.querySelector('th[aria-sort] button')?.focus();
    }
    this._refocusSort = false;
    if (singles.length > 50) {
      await nextTask(); // the main table first, then the singles
      if (token !== this._render) return;
    }
    this._singlesSection.hidden = model.singles.length === 0 || this._view.hidden.has('single');
    this._singlesCount.textContent = `(${singles.length.toLocaleString('en')})`;
    if (singles.length) {
      this._singlesView = singlesTable(on);
      setChildren(this._singles, this._singlesView.table);
      this._singlesView.body.set(singles);
    } else {
      setChildren(this._singles, h('p', { class: 'empty' }, 'No rows match the filters.'));
    }
  }

  _toggleRow(id) {
    const open = !this._view.expanded.has(id);
    if (open) this._view.expanded.add(id);
    else this._view.expanded.delete(id);
    const tr = this._table.querySelector(`tr.row[data-group="${CSS.escape(id)}"]`);
    tr?.querySelector('.toggle')?.setAttribute('aria-expanded', String(open));
    const detail = this._table.querySelector(`tr.detail[data-group="${CSS.escape(id)}"]`);
    if (detail) detail.hidden = !open;
    this.dispatchEvent(new CustomEvent('viewchange', { detail: { view: this.view }, bubbles: true, composed: true }));
  }

  _flash(message) {
    this._toast.textContent = message;
    this._toast.classList.add('show');
    clearTimeout(this._toastTimer);
    this._toastTimer = setTimeout(() => this._toast.classList.remove('show'), 1800);
  }
}

function cloneView(v) {
  return { sort: { ...v.sort }, expanded: new Set(v.expanded), hidden: new Set(v.hidden), query: v.query, order: v.order };
}

if (!customElements.get('fact-compare')) customElements.define('fact-compare', FactCompareElement);
