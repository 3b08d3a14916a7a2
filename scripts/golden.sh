#!/usr/bin/env bash
# Accept the current engine's output as golden (issue 13): rewrites tests/golden/reports/
# (the project's clusters and corpora, committed) and target/golden-saved/ (dev-news,
# seeds and synthetic texts, kept out of the repository). Run after a change of output
# made on purpose (or after merging branches that make one); commit tests/golden/reports.
#   scripts/golden.sh           accept the current output
#   scripts/golden.sh --check   only compare (what cargo test does)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--check" ]; then
  exec cargo test --release --test golden -- --nocapture
fi
GOLDEN_UPDATE=1 cargo test --release --test golden -- --nocapture
git status --short tests/golden/reports
