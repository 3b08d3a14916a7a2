// The demo page: <fact-compare editable> plus the example set, persistence in
// localStorage, page-wide file drops, the view in the URL hash (so a link reopens the
// same filters, sort and open rows), and the load-to-first-table timing.

import './fact-compare.js';
import { viewFromHash, viewToHash } from './fc/save.js';
import { loadSources, saveSources } from './store.js';

const widget = document.getElementById('fc');
const message = document.getElementById('page-message');

function say(text) {
  message.hidden = !text;
  message.textContent = text || '';
}

let saveTimer = 0;
let pending = null;

/**
 * Keep the sources (store.js) a moment after the last edit, not on every keystroke,
 * and at the latest when the page goes.
 */
function save(sources) {
  pending = sources;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => saveNow(pending), 400);
}
window.addEventListener('pagehide', () => { if (pending) saveNow(pending); });

function saveNow(sources) {
  clearTimeout(saveTimer);
  pending = null;
  const failed = (e) => say(`Your sources could not be kept in this browser (${e?.message || e}); they stay on this page until you reload. Use Save to keep them in a file.`);
  try {
    saveSources(sources).catch(failed);
  } catch (e) {
    failed(e);
  }
}

/**
 * The example set: examples/index.json lists the articles, either as an array or as
 * {sources|articles|files: [...]}, each entry a file name or {file, id?, title?, date?}.
 */
async function exampleSet() {
  const base = new URL('examples/', document.baseURI);
  const res = await fetch(new URL('index.json', base));
  if (!res.ok) throw new Error(`examples/index.json: HTTP ${res.status}`);
  const index = await res.json();
  const entries = Array.isArray(index) ? index : (index.sources || index.articles || index.files || []);
  return Promise.all(entries.map(async (entry) => {
    const e = typeof entry === 'string' ? { file: entry } : entry;
    const file = e.file || e.path || e.src;
    const r = await fetch(new URL(file, base));
    if (!r.ok) throw new Error(`examples/${file}: HTTP ${r.status}`);
    const text = (await r.text()).replace(/\r\n?/g, '\n');
    const stem = String(file).replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    return { id: e.id || stem, title: e.title || e.outlet || e.name || stem, text, ...(e.date ? { date: e.date } : {}) };
  }));
}

async function loadExamples() {
  try {
    const sources = await exampleSet();
    widget.sources = sources;
    saveNow(widget.sources);
    say('');
  } catch (e) {
    say(`The example set could not be loaded (${e.message}). Add your own sources below.`);
    if (!widget.sources.length) widget.sources = [];
  }
}

// Load-to-first-table timing, measured in the browser.
widget.addEventListener('result', () => {
  if (performance.getEntriesByName('fact-compare:first-table').length) return;
  const mark = performance.mark('fact-compare:first-table');
  console.info(`[fact-compare] first table ${Math.round(mark.startTime)} ms after page load`);
}, { once: false });

widget.addEventListener('sourceschange', (e) => save(e.detail.sources));

// The view lives in the URL hash: #sort=spread&dir=-1&hide=agree&q=toll&open=g2&order=date.
// A link with a view applies it to the comparison opened next as well (a saved file
// shared with the link reopens in the linked view).
let linkedView = viewFromHash(location.hash);
if (linkedView) widget.view = linkedView;
widget.addEventListener('viewchange', (e) => {
  linkedView = null;
  const hash = viewToHash(e.detail.view);
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
});
widget.addEventListener('open', (e) => {
  if (linkedView) {
    widget.view = linkedView;
    linkedView = null;
  } else {
    const hash = viewToHash(e.detail.view);
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }
});
window.addEventListener('hashchange', () => {
  const view = viewFromHash(location.hash);
  if (view) widget.view = view;
});

document.getElementById('load-examples').addEventListener('click', loadExamples);
document.getElementById('clear-all').addEventListener('click', () => {
  widget.sources = [];
  saveNow([]);
  widget.addSource({ text: '' });
});

// Files dropped anywhere on the page become sources (the widget handles its own area).
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  if (!e.dataTransfer || !e.dataTransfer.files.length || e.defaultPrevented) return;
  e.preventDefault();
  widget.addFiles(e.dataTransfer.files);
});

const saved = await loadSources();
if (saved) widget.sources = saved;
else loadExamples();
