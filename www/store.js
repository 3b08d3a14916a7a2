// Where the demo page keeps the sources between visits. Small sets go to localStorage
// (synchronous, read at once on the next visit); a large set goes to IndexedDB, whose
// writes do not hold up the page (writing a megabyte to localStorage takes ~100 ms of
// main thread), with a marker in localStorage saying so.

const KEY = 'fact-compare:sources:v1';
const DB = 'fact-compare';
const STORE = 'kv';
/** Sets larger than this (JSON characters) go to IndexedDB. */
const SMALL = 256 * 1024;

function db() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function idb(mode, fn) {
  const conn = await db();
  try {
    return await new Promise((resolve, reject) => {
      const tx = conn.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req?.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('the write was aborted'));
    });
  } finally {
    conn.close();
  }
}

/** The last Blob made per source id, reused while its text is the same. */
const blobs = new Map();

function blobOf(id, text) {
  const last = blobs.get(id);
  if (last && last.text === text) return last.blob;
  const blob = new Blob([text], { type: 'text/plain' });
  blobs.set(id, { text, blob });
  return blob;
}

function size(sources) {
  let n = 0;
  for (const s of sources) n += (s.text?.length || 0) + 200;
  return n;
}

/** Keep the sources; resolves when they are written (rejects with a reason). */
export async function saveSources(sources) {
  if (size(sources) <= SMALL) {
    localStorage.setItem(KEY, JSON.stringify(sources));
    if (typeof indexedDB !== 'undefined') idb('readwrite', (s) => s.delete(KEY)).catch(() => {});
    return;
  }
  // Each text as a Blob: IndexedDB keeps it by reference (a long string would be
  // serialized on the main thread).
  const record = sources.map((src) => ({ ...src, text: blobOf(src.id, src.text) }));
  await idb('readwrite', (s) => s.put(record, KEY));
  localStorage.setItem(KEY, JSON.stringify({ in: 'indexeddb' }));
}

/** The sources kept last time, or null. */
export async function loadSources() {
  let value;
  try {
    value = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && !Array.isArray(value) && value.in === 'indexeddb') {
      const record = await idb('readonly', (s) => s.get(KEY));
      value = Array.isArray(record) ? await Promise.all(record.map(async (src) => ({ ...src, text: await src.text.text() }))) : null;
    }
  } catch {
    return null;
  }
  return Array.isArray(value) ? value.filter((s) => s && typeof s.text === 'string') : null;
}
