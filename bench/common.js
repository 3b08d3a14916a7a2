// Shared helpers of the node benchmarks (issue 7): timing, corpus cutting, and loading
// the nodejs wasm package with a handle on its linear memory.
"use strict";

const fs = require("fs");
const path = require("path");

const MIN_TIME_MS = 1500;
const MIN_RUNS = 3;
const MAX_RUNS = 200;

/** Run `f` until MIN_TIME_MS and MIN_RUNS are reached; the median time of one run, in ms. */
function measure(f, minTimeMs = MIN_TIME_MS, minRuns = MIN_RUNS) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < minTimeMs && times.length < MAX_RUNS)) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** UTF-8 length in bytes; MB = 10^6 bytes, as in the native bench. */
function bytes(s) {
  return Buffer.byteLength(s, "utf8");
}

function mb(n) {
  return n / 1e6;
}

/** `text` cut into about `n` parts of equal size, each ending after a line break. */
function splitAtLines(text, n) {
  const parts = [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    const target = Math.max(start, Math.floor((text.length * i) / n));
    const nl = text.indexOf("\n", target);
    if (nl < 0) break;
    const end = nl + 1;
    if (end > start && end < text.length) {
      parts.push(text.slice(start, end));
      start = end;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim() !== "");
}

/** The first piece of `text` of at least `size` UTF-16 units, ending at a line break. */
function slice(text, size) {
  if (text.length <= size) return text;
  const nl = text.indexOf("\n", size);
  return nl < 0 ? text : text.slice(0, nl + 1);
}

/**
 * Load the nodejs wasm package in `dir` and return `{ fc, memory }`. The generated glue
 * does not export the module's linear memory, so this wraps WebAssembly.Instance while
 * the glue is required to keep a handle on it (benchmark-only; nothing else changes).
 */
function loadPackage(dir) {
  const Real = WebAssembly.Instance;
  let instance = null;
  function Capturing(module, imports) {
    instance = new Real(module, imports);
    return instance;
  }
  Capturing.prototype = Real.prototype;
  WebAssembly.Instance = Capturing;
  let fc;
  try {
    fc = require(path.resolve(dir, "fact_compare.js"));
  } finally {
    WebAssembly.Instance = Real;
  }
  const memory = instance && instance.exports.memory;
  return { fc, memory };
}

function readCorpus(file) {
  return fs.readFileSync(file, "utf8");
}

module.exports = { measure, bytes, mb, splitAtLines, slice, loadPackage, readCorpus };
