#!/usr/bin/env bash
# Builds the wasm package with wasm-opt.
#   scripts/build-wasm.sh            --target web into www/pkg (what the demo page loads)
#   scripts/build-wasm.sh TARGET DIR  e.g. bundler pkg-bundler, nodejs pkg-node
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
target="${1:-web}"
out="${2:-www/pkg}"
command -v wasm-opt >/dev/null || { echo "wasm-opt missing: run scripts/setup.sh" >&2; exit 1; }
wasm-pack build --target "$target" --release --mode no-install --out-dir "$out" --out-name fact_compare --no-pack >&2 \
  || wasm-pack build --target "$target" --release --mode no-install --out-dir "$out" --out-name fact_compare >&2
rm -f "$out/.gitignore"
wasm="$out/fact_compare_bg.wasm"
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "[build-wasm] $wasm: $raw bytes raw, $gz bytes gzipped" >&2
