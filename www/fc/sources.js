// The source panel: one card per source. Read-only cards show the text; editable
// cards lay a transparent <textarea> over a backdrop that holds the same text with
// the figures marked, so highlights line up with what the user types.
//
// What is drawn stays bounded: a source of more than LARGE_SOURCE characters is never
// put in a textarea (the browser would lay all of it out on every change); it shows a
// window of PREVIEW characters, moved to whichever figure is looked at, and a paste
// that would make a text that long is taken in without going through the textarea. At
// most MAX_MARKS figures are marked per source (the ones nearest the last one looked at).

import { h, icon, setChildren } from './dom.js';
import { ACCEPT } from './files.js';

/** Sources longer than this (UTF-16 units) are shown without marks, in a scrolling box. */
export const LARGE_SOURCE = 100_000;
/** Characters of a large source shown at once. */
export const PREVIEW = 6000;
/** At most this many figures are marked in one source. */
export const MAX_MARKS = 1500;

export class SourcePanel {
  /**
   * @param on {input(id, text), rename(id, title), date(id, date), remove(id), add(), files(FileList)}
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
    this.hint = h('p', { class: 'drop-hint' }, 'Paste an article with “Add source”, or drop .txt, .md, .html or .pdf files, or a saved comparison (.json), here.');
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
    const doc = h('div', { class: 'doc' });
    const dateLabel = `Publication date of ${name}`;
    const date = this.editable
      ? h('input', {
        class: 'date', type: 'date', value: source.date || '', 'aria-label': dateLabel, title: 'Publication date',
        onchange: (e) => this.on.date(source.id, e.target.value),
      })
      : (source.date ? h('time', { class: 'date', datetime: source.date }, source.date) : null);
    const card = h('article', { class: 'source', 'data-source': source.id }, h('header', null,
      this.editable
        ? h('input', {
          class: 'name', type: 'text', value: name, 'aria-label': `Name of source ${index + 1}`,
          oninput: (e) => this.on.rename(source.id, e.target.value),
        })
        : h('h3', { class: 'name' }, name),
      date,
      meta,
      this.editable
        ? h('button', {
          type: 'button', class: 'icon-btn remove', 'aria-label': `Remove source ${name}`, title: 'Remove source',
          onclick: () => this.on.remove(source.id),
        }, icon('close'))
        : null), doc);
    const entry = { id: source.id, name, card, doc, backdrop, meta, textarea: null, text: source.text, large: false, marks: [], around: 0, at: 0 };
    this.cards.set(source.id, entry);
    this.layout(entry);
    return card;
  }

  /** Put the right body in a card: text with marks (and a textarea), or a large source's window. */
  layout(entry) {
    entry.large = entry.text.length > LARGE_SOURCE;
    entry.doc.classList.toggle('large', entry.large);
    if (entry.large) {
      entry.textarea = null;
      entry.note = h('p', { class: 'large-note' });
      entry.backdrop.removeAttribute('aria-hidden');
      entry.backdrop.setAttribute('tabindex', '0');
      entry.backdrop.setAttribute('role', 'region');
      entry.backdrop.setAttribute('aria-label', `Part of the text of ${entry.name}`);
      setChildren(entry.doc, entry.note, entry.backdrop);
    } else {
      entry.backdrop.removeAttribute('tabindex');
      entry.backdrop.removeAttribute('role');
      entry.backdrop.removeAttribute('aria-label');
      setChildren(entry.doc, entry.backdrop);
      entry.textarea = null;
      if (this.editable) {
        entry.backdrop.setAttribute('aria-hidden', 'true');
        const ta = h('textarea', {
          class: 'text', spellcheck: 'false', 'aria-label': `Text of ${entry.name}`,
          placeholder: 'Paste the article text here…',
          oninput: (e) => { this.plain(entry.id, e.target.value); this.on.input(entry.id, e.target.value); },
          onpaste: (e) => this.paste(entry, e),
        });
        ta.value = entry.text;
        entry.textarea = ta;
        entry.doc.append(ta);
      }
    }
    this.paint(entry, this.window(entry));
  }

  /** A paste that makes the text large is taken in here, never laid out in the textarea. */
  paste(entry, e) {
    const ta = entry.textarea;
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (!ta || ta.value.length - (ta.selectionEnd - ta.selectionStart) + pasted.length <= LARGE_SOURCE) return;
    e.preventDefault();
    const text = ta.value.slice(0, ta.selectionStart) + pasted.replace(/\r\n?/g, '\n') + ta.value.slice(ta.selectionEnd);
    this.plain(entry.id, text);
    this.on.input(entry.id, text);
  }

  /** Show the text without marks (while the user types and the Report is stale). */
  plain(id, text) {
    const entry = this.cards.get(id);
    if (!entry) return;
    entry.text = text;
    entry.marks = [];
    if ((text.length > LARGE_SOURCE) !== entry.large) this.layout(entry);
    else this.paint(entry, []);
  }

  /** Mark the figures of the model in their sources. */
  mark(model) {
    const bySource = new Map();
    for (const [id, item] of model.mentions) {
      const list = bySource.get(item.mention.source) || [];
      list.push({ id, m: item.mention, verdict: model.verdictOf.get(id) || 'single' });
      bySource.set(item.mention.source, list);
    }
    for (const [id, entry] of this.cards) {
      const list = (bySource.get(id) || []).sort((a, b) => a.m.start_utf16 - b.m.start_utf16);
      entry.marks = list;
      entry.around = 0;
      this.paint(entry, this.window(entry));
      const n = list.length;
      entry.meta.textContent = `${entry.text.length.toLocaleString('en')} chars · ${n.toLocaleString('en')} figure${n === 1 ? '' : 's'}`;
    }
  }

  /** The marks to draw: all of them, or MAX_MARKS around the one last looked at. */
  window(entry) {
    const { marks, around } = entry;
    if (entry.large) {
      const [from, to] = this.span(entry);
      return marks.filter((x) => x.m.start_utf16 >= from && x.m.end_utf16 <= to).slice(0, MAX_MARKS);
    }
    if (marks.length <= MAX_MARKS) return marks;
    const start = Math.max(0, Math.min(around - (MAX_MARKS >> 1), marks.length - MAX_MARKS));
    return marks.slice(start, start + MAX_MARKS);
  }

  /** The part [from, to) of a large source that is shown. */
  span(entry) {
    const from = Math.max(0, Math.min(entry.at, entry.text.length - PREVIEW));
    return [from, Math.min(entry.text.length, from + PREVIEW)];
  }

  paint(entry, marks) {
    const { text } = entry;
    const [from, to] = entry.large ? this.span(entry) : [0, text.length];
    if (entry.large) {
      entry.note.textContent = `Characters ${(from + 1).toLocaleString('en')}–${to.toLocaleString('en')} of ${text.length.toLocaleString('en')} shown; `
        + 'choose a figure in the table to show it here. Too long to edit in the page: remove it and add it again to change it.';
    }
    const parts = [];
    if (from > 0) parts.push('…');
    let at = from;
    for (const { id, m, verdict } of marks) {
      if (m.start_utf16 < at || m.end_utf16 > to || m.end_utf16 <= m.start_utf16) continue;
      parts.push(text.slice(at, m.start_utf16));
      parts.push(h('mark', { class: `fig v-${verdict}`, 'data-mention': id }, text.slice(m.start_utf16, m.end_utf16)));
      at = m.end_utf16;
    }
    parts.push(text.slice(at, to));
    if (to < text.length) parts.push('…');
    // A trailing newline needs a character after it to take up its line.
    if (text.endsWith('\n') || text === '') parts.push('\u200b');
    setChildren(entry.backdrop, parts);
  }

  /** Scroll to a figure in its source and highlight it. */
  focus(mentionId) {
    for (const el of this.root.querySelectorAll('mark.active')) el.classList.remove('active');
    const found = this.find(mentionId);
    if (!found) return false;
    const { entry, index } = found;
    const selector = `mark[data-mention="${CSS.escape(mentionId)}"]`;
    let mark = entry.backdrop.querySelector(selector);
    if (!mark) {
      entry.around = index;
      entry.at = Math.max(0, entry.marks[index].m.start_utf16 - (PREVIEW >> 1));
      this.paint(entry, this.window(entry));
      mark = entry.backdrop.querySelector(selector);
    }
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

  find(mentionId) {
    for (const entry of this.cards.values()) {
      const index = entry.marks.findIndex((x) => x.id === mentionId);
      if (index >= 0) return { entry, index };
    }
    return null;
  }

  focusText(id) {
    this.cards.get(id)?.textarea?.focus();
  }
}

function hasFiles(e) {
  return e.dataTransfer && [...e.dataTransfer.types].includes('Files');
}
