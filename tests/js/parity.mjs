// Parity: the wasm package (nodejs target) returns exactly the native CLI's `--json`
// Report for the same input. Runs on the built-in example set, and on the seed articles
// when ../shared/seeds exists. Also checks the package's TypeScript declarations.
//   node tests/js/parity.mjs target/pkg-node target/release/fact-compare
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import assert from "node:assert/strict";

const [pkgDir = "target/pkg-node", cli = "target/release/fact-compare"] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const wasm = require(resolve(pkgDir, "fact_compare.js"));

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.message).split("\n").slice(0, 12).join("\n     ")}`);
  }
}

function parity(name, files) {
  check(`parity: ${name} (${files.length} files)`, () => {
    const native = JSON.parse(execFileSync(cli, ["compare", "--json", ...files], { maxBuffer: 1 << 28 }));
    const sources = files.map((f) => ({
      id: basename(f, extname(f)),
      text: readFileSync(f, "utf8").replace(/^\uFEFF/, ""),
    }));
    const fromWasm = wasm.compare(sources);
    assert.ok(native.mentions.length > 0, "the native report has mentions");
    assert.deepStrictEqual(fromWasm, native);
    // UTF-16 spans slice the JS strings to each mention's text
    const byId = Object.fromEntries(sources.map((s) => [s.id, s.text]));
    for (const m of fromWasm.mentions) {
      assert.equal(byId[m.source].slice(m.start_utf16, m.end_utf16), m.text, `span of ${m.id}`);
    }
  });
}

const examples = "www/examples";
if (existsSync(join(examples, "index.json"))) {
  const idx = JSON.parse(readFileSync(join(examples, "index.json"), "utf8"));
  parity("built-in example set", idx.map((e) => join(examples, e.file)));
}
const seeds = "../shared/seeds";
if (existsSync(seeds)) {
  parity("seed articles", readdirSync(seeds).filter((f) => /^\d.*\.txt$/.test(f)).map((f) => join(seeds, f)));
} else {
  console.log("SKIP seed parity: ../shared/seeds not found");
}

check("extract(string) gives mentions and no groups", () => {
  const r = wasm.extract("Nearly 40 people were hurt, police said.");
  assert.equal(r.version, 1);
  assert.equal(r.groups.length, 0);
  assert.ok(r.mentions.length >= 1);
});

check("errors are Error objects and the module keeps working", () => {
  assert.throws(() => wasm.compare([{ id: "a", text: 5 }]), (e) => e instanceof Error && /sources\[0\]\.text must be a string/.test(e.message));
  assert.throws(() => wasm.compare("x"), /must be an array/);
  assert.equal(wasm.compare([{ id: "a", text: "12 people" }]).mentions.length, 1);
});

check("TypeScript declarations name every Report field", () => {
  const dts = readFileSync(join(pkgDir, "fact_compare.d.ts"), "utf8");
  for (const fn of ["export function compare(", "export function extract(", "export interface Report", "export interface Mention", "export interface Group"]) {
    assert.ok(dts.includes(fn), `d.ts has ${fn}`);
  }
  const r = wasm.compare([{ id: "a", text: "About 40 people were hurt in the city on Monday, police said." }, { id: "b", text: "41 people were hurt." }]);
  const block = (name) => {
    const i = dts.indexOf(`export interface ${name} {`);
    assert.ok(i >= 0, `interface ${name}`);
    return dts.slice(i, dts.indexOf("\n}", i));
  };
  const fields = (o) => Object.keys(o);
  for (const k of fields(r)) assert.match(block("Report"), new RegExp(`\\b${k}[?]?:`), `Report.${k}`);
  for (const k of fields(r.mentions[0])) assert.match(block("Mention"), new RegExp(`\\b${k}[?]?:`), `Mention.${k}`);
  for (const k of fields(r.groups[0])) assert.match(block("Group"), new RegExp(`\\b${k}[?]?:`), `Group.${k}`);
  for (const k of fields(r.sources[0])) assert.match(block("SourceInfo"), new RegExp(`\\b${k}[?]?:`), `SourceInfo.${k}`);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
