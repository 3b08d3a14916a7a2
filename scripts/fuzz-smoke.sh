#!/usr/bin/env bash
# A short cargo-fuzz run of each target (issue 8): fuzz/fuzz_targets/{extract,compare}.rs.
#   scripts/fuzz-smoke.sh            30 s per target
#   scripts/fuzz-smoke.sh 600        10 minutes per target (the long run)
# Safe Rust needs no AddressSanitizer (-s none: several times more executions per second).
# Needs cargo-fuzz and a nightly toolchain (or RUSTC_BOOTSTRAP=1 on stable); where they
# are missing it prints a notice and exits 0. A crash fails the run (exit 1) and leaves
# the input in fuzz/artifacts/TARGET/: copy it to tests/regressions/cases/.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
secs="${1:-30}"

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "fuzz-smoke: SKIP: cargo-fuzz is not installed (cargo install cargo-fuzz --locked)"
  exit 0
fi
# Prefer an installed nightly; otherwise let stable accept the nightly flags.
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
if ! cargo "${toolchain[@]}" fuzz build --fuzz-dir fuzz -O -s none >/tmp/fuzz-smoke-build.log 2>&1; then
  echo "fuzz-smoke: SKIP: the fuzz targets do not build here (no nightly features?); see /tmp/fuzz-smoke-build.log"
  tail -5 /tmp/fuzz-smoke-build.log
  exit 0
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
  echo "fuzz-smoke: $target: exit $rc, ${execs:-?} executions in ${secs}s"
  if [ "$rc" -ne 0 ]; then
    status=1
    grep -aE 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -10
  fi
done
[ "$status" -eq 0 ] && echo "fuzz-smoke: no crash" || echo "fuzz-smoke: CRASH (see fuzz/artifacts/)"
exit $status
