// The peer (issue 7): Microsoft Recognizers-Text (@microsoft/recognizers-text-suite, a
// benchmark-only dev dependency), English number, percentage and currency models, on a
// slice of the corpus, against our wasm `extract` on the same slice in the same process.
//   node bench/peer.js target/pkg-node target/bench/corpus.txt [SLICE_BYTES]
//
// Recognizers-Text is built for utterances: its currency model is quadratic in input
// length (23 KB in one call takes ~25 s here), so both engines get the slice one
// paragraph (line) per call, the same calls for both. Models are built once, outside
// the timing. Throughput counts UTF-8 bytes (MB = 10^6).
"use strict";

const { measure, bytes, mb, slice, loadPackage, readCorpus } = require("./common");

const [pkgDir = "target/pkg-node", corpusFile = "target/bench/corpus.txt", sliceArg = "200000"] =
  process.argv.slice(2);
const text = slice(readCorpus(corpusFile), Number(sliceArg));
const lines = text.split("\n").filter((l) => l.trim() !== "");
const textBytes = lines.reduce((n, l) => n + bytes(l), 0);

// Their models: the suite's recognizeNumber/... build a new recognizer on every call,
// so use the model API of the packages the suite re-exports, built once.
const { Culture } = require("@microsoft/recognizers-text-suite");
const { NumberRecognizer } = require("@microsoft/recognizers-text-number");
const { NumberWithUnitRecognizer } = require("@microsoft/recognizers-text-number-with-unit");
let t0 = performance.now();
const numbers = new NumberRecognizer(Culture.English);
const models = [
  ["number", numbers.getNumberModel()],
  ["percentage", numbers.getPercentageModel()],
  ["currency", new NumberWithUnitRecognizer(Culture.English).getCurrencyModel()],
];
const initMs = performance.now() - t0;

let theirTotal = 0;
let theirFound = 0;
const perModel = [];
for (const [name, model] of models) {
  const t = performance.now();
  let found = 0;
  for (const l of lines) found += model.parse(l).length;
  const ms = performance.now() - t;
  perModel.push(`${name} ${(ms / 1e3).toFixed(2)} s (${found} found)`);
  theirTotal += ms;
  theirFound += found;
}
if (!(theirFound > 0)) throw new Error("the peer found nothing: check the corpus");
const theirs = mb(textBytes) / (theirTotal / 1e3);

// Ours, the same lines, same process.
const { fc } = loadPackage(pkgDir);
const ourCounts = lines.map((l) => fc.extract(l).mentions.length);
const ourFound = ourCounts.reduce((a, b) => a + b, 0);
if (!(ourFound > 0)) throw new Error("our extract found nothing on the peer slice");
const oursMs = measure(() => {
  for (let i = 0; i < lines.length; i++) {
    if (fc.extract(lines[i]).mentions.length !== ourCounts[i]) throw new Error("unstable count");
  }
});
const ours = mb(textBytes) / (oursMs / 1e3);

console.log(
  `peer: Recognizers-Text 1.x (number + percentage + currency, English) on ${mb(textBytes).toFixed(2)} MB ` +
    `in ${lines.length} paragraph calls: ${(theirTotal / 1e3).toFixed(2)} s, ${theirs.toFixed(3)} MB/s ` +
    `(${perModel.join(", ")}; models built once in ${initMs.toFixed(0)} ms, not counted)`
);
console.log(
  `ours (wasm, same calls): ${oursMs.toFixed(1)} ms, ${ours.toFixed(1)} MB/s, ${ourFound} mentions; ` +
    `ratio ours / theirs = ${(ours / theirs).toFixed(0)}x`
);
console.log(
  `BENCH peer_mb_s=${theirs.toFixed(4)} peer_found=${theirFound} peer_slice_bytes=${textBytes} ` +
    `ours_wasm_slice_mb_s=${ours.toFixed(2)} ratio_wasm_over_peer=${(ours / theirs).toFixed(1)}`
);
