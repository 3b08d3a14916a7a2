#!/usr/bin/env bash
# Builds the npm package (wasm + JS glue + TypeScript types) with wasm-opt.
#   scripts/build-wasm.sh             --target web into www/pkg (what the demo page loads)
#   scripts/build-wasm.sh TARGET DIR  e.g. bundler target/pkg-bundler, nodejs target/pkg-node
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
target="${1:-web}"
out="${2:-www/pkg}"
command -v wasm-opt >/dev/null || { echo "wasm-opt missing: run scripts/setup.sh" >&2; exit 1; }
wasm-pack build --target "$target" --profile wasm-release --mode no-install --out-dir "$out" --out-name fact_compare >&2
rm -f "$out/.gitignore"
cp js/README.md "$out/README.md"
# The licence files ship in the npm package (Cargo.toml: MIT OR Apache-2.0).
cp LICENSE-MIT LICENSE-APACHE "$out/"
node -e '
  const fs = require("fs"); const f = process.argv[1]; const p = JSON.parse(fs.readFileSync(f, "utf8"));
  p.files = [...new Set([...(p.files || []), "LICENSE-MIT", "LICENSE-APACHE"])];
  fs.writeFileSync(f, JSON.stringify(p, null, 2) + "\n");
' "$out/package.json"
wasm="$out/fact_compare_bg.wasm"
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "[build-wasm] $wasm: $raw bytes raw, $gz bytes gzipped" >&2
