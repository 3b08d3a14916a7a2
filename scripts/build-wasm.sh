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
# The size build (issue 13): the standard library rebuilt for size, with panics that
# abort at once (no panic messages or formatting machinery in the module; the page's
# worker already treats the trap as a dead engine and restarts it) and Debug formatting
# compiled out (nothing user-facing uses it), and no source locations kept for panic
# messages that are never printed, and without the reference-types and multivalue
# target features (on by default since Rust 1.82/1.87): wasm-bindgen's JS glue then
# keeps JS values in its own heap array instead of an externref table, and the export
# shims are plainer (-0.65 KB gzipped; the same Reports). It needs the rust-src component and
# unstable flags (RUSTC_BOOTSTRAP=1 on the stable toolchain); where rust-src cannot be
# installed, or FC_WASM_SIZE=0, the plain build runs instead and says so.
plain=(wasm-pack build . --target "$target" --profile wasm-release --mode no-install --out-dir "$out" --out-name fact_compare)
size_build() {
  rustup component list --installed 2>/dev/null | grep -q '^rust-src' \
    || rustup component add rust-src >/dev/null 2>&1 || return 1
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none -Ctarget-feature=-reference-types,-multivalue" \
    CARGO_TARGET_DIR="$PWD/target/wasm-size" \
    "${plain[@]}" -- -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size >&2
}
if [ "${FC_WASM_SIZE:-1}" != 0 ] && size_build; then
  echo "[build-wasm] size build (std rebuilt for size, panics abort)" >&2
else
  echo "[build-wasm] plain build (FC_WASM_SIZE=0, or rust-src is not installable here)" >&2
  "${plain[@]}" >&2
fi
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
