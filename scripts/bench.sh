#!/usr/bin/env bash
# The benchmark (issue 7): installs what is missing, builds release + the nodejs and web
# wasm packages, builds a ~4 MB corpus from www/examples/*.txt (and ../shared/seeds/*.txt
# when present), and prints extraction throughput native and wasm, compare cost for
# 2/5/20/100 sources, whole vs parts, peak memory, .wasm size, and the peer
# (Microsoft Recognizers-Text) on a 200 KB slice; figure-dense text ("1 1 1 ...", native
# and wasm, time and memory), prose from 19 KB to 16 MiB in one call, and
# `fact-compare batch` on 1,000 clusters with 1 and 2 threads. Takes a few minutes.
#   scripts/bench.sh            print the figures
#   scripts/bench.sh --record   ... and write them to bench/RESULTS.md
#   BENCH_O3=1 scripts/bench.sh also build a second native copy at opt-level 3 (the
#                               release profile is already opt-level 3; the wasm is built
#                               at opt-level z by its own profile, wasm-release)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never
NICE="nice -n 5"
out=target/bench
mkdir -p "$out"
log="$out/bench.log"
: >"$log"
record=0
[ "${1:-}" = "--record" ] && record=1

say() { echo "$*" | tee -a "$log"; }
run() { "$@" 2>&1 | tee -a "$log"; } # print and keep for the summary

echo "[bench] setup and builds (release, wasm nodejs + web)" >&2
scripts/setup.sh
$NICE cargo build --release --example bench >&2
$NICE scripts/build-wasm.sh nodejs target/pkg-node
$NICE scripts/build-wasm.sh web "$out/pkg-web"

dirs=(www/examples)
[ -d ../shared/seeds ] && dirs+=(../shared/seeds)
corpus="$out/corpus.txt"

say "== native (cargo release profile, examples/bench.rs)"
run $NICE target/release/examples/bench --bytes 4000000 --corpus-out "$corpus" "${dirs[@]}"
if /usr/bin/time -v true >/dev/null 2>&1; then
  $NICE /usr/bin/time -v target/release/examples/bench --mem-only "${dirs[@]}" \
    >"$out/mem.out" 2>"$out/mem.time"
  cat "$out/mem.out" | tee -a "$log"
  rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$out/mem.time")
  say "/usr/bin/time -v: maximum resident set size ${rss} KB"
  say "BENCH native_time_v_rss_kb=$rss"
else
  run $NICE target/release/examples/bench --mem-only "${dirs[@]}"
fi

# Figure-dense text, in a process of its own so that the memory is its own (issue 13).
run $NICE target/release/examples/bench --dense-only 1000000

say ""
say "== batch: fact-compare batch, 1,000 clusters of 5 articles (JSON Lines), 1 vs 2 threads"
$NICE cargo build --release --bin fact-compare >&2
batch_in="$out/batch.jsonl"
run target/release/examples/bench --batch-out "$batch_in" "${dirs[@]}"
for threads in 1 2; do
  t0=$(date +%s.%N)
  RAYON_NUM_THREADS=$threads $NICE target/release/fact-compare batch "$batch_in" >"$out/batch-$threads.jsonl"
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  say "batch on $threads thread(s) (RAYON_NUM_THREADS=$threads): $secs s wall, $(wc -l <"$out/batch-$threads.jsonl") report lines"
  say "BENCH batch_${threads}_threads_s=$secs"
done
cmp -s "$out/batch-1.jsonl" "$out/batch-2.jsonl" && say "batch: the same output on 1 and 2 threads" ||
  say "batch: OUTPUT DIFFERS between 1 and 2 threads"

if [ "${BENCH_O3:-0}" != 0 ]; then
  say ""
  say "== native, same code at opt-level 3 (CARGO_PROFILE_RELEASE_OPT_LEVEL=3; not what ships)"
  CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_TARGET_DIR="$out/o3" $NICE cargo build --release --example bench >&2
  $NICE "$out/o3/release/examples/bench" --bytes 4000000 "${dirs[@]}" 2>&1 \
    | sed '/^BENCH /s/native_/o3_/g' | tee -a "$log"
fi

say ""
say "== wasm under node $(node --version) (target/pkg-node)"
run $NICE node bench/wasm.js target/pkg-node "$corpus"
for n in 256000 1000000; do
  run timeout 300 $NICE node bench/wasm-dense.js target/pkg-node $n ||
    say "wasm compare \"1 1 1 ...\", $((n / 1000)) KB: failed or over 300 s"
done

say ""
say "== .wasm size (--target web build, wasm-opt -Oz)"
wasm="$out/pkg-web/fact_compare_bg.wasm"
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
say "$raw bytes raw ($((raw / 1024)) KiB), $gz bytes gzip -9 ($((gz / 1024)) KiB); budget 148 KB gzipped (issue 13), aim 130 KB"
say "BENCH wasm_raw_bytes=$raw wasm_gzip_bytes=$gz"

say ""
say "== peer: Microsoft Recognizers-Text (@microsoft/recognizers-text-suite)"
run $NICE node bench/peer.js target/pkg-node "$corpus" 200000

# ---- summary against the targets
kv="$out/figures.txt"
grep -ao 'BENCH .*' "$log" | tr ' ' '\n' | grep '=' >"$kv" || true
get() { awk -F= -v k="$1" '$1 == k { v = $2 } END { print v }' "$kv"; }
ok() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
nat=$(get native_extract_mb_s)
wmb=$(get wasm_extract_mb_s)
c100=$(get native_compare_100_ms)
wvp=$(get native_whole_vs_parts)
peer=$(get peer_mb_s)
gzb=$(get wasm_gzip_bytes)
summary="$out/summary.md"
{
  echo "| figure | value | target | |"
  echo "|---|---|---|---|"
  echo "| extraction, native | $nat MB/s | >= 100 MB/s | $(ok "$nat >= 100") |"
  echo "| extraction, wasm (node) | $wmb MB/s | >= 40 MB/s | $(ok "$wmb >= 40") |"
  for n in 2 5 20 100; do
    echo "| compare, $n sources ($(get native_compare_${n}_bytes) bytes), native | $(get native_compare_${n}_ms) ms (align+verdict $(get native_compare_${n}_align_ms) ms) | $([ $n = 100 ] && echo '< 50 ms') | $([ $n = 100 ] && ok "$c100 < 50") |"
  done
  if [ -n "$(get o3_extract_mb_s)" ]; then
    echo "| extraction, native at opt-level 3 | $(get o3_extract_mb_s) MB/s | >= 100 MB/s | $(ok "$(get o3_extract_mb_s) >= 100") |"
    echo "| compare, 100 sources, native at opt-level 3 | $(get o3_compare_100_ms) ms (align+verdict $(get o3_compare_100_align_ms) ms) | < 50 ms | $(ok "$(get o3_compare_100_ms) < 50") |"
  fi
  echo "| compare, 100 sources, wasm | $(get wasm_compare_100_ms) ms | | |"
  echo "| whole 4 MB vs 200 parts, per-byte cost of one call / of 200 calls, native | ${wvp}x | <= 1.3x | $(ok "$wvp <= 1.3") |"
  echo "| whole 4 MB vs 200 parts, same ratio, wasm | $(get wasm_whole_vs_parts)x | | |"
  echo "| peak memory, native, one extract of 4 MB | $(get native_mem_rss_kb) KB max RSS (corpus alone $(get native_mem_base_kb) KB) | | |"
  echo "| peak memory, node running the wasm bench | $(get wasm_peak_rss_kb) KB max RSS; wasm linear memory $(get wasm_linear_memory_kb) KB | | |"
  echo "| .wasm size (web build) | $(get wasm_raw_bytes) bytes raw, $gzb bytes gzipped | <= 148 KB gzipped | $(ok "$gzb <= 148000") |"
  echo "| compare \"1 1 1 ...\" 64 KB / 256 KB / 1 MB, native | $(get native_dense_64k_ms) / $(get native_dense_256k_ms) / $(get native_dense_1000k_ms) ms | 1 MB < 1000 ms | $(ok "$(get native_dense_1000k_ms) < 1000") |"
  echo "| memory, 1 MB of \"1 1 1 ...\", native | $(get native_dense_mem_ratio)x the input (max RSS growth) | < 20x | $(ok "$(get native_dense_mem_ratio) < 20") |"
  echo "| compare \"1 1 1 ...\" 256 KB / 1 MB, wasm | $(get wasm_dense_256k_ms) / $(get wasm_dense_1000k_ms) ms | 1 MB < 3000 ms | $(ok "0$(get wasm_dense_1000k_ms) > 0 && 0$(get wasm_dense_1000k_ms) < 3000") |"
  echo "| memory, 1 MB of \"1 1 1 ...\", wasm | linear memory $(get wasm_dense_1000k_linear_ratio)x, node RSS $(get wasm_dense_1000k_rss_ratio)x the input | < 20x | $(ok "0$(get wasm_dense_1000k_linear_ratio) > 0 && 0$(get wasm_dense_1000k_linear_ratio) < 20") |"
  echo "| compare 16 MiB of prose, one call, native | $(get native_prose_16mib_ms) ms | < 1000 ms | $(ok "$(get native_prose_16mib_ms) < 1000") |"
  echo "| cost per byte, one call, 19 KB to 16 MiB (max / min), native | $(get native_per_byte_spread)x | <= 1.3x | $(ok "$(get native_per_byte_spread) <= 1.3") |"
  echo "| batch, 1,000 clusters of 5 articles: 1 thread / 2 threads | $(get batch_1_threads_s) s / $(get batch_2_threads_s) s ($(awk "BEGIN { printf \"%.2f\", $(get batch_1_threads_s) / $(get batch_2_threads_s) }")x) | | |"
  echo "| peer: Recognizers-Text, $(get peer_slice_bytes) bytes | $peer MB/s | | |"
  echo "| ours / peer | native $(awk "BEGIN { printf \"%.0f\", $nat / $peer }")x, wasm $(awk "BEGIN { printf \"%.0f\", $(get ours_wasm_slice_mb_s) / $peer }")x (wasm on the same paragraph calls) | | |"
} >"$summary"
echo
echo "== summary (MB = 10^6 bytes)"
cat "$summary"

if [ "$record" = 1 ]; then
  # Keep the hand-written analysis (from the marker line on) of the previous file.
  marker='<!-- analysis: kept by scripts/bench.sh --record -->'
  analysis=""
  [ -f bench/RESULTS.md ] && analysis=$(awk -v m="$marker" '$0 == m { on = 1 } on' bench/RESULTS.md)
  {
    echo "# Benchmark results"
    echo
    echo "Produced by \`scripts/bench.sh --record\` (issue 7). MB = 10^6 bytes."
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit ${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); shared with other jobs, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- $(rustc --version), node $(node --version), native release profile: opt-level 3, lto, codegen-units 1; wasm: opt-level z"
    echo "- corpus: ${dirs[*]} (*.txt), repeated to 4 MB"
    echo
    cat "$summary"
    echo
    echo "## Full output"
    echo
    echo '```text'
    grep -av '^BENCH ' "$log"
    echo '```'
    if [ -n "$analysis" ]; then echo; echo "$analysis"; fi
  } >bench/RESULTS.md.new
  mv bench/RESULTS.md.new bench/RESULTS.md
  echo "[bench] wrote bench/RESULTS.md" >&2
fi
