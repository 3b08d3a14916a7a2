// Figure-dense text in wasm (issue 13): one compare of N bytes of "1 1 1 ..." under node,
// in its own process so that its memory is its own. Prints time, wasm linear memory
// (it only grows: its peak) and node's max RSS, each also as a multiple of the input.
//   node bench/wasm-dense.js target/pkg-node 1000000
"use strict";

const { loadPackage } = require("./common");

const [pkgDir = "target/pkg-node", n = "256000"] = process.argv.slice(2);
const size = Number(n);
const { fc, memory } = loadPackage(pkgDir);
const text = "1 ".repeat(Math.floor(size / 2));
const t = performance.now();
const r = fc.compare([{ id: "a", text }]);
const ms = performance.now() - t;
const linear = memory ? memory.buffer.byteLength : 0;
const rss = process.resourceUsage().maxRSS * 1024;
const kb = Math.round(size / 1000);
console.log(
  `wasm compare "1 1 1 ...", ${kb} KB: ${ms.toFixed(1)} ms, ${r.mentions.length} mentions, ` +
    `wasm linear memory ${(linear / 1048576).toFixed(1)} MiB (${(linear / size).toFixed(1)}x the input), ` +
    `node max RSS ${(rss / 1048576).toFixed(1)} MiB (${(rss / size).toFixed(1)}x)`
);
console.log(
  `BENCH wasm_dense_${kb}k_ms=${ms.toFixed(1)} wasm_dense_${kb}k_linear_ratio=${(linear / size).toFixed(2)} wasm_dense_${kb}k_rss_ratio=${(rss / size).toFixed(2)}`
);
