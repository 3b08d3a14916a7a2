#!/usr/bin/env bash
# A short cargo-fuzz run of each target (issue 8): fuzz/fuzz_targets/{extract,compare}.rs.
#   scripts/fuzz-smoke.sh            30 s per target
#   scripts/fuzz-smoke.sh 600        10 minutes per target (the long run)
# Safe Rust needs no AddressSanitizer (-s none: several times more executions per second).
# Needs cargo-fuzz and a nightly toolchain (or RUSTC_BOOTSTRAP=1 on stable); where they
# are missing it prints a notice and exits 0, or fails with FUZZ_REQUIRED=1 (as
# scripts/test.sh runs it, after installing cargo-fuzz). A crash fails the run (exit 1)
# and leaves the input in fuzz/artifacts/TARGET/: copy it to tests/regressions/cases/.
# Prints executions, executions per second and new coverage units per target.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
secs="${1:-30}"
required="${FUZZ_REQUIRED:-0}"
skip() { # a reason; a skip is a failure when fuzzing is required
  if [ "$required" != 0 ]; then
    echo "fuzz-smoke: FAIL: $*"
    exit 1
  fi
  echo "fuzz-smoke: SKIP: $*"
  exit 0
}

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  skip "cargo-fuzz is not installed (cargo install cargo-fuzz --version 0.13.2 --locked)"
fi
# Prefer an installed nightly; otherwise let stable accept the nightly flags.
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
build_log=$(mktemp)
if ! cargo "${toolchain[@]}" fuzz build --fuzz-dir fuzz -O -s none >"$build_log" 2>&1; then
  tail -5 "$build_log"
  skip "the fuzz targets do not build here (no nightly features?); see $build_log"
fi

status=0
for target in extract compare; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  cp fuzz/seeds/* "$corpus/" 2>/dev/null
  # (the slow pathological cases stay out of the corpus: they replay in cargo test)
  find tests/regressions/cases -type f ! -name 'hang-*' -exec cp {} "$corpus/" \;
  # The seed articles, when present (read here, never committed).
  [ -d ../shared/seeds ] && cp ../shared/seeds/*.txt "$corpus/" 2>/dev/null
  log="fuzz/fuzz-$target.log"
  echo "fuzz-smoke: $target for ${secs}s"
  cargo "${toolchain[@]}" fuzz run --fuzz-dir fuzz -O -s none "$target" "$corpus" -- \
    -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1
  rc=$?
  execs=$(grep -aE '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  rate=$(grep -aE '^stat::average_exec_per_sec' "$log" | awk '{print $2}')
  units=$(grep -aE '^stat::new_units_added' "$log" | awk '{print $2}')
  echo "fuzz-smoke: $target: exit $rc, ${execs:-?} executions in ${secs}s (${rate:-?}/s), ${units:-?} new units"
  if [ "$rc" -ne 0 ]; then
    status=1
    grep -aE 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -10
  fi
done
[ "$status" -eq 0 ] && echo "fuzz-smoke: no crash" || echo "fuzz-smoke: CRASH (see fuzz/artifacts/)"
exit $status
