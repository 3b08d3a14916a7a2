// wasm benchmark under node (issue 7): extraction throughput of the nodejs package on the
// corpus the native bench wrote, whole vs parts, compare of 100 sources, peak memory.
//   node bench/wasm.js target/pkg-node target/bench/corpus.txt
// Throughput counts UTF-8 bytes (MB = 10^6) and includes what a JS caller pays: passing
// the string in and building the Report object out.
"use strict";

const { measure, bytes, mb, splitAtLines, loadPackage, readCorpus } = require("./common");

const [pkgDir = "target/pkg-node", corpusFile = "target/bench/corpus.txt"] = process.argv.slice(2);
const { fc, memory } = loadPackage(pkgDir);
const corpus = readCorpus(corpusFile);
const corpusBytes = bytes(corpus);

let peakRss = process.memoryUsage().rss;
function sample() {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function count(input) {
  const r = fc.extract(input);
  sample();
  return r.mentions.length;
}

// One call on the whole corpus.
const expected = count(corpus);
if (!(expected > 0)) throw new Error("wasm extract found no mention in the corpus");
const whole = measure(() => {
  if (count(corpus) !== expected) throw new Error("unstable mention count");
});
const mbps = mb(corpusBytes) / (whole / 1e3);
console.log(
  `wasm extract, one call on ${mb(corpusBytes).toFixed(2)} MB: ${whole.toFixed(1)} ms, ${expected} mentions, ${mbps.toFixed(1)} MB/s`
);
console.log(`BENCH wasm_extract_mb_s=${mbps.toFixed(2)}`);

// The same text in 200 calls.
const parts = splitAtLines(corpus, 200);
const counts = parts.map(count);
const partsTime = measure(() => {
  for (let i = 0; i < parts.length; i++) {
    if (count(parts[i]) !== counts[i]) throw new Error("unstable mention count (parts)");
  }
});
const ratio = whole / partsTime;
console.log(
  `wasm extract, ${parts.length} calls on parts: ${partsTime.toFixed(1)} ms in all, ` +
    `${(mb(corpusBytes) / (partsTime / 1e3)).toFixed(1)} MB/s; whole vs parts ${ratio.toFixed(2)}x`
);
console.log(`BENCH wasm_whole_vs_parts=${ratio.toFixed(3)}`);

// compare of 100 sources of ~4 KB (the same cut as the native bench).
const sources = [];
let start = 0;
while (sources.length < 100 && start < corpus.length) {
  const nl = corpus.indexOf("\n", Math.min(start + 4096, corpus.length));
  const end = nl < 0 ? corpus.length : nl + 1;
  sources.push({ id: `s${String(sources.length + 1).padStart(3, "0")}`, text: corpus.slice(start, end) });
  start = end;
}
const check = fc.compare(sources);
const shape = `${check.mentions.length}/${check.groups.length}`;
const cmp = measure(() => {
  const r = fc.compare(sources);
  sample();
  if (`${r.mentions.length}/${r.groups.length}` !== shape) throw new Error("unstable compare");
});
console.log(`wasm compare, ${sources.length} sources: ${cmp.toFixed(2)} ms`);
console.log(`BENCH wasm_compare_100_ms=${cmp.toFixed(3)}`);

sample();
const mem = process.memoryUsage();
const wasmBytes = memory ? memory.buffer.byteLength : 0;
console.log(
  `wasm peak memory: node max RSS ${(peakRss / 1048576).toFixed(1)} MiB (heap used now ` +
    `${(mem.heapUsed / 1048576).toFixed(1)} MiB), wasm linear memory ${(wasmBytes / 1048576).toFixed(1)} MiB ` +
    `(it only grows, so this is its peak)`
);
console.log(
  `BENCH wasm_peak_rss_kb=${Math.round(peakRss / 1024)} wasm_linear_memory_kb=${Math.round(wasmBytes / 1024)}`
);
