// Keeping the main thread free: long loops give way to the page every few
// milliseconds, so no task runs much over the 50 ms that makes a page feel stuck.

/** Resolve on a new task (after input, paint and other events had their turn). */
export function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });
}

/**
 * A budget for one stretch of work: `due()` is true once `ms` have passed since the
 * last `due()` that returned true (or since creation). Use: `if (b.due()) await nextTask();`
 */
export function budget(ms = 8) {
  let start = performance.now();
  return {
    due() {
      const now = performance.now();
      if (now - start < ms) return false;
      start = now;
      return true;
    },
  };
}

/** Sort in time slices: sorted runs of `run` items, then merged pass by pass. */
export async function sortSliced(items, compare, run = 2048) {
  if (items.length <= run) return items.sort(compare);
  const b = budget();
  let a = items.slice();
  for (let i = 0; i < a.length; i += run) {
    const part = a.slice(i, i + run).sort(compare);
    for (let j = 0; j < part.length; j++) a[i + j] = part[j];
    if (b.due()) await nextTask();
  }
  let out = new Array(a.length);
  for (let width = run; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        out[k++] = compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        if ((k & 1023) === 0 && b.due()) await nextTask();
      }
      while (i < mid) out[k++] = a[i++];
      while (j < hi) out[k++] = a[j++];
    }
    [a, out] = [out, a];
  }
  return a;
}

/** The UTF-8 length of a JS string (a lone surrogate counts 3, as U+FFFD would). */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; } else n += 3;
  }
  return n;
}
