// Memory (issue 8): 1,000 compares of a realistic input through the wasm package (nodejs
// target) must not grow its memory beyond noise. Prints the wasm linear memory
// (memory.buffer.byteLength) and the process RSS before, after a warm-up and at the end;
// exits 1 if wasm memory more than doubled after the warm-up, or if an error along the
// way (bad input thrown as a JS Error) leaks.
//   scripts/build-wasm.sh nodejs target/pkg-node && node tests/js/memory.mjs target/pkg-node [N]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [pkgDir = "target/pkg-node", nArg = "1000"] = process.argv.slice(2);
const N = Number(nArg);
const root = resolve(new URL("../..", import.meta.url).pathname);

// The nodejs glue keeps its instance private: catch it as it is made.
const Instance = WebAssembly.Instance;
let instance = null;
WebAssembly.Instance = function (module, imports) {
  instance = new Instance(module, imports);
  return instance;
};
const require = createRequire(import.meta.url);
const fc = require(resolve(pkgDir, "fact_compare.js"));
WebAssembly.Instance = Instance;
if (!instance || !instance.exports.memory) {
  console.log("memory: could not reach the wasm instance's memory");
  process.exit(1);
}
const wasmBytes = () => instance.exports.memory.buffer.byteLength;
const rss = () => process.memoryUsage().rss;
const mb = (n) => (n / 1048576).toFixed(1) + " MB";

// The built-in example set: four outlets on the (fictional) Velmora floods.
const dir = join(root, "www/examples");
const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
const sources = index.map((e) => ({
  id: e.id,
  title: e.title,
  date: e.date,
  text: readFileSync(join(dir, e.file), "utf8"),
}));
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);

const bad = [
  [{ id: "a", text: "" }],
  [{ id: "a", text: 5 }],
  [{ id: "a", text: "1 x" }, { id: "a", text: "2 y" }],
  [{ id: "a", text: "abc \ud800 12 people" }],
];

function round(i) {
  const r = fc.compare(sources, undefined);
  if (!r.mentions.length) throw new Error("no mentions");
  // every tenth round, an error too: a thrown error must not leak either
  if (i % 10 === 0) {
    try {
      fc.compare(bad[(i / 10) % bad.length], undefined);
      throw new Error("bad input was accepted");
    } catch (e) {
      if (e.message === "bad input was accepted") throw e;
    }
  }
  return r;
}

const start = { wasm: wasmBytes(), rss: rss() };
const WARM = Math.min(50, N);
for (let i = 0; i < WARM; i++) round(i);
global.gc?.();
const warm = { wasm: wasmBytes(), rss: rss() };
const t0 = performance.now();
let mentions = 0;
for (let i = WARM; i < N; i++) mentions = round(i).mentions.length;
const ms = performance.now() - t0;
global.gc?.();
const end = { wasm: wasmBytes(), rss: rss() };

const growth = end.wasm / warm.wasm;
console.log(
  `memory: ${N} compares of ${sources.length} sources (${bytes} bytes, ${mentions} mentions), ` +
    `${(ms / (N - WARM)).toFixed(2)} ms each; wasm memory ${mb(start.wasm)} -> ${mb(warm.wasm)} ` +
    `after warm-up -> ${mb(end.wasm)} (x${growth.toFixed(2)}); RSS ${mb(start.rss)} -> ` +
    `${mb(warm.rss)} -> ${mb(end.rss)}`,
);
if (growth > 2) {
  console.log("memory: FAIL: wasm memory more than doubled after the warm-up");
  process.exit(1);
}
console.log("memory: ok");
