#!/usr/bin/env bash
# Copies Mozilla's pdf.js (npm package pdfjs-dist, pinned in package.json and installed
# by scripts/setup.sh through npm ci) into www/vendor/pdfjs/, where the page loads it
# only when a PDF is dropped. Generated, not committed (www/vendor/ is in .gitignore);
# scripts/demo.sh and e2e/run.sh call this. Idempotent: does nothing when up to date.
#   scripts/vendor-pdfjs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=node_modules/pdfjs-dist
out=www/vendor/pdfjs
want=$(node -p 'require("./package.json").devDependencies["pdfjs-dist"]')
[ -f "$src/package.json" ] || { echo "[vendor-pdfjs] $src missing: run scripts/setup.sh" >&2; exit 1; }
have=$(node -p "require('./$src/package.json').version")
[ "$have" = "$want" ] || { echo "[vendor-pdfjs] $src is $have, package.json pins $want: run scripts/setup.sh" >&2; exit 1; }
if [ -f "$out/VERSION" ] && [ "$(cat "$out/VERSION")" = "$have" ]; then exit 0; fi
rm -rf "$out"
mkdir -p "$out"
cp "$src/build/pdf.min.mjs" "$src/build/pdf.worker.min.mjs" "$src/LICENSE" "$out/"
# Character maps and the standard fonts' metrics: text extraction of CID-keyed and
# non-embedded fonts needs them (fetched by pdf.js from 'self' when a PDF uses them).
cp -r "$src/cmaps" "$src/standard_fonts" "$out/"
echo "$have" >"$out/VERSION"
echo "[vendor-pdfjs] pdf.js $have -> $out ($(du -sh "$out" | cut -f1))" >&2
