// Where the demo page keeps the sources between visits. Small sets go to localStorage
// (synchronous, read at once on the next visit); a large set goes to IndexedDB, written
// by a worker (store-worker.js) so that not even its serialization holds up the page
// (writing a megabyte to localStorage takes ~100 ms of main thread), with a marker in
// localStorage saying so.

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

let writer = null;
let nextWrite = 1;

/** Write the sources to IndexedDB from the store worker; resolves when written. */
function writeInWorker(sources) {
  writer ??= new Worker(new URL('./store-worker.js', import.meta.url), { type: 'module', name: 'fact-compare store' });
  const id = nextWrite++;
  return new Promise((resolve, reject) => {
    const done = (e) => {
      if (e.data?.id !== id) return;
      writer.removeEventListener('message', done);
      if (e.data.ok) resolve();
      else reject(new Error(e.data.message));
    };
    writer.addEventListener('message', done);
    writer.postMessage({ id, db: DB, store: STORE, key: KEY, value: sources });
  });
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
  await writeInWorker(sources);
  localStorage.setItem(KEY, JSON.stringify({ in: 'indexeddb' }));
}

/** The sources kept last time, or null. */
export async function loadSources() {
  let value;
  try {
    value = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (value && !Array.isArray(value) && value.in === 'indexeddb') {
      value = await idb('readonly', (s) => s.get(KEY));
    }
  } catch {
    return null;
  }
  return Array.isArray(value) ? value.filter((s) => s && typeof s.text === 'string') : null;
}
