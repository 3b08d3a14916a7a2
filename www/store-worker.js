// Writes the demo page's sources to IndexedDB off the main thread (see store.js).
//   page -> worker  {id, db, store, key, value}
//   worker -> page  {id, ok: true} | {id, ok: false, message}

self.addEventListener('message', (e) => {
  const { id, db, store, key, value } = e.data;
  const open = indexedDB.open(db, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(store);
  open.onerror = () => self.postMessage({ id, ok: false, message: String(open.error) });
  open.onsuccess = () => {
    const conn = open.result;
    const tx = conn.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    tx.oncomplete = () => { conn.close(); self.postMessage({ id, ok: true }); };
    tx.onerror = () => { conn.close(); self.postMessage({ id, ok: false, message: String(tx.error) }); };
  };
});
