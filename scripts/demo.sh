#!/usr/bin/env bash
# Installs what is missing, builds the wasm package, and serves the demo page from www/
# on 127.0.0.1 with the built-in example set loaded.
#   scripts/demo.sh                 port 8080
#   PORT=9000 scripts/demo.sh       or: scripts/demo.sh --port 9000
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
if [ "${1:-}" = "--port" ] && [ -n "${2:-}" ]; then port="$2"; fi
scripts/setup.sh
scripts/build-wasm.sh web www/pkg
scripts/vendor-pdfjs.sh
echo "fact-compare demo: http://127.0.0.1:$port/  (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
