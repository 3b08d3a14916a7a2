// The source panel: one card per source. Read-only cards show the text; editable
// cards lay a transparent <textarea> over a backdrop that holds the same text with
// the figures marked, so highlights line up with what the user types.

import { h, icon, setChildren } from './dom.js';
import { ACCEPT } from './files.js';

export class SourcePanel {
  /**
   * @param on {input(id, text), rename(id, title), remove(id), add(), files(FileList)}
   */
  constructor(on) {
    this.on = on;
    this.editable = false;
    this.cards = new Map();
    this.count = h('span', { class: 'count' });
    this.fileInput = h('input', {
      type: 'file', accept: ACCEPT, multiple: true, hidden: true, tabindex: '-1', 'aria-hidden': 'true',
      onchange: () => { if (this.fileInput.files.length) on.files(this.fileInput.files); this.fileInput.value = ''; },
    });
    this.tools = h('div', { class: 'panel-tools' },
      h('button', { type: 'button', class: 'btn', onclick: () => on.add() },
        h('span', { 'aria-hidden': 'true' }, '+ '), 'Add source'),
      h('button', { type: 'button', class: 'btn', onclick: () => this.fileInput.click() }, 'Add files…'),
      this.fileInput);
    this.list = h('div', { class: 'cards' });
    this.hint = h('p', { class: 'drop-hint' }, 'Paste an article with “Add source”, or drop .txt, .md or .html files here.');
    this.root = h('section', { class: 'sources', 'aria-labelledby': 'fc-sources-h' },
      h('div', { class: 'panel-head' }, h('h2', { id: 'fc-sources-h' }, 'Sources ', this.count), this.tools),
      this.list, this.hint);
    for (const type of ['dragenter', 'dragover']) {
      this.root.addEventListener(type, (e) => {
        if (!this.editable || !hasFiles(e)) return;
        e.preventDefault();
        this.root.classList.add('dragging');
      });
    }
    this.root.addEventListener('dragleave', (e) => {
      if (!this.root.contains(e.relatedTarget)) this.root.classList.remove('dragging');
    });
    this.root.addEventListener('drop', (e) => {
      this.root.classList.remove('dragging');
      if (!this.editable || !hasFiles(e)) return;
      e.preventDefault();
      on.files(e.dataTransfer.files);
    });
  }

  setEditable(editable) {
    this.editable = editable;
    this.tools.hidden = !editable;
    this.hint.hidden = !editable;
  }

  /** Rebuild every card (after sources were set, added or removed). */
  render(sources) {
    this.cards.clear();
    this.count.textContent = `(${sources.length})`;
    setChildren(this.list, sources.map((s, i) => this.card(s, i)));
  }

  card(source, index) {
    const name = source.title || source.id;
    const backdrop = h('div', { class: 'backdrop' });
    const meta = h('span', { class: 'meta' });
    const doc = h('div', { class: 'doc' }, backdrop);
    const card = h('article', { class: 'source', 'data-source': source.id }, h('header', null,
      this.editable
        ? h('input', {
          class: 'name', type: 'text', value: name, 'aria-label': `Name of source ${index + 1}`,
          oninput: (e) => this.on.rename(source.id, e.target.value),
        })
        : h('h3', { class: 'name' }, name),
      meta,
      this.editable
        ? h('button', {
          type: 'button', class: 'icon-btn remove', 'aria-label': `Remove source ${name}`, title: 'Remove source',
          onclick: () => this.on.remove(source.id),
        }, icon('close'))
        : null), doc);
    let textarea = null;
    if (this.editable) {
      backdrop.setAttribute('aria-hidden', 'true');
      textarea = h('textarea', {
        class: 'text', spellcheck: 'false', 'aria-label': `Text of ${name}`,
        placeholder: 'Paste the article text here…',
        oninput: (e) => { this.plain(source.id, e.target.value); this.on.input(source.id, e.target.value); },
      });
      textarea.value = source.text;
      doc.append(textarea);
    }
    const entry = { card, backdrop, meta, textarea, text: source.text };
    this.cards.set(source.id, entry);
    this.paint(entry, []);
    return card;
  }

  /** Show the text without marks (while the user types and the Report is stale). */
  plain(id, text) {
    const entry = this.cards.get(id);
    if (!entry) return;
    entry.text = text;
    this.paint(entry, []);
  }

  /** Mark every figure of the model in its source. */
  mark(model) {
    const bySource = new Map();
    for (const [id, item] of model.mentions) {
      const list = bySource.get(item.mention.source) || [];
      list.push({ id, m: item.mention, verdict: model.verdictOf.get(id) || 'single' });
      bySource.set(item.mention.source, list);
    }
    for (const [id, entry] of this.cards) {
      const list = (bySource.get(id) || []).sort((a, b) => a.m.start_utf16 - b.m.start_utf16);
      this.paint(entry, list);
      const n = list.length;
      entry.meta.textContent = `${entry.text.length.toLocaleString()} chars · ${n} figure${n === 1 ? '' : 's'}`;
    }
  }

  paint(entry, marks) {
    const { text } = entry;
    const parts = [];
    let at = 0;
    for (const { id, m, verdict } of marks) {
      if (m.start_utf16 < at || m.end_utf16 > text.length || m.end_utf16 <= m.start_utf16) continue;
      parts.push(text.slice(at, m.start_utf16));
      parts.push(h('mark', { class: `fig v-${verdict}`, 'data-mention': id }, text.slice(m.start_utf16, m.end_utf16)));
      at = m.end_utf16;
    }
    parts.push(text.slice(at));
    // A trailing newline needs a character after it to take up its line.
    if (text.endsWith('\n') || text === '') parts.push('\u200b');
    setChildren(entry.backdrop, parts);
  }

  /** Scroll to a figure in its source and highlight it. */
  focus(mentionId) {
    for (const el of this.root.querySelectorAll('mark.active')) el.classList.remove('active');
    const mark = this.root.querySelector(`mark[data-mention="${CSS.escape(mentionId)}"]`);
    if (!mark) return false;
    mark.classList.add('active');
    // Scroll the pane, not the page, when the pane scrolls on its own.
    const pane = this.root;
    if (pane.scrollHeight > pane.clientHeight + 1) {
      const r = mark.getBoundingClientRect();
      const p = pane.getBoundingClientRect();
      pane.scrollBy({ top: r.top - p.top - (p.height - r.height) / 2, behavior: 'smooth' });
    } else {
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    return true;
  }

  focusText(id) {
    this.cards.get(id)?.textarea?.focus();
  }
}

function hasFiles(e) {
  return e.dataTransfer && [...e.dataTransfer.types].includes('Files');
}
