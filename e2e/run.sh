#!/usr/bin/env bash
# Runs the browser end-to-end tests (Playwright + Debian's Chromium) and prints one
# closing line "N passed, N failed". Assumes www/pkg is built (scripts/build-wasm.sh)
# and /usr/bin/chromium is installed (scripts/setup.sh --browser).
#   e2e/run.sh [playwright test args...]     e.g. e2e/run.sh -g "custom element"
set -uo pipefail
cd "$(dirname "$0")"
root="$(cd .. && pwd)"
export PATH="$root/node_modules/.bin:$PATH"
results=.results/results.json
rm -f "$results"
if [ ! -f "$root/www/pkg/fact_compare_bg.wasm" ]; then
  echo "www/pkg is not built: run scripts/build-wasm.sh first" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM:-/usr/bin/chromium}: run scripts/setup.sh --browser" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
# pdf.js for the PDF tests: copied from node_modules (pinned in package.json) into www/vendor/.
if ! "$root/scripts/vendor-pdfjs.sh"; then
  echo "0 passed, 1 failed"
  exit 1
fi
playwright test --config playwright.config.mjs "$@"
code=$?
if [ ! -f "$results" ]; then
  echo "Playwright wrote no results (exit $code)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
read -r passed failed skipped < <(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const s = r.stats || {};
  const failed = (s.unexpected || 0) + (s.flaky || 0) + (r.errors || []).length;
  console.log(s.expected || 0, failed, s.skipped || 0);
' "$results")
[ "$skipped" -gt 0 ] && echo "($skipped skipped)"
echo "$passed passed, $failed failed"
[ "$code" -eq 0 ] && [ "$failed" -eq 0 ]
