//! Native benchmark (issue 7): extraction throughput, `compare` cost for 2/5/20/100
//! sources, one call on the whole corpus vs 200 calls on its parts, peak memory.
//! Std only; run through `scripts/bench.sh`, or directly:
//!
//! ```text
//! cargo run --release --example bench -- [--bytes N] [--corpus-out FILE] [--mem-only]
//!     [--compare-only N] [--parts-only N] [--dense-only N] [--prose-only N] [--no-dense]
//!     [--extract-only] [--long-only] [--batch-out FILE] DIR...
//! ```
//!
//! The corpus is every `*.txt` in the DIRs (sorted by name, joined by blank lines),
//! repeated whole until it reaches `--bytes` (default 4,000,000). MB = 10^6 bytes.
//! Every timed call checks its result (mention count > 0 and the same on every run),
//! so the optimizer cannot skip the work. Output lines starting `BENCH ` are
//! `key=value` figures that scripts/bench.sh collects.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use fact_compare::{compare, extract, Options, Source};

/// Sizes of the `compare` runs (number of sources of ~4 KB each).
const COMPARE_SOURCES: [usize; 4] = [2, 5, 20, 100];
/// Bytes per `compare` source (each source ends at the next line break after this).
const SOURCE_BYTES: usize = 4096;
/// Clusters, and articles per cluster, of the `fact-compare batch` input.
const BATCH_CLUSTERS: usize = 1000;
const BATCH_SOURCES: usize = 5;
/// Number of parts in the whole-vs-parts run.
const PARTS: usize = 200;
/// Keep repeating a measurement until this much time has passed (and 3 runs at least).
const MIN_TIME: Duration = Duration::from_millis(1500);
const MIN_RUNS: usize = 3;
const MAX_RUNS: usize = 200;

struct Args {
    bytes: usize,
    corpus_out: Option<String>,
    mem_only: bool,
    /// `--compare-only N`: one `compare` of N sources, nothing else (for profilers).
    compare_only: Option<usize>,
    /// `--parts-only N`: `extract` on the corpus cut in N parts, one call each (for
    /// profilers: compare with `--parts-only 1`).
    parts_only: Option<usize>,
    /// `--dense-only N`: one `compare` of N bytes of "1 1 1 ...", then its time and
    /// peak memory (run in its own process, so that the memory is its own).
    dense_only: Option<usize>,
    /// `--prose-only N`: one `compare` of the articles, each once, repeated whole as
    /// often as fits in N bytes (as the 16 MiB run of the long-text runs), then its time
    /// and peak memory (for profilers).
    prose_only: Option<usize>,
    /// `--long-only`: only the prose runs from one copy of the articles to 16 MiB (the
    /// cost per byte), nothing else.
    long_only: bool,
    /// `--no-dense`: skip the figure-dense and long-text runs.
    no_dense: bool,
    /// `--extract-only`: only the one-call extraction throughput, nothing else.
    extract_only: bool,
    /// `--batch-out FILE`: write `BATCH_CLUSTERS` clusters of `BATCH_SOURCES` articles
    /// as JSON Lines (the input of `fact-compare batch`) and exit.
    batch_out: Option<String>,
    dirs: Vec<String>,
}

fn main() {
    let args = parse_args();
    let articles = read_articles(&args.dirs);
    assert!(
        !articles.is_empty(),
        "no *.txt articles found in {:?}",
        args.dirs
    );
    let corpus = build_corpus(&articles, args.bytes);
    if let Some(path) = &args.corpus_out {
        std::fs::write(path, &corpus).expect("write corpus");
    }
    let options = Options::default();
    if let Some(path) = &args.batch_out {
        write_batch(&articles, path);
        return;
    }
    if let Some(n) = args.dense_only {
        dense_only(n, &options);
        return;
    }
    if args.long_only {
        bench_long(&articles, &options);
        return;
    }
    if let Some(n) = args.prose_only {
        prose_only(&articles, n, &options);
        return;
    }
    if let Some(n) = args.parts_only {
        let parts = split_at_lines(&corpus, n);
        let found: usize = parts
            .iter()
            .map(|p| extract_count("part", p, &options))
            .sum();
        assert!(found > 0, "no mention found");
        println!("extract in {} calls: {found} mentions", parts.len());
        return;
    }
    if let Some(n) = args.compare_only {
        let sources: Vec<Source> = chunks(&corpus, SOURCE_BYTES, n)
            .iter()
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{:03}", i + 1), *t))
            .collect();
        let r = compare(&sources, &options).expect("compare failed");
        assert!(!r.mentions.is_empty(), "compare found no mention");
        println!(
            "compare {} sources: {} mentions, {} groups",
            sources.len(),
            r.mentions.len(),
            r.groups.len()
        );
        return;
    }
    if args.mem_only {
        mem_only(&corpus, &options);
        return;
    }
    let article_bytes: usize = articles.iter().map(String::len).sum();
    println!(
        "corpus: {} articles ({} bytes) repeated to {} bytes ({:.2} MB)",
        articles.len(),
        article_bytes,
        corpus.len(),
        mb(corpus.len())
    );
    bench_extract(&corpus, &options, args.extract_only);
    if args.extract_only {
        return;
    }
    bench_compare(&corpus, &options);
    if !args.no_dense {
        bench_dense(&options);
        bench_long(&articles, &options);
    }
    println!(
        "BENCH native_peak_rss_kb={} (whole bench process)",
        peak_rss_kb()
    );
}

fn parse_args() -> Args {
    let mut args = Args {
        bytes: 4_000_000,
        corpus_out: None,
        mem_only: false,
        compare_only: None,
        parts_only: None,
        dense_only: None,
        prose_only: None,
        long_only: false,
        no_dense: false,
        extract_only: false,
        batch_out: None,
        dirs: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--bytes" => args.bytes = it.next().and_then(|v| v.parse().ok()).expect("--bytes N"),
            "--corpus-out" => args.corpus_out = Some(it.next().expect("--corpus-out FILE")),
            "--mem-only" => args.mem_only = true,
            "--parts-only" => {
                args.parts_only = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .expect("--parts-only N"),
                )
            }
            "--compare-only" => {
                args.compare_only = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .expect("--compare-only N"),
                )
            }
            "--prose-only" => {
                args.prose_only = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .expect("--prose-only N"),
                )
            }
            "--dense-only" => {
                args.dense_only = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .expect("--dense-only N"),
                )
            }
            "--no-dense" => args.no_dense = true,
            "--long-only" => args.long_only = true,
            "--extract-only" => args.extract_only = true,
            "--batch-out" => args.batch_out = Some(it.next().expect("--batch-out FILE")),
            "--bench" => {} // passed by `cargo bench`; ignored
            _ => args.dirs.push(a),
        }
    }
    if args.dirs.is_empty() {
        args.dirs.push("www/examples".into());
    }
    args
}

/// Every `*.txt` file in the directories that exist, sorted by path.
fn read_articles(dirs: &[String]) -> Vec<String> {
    let mut paths = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("bench: skipping {dir} (not found)");
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p: &std::path::PathBuf| std::fs::read_to_string(Path::new(p)).ok())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The articles joined by blank lines, repeated whole until `target` bytes.
fn build_corpus(articles: &[String], target: usize) -> String {
    let mut out = String::with_capacity(target + 16 * 1024);
    'fill: loop {
        for a in articles {
            out.push_str(a);
            out.push_str("\n\n");
            if out.len() >= target {
                break 'fill;
            }
        }
    }
    out
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Run `f` until MIN_TIME and MIN_RUNS are reached; the median time of one run.
fn measure(mut f: impl FnMut()) -> Duration {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < MIN_RUNS || (start.elapsed() < MIN_TIME && times.len() < MAX_RUNS) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// Mention count of one `extract` call on one source.
fn extract_count(id: &str, text: &str, options: &Options) -> usize {
    let sources = [Source::new(id, text)];
    let report = extract(black_box(&sources), options).expect("extract failed");
    black_box(report).mentions.len()
}

fn bench_extract(corpus: &str, options: &Options, whole_only: bool) {
    // One call on the whole corpus.
    let expected = extract_count("whole", corpus, options);
    assert!(expected > 0, "no mention found in the corpus");
    let whole = measure(|| {
        assert_eq!(extract_count("whole", corpus, options), expected);
    });
    let mbps = mb(corpus.len()) / whole.as_secs_f64();
    println!(
        "extract, one call on {:.2} MB: {:.1} ms, {} mentions, {:.1} MB/s",
        mb(corpus.len()),
        ms(whole),
        expected,
        mbps
    );
    println!("BENCH native_extract_mb_s={mbps:.2}");
    println!("BENCH native_extract_mentions={expected}");
    if whole_only {
        return;
    }

    // The same text in PARTS calls.
    let parts = split_at_lines(corpus, PARTS);
    let counts: Vec<usize> = parts
        .iter()
        .map(|p| extract_count("part", p, options))
        .collect();
    assert!(
        counts.iter().sum::<usize>() > 0,
        "no mention found in the parts"
    );
    let parts_time = measure(|| {
        for (p, n) in parts.iter().zip(&counts) {
            assert_eq!(extract_count("part", p, options), *n);
        }
    });
    let parts_mbps = mb(corpus.len()) / parts_time.as_secs_f64();
    let ratio = whole.as_secs_f64() / parts_time.as_secs_f64();
    println!(
        "extract, {} calls on parts of ~{} KB: {:.1} ms in all, {} mentions, {:.1} MB/s",
        parts.len(),
        corpus.len() / parts.len() / 1000,
        ms(parts_time),
        counts.iter().sum::<usize>(),
        parts_mbps
    );
    println!(
        "whole vs parts: per-byte cost of one call / of {} calls = {:.2}x (target within 1.3x)",
        parts.len(),
        ratio
    );
    println!("BENCH native_parts_mb_s={parts_mbps:.2}");
    println!("BENCH native_whole_vs_parts={ratio:.3}");
}

fn bench_compare(corpus: &str, options: &Options) {
    let max = *COMPARE_SOURCES.iter().max().unwrap_or(&1);
    let chunks = chunks(corpus, SOURCE_BYTES, max);
    let mut prev: Option<(usize, f64)> = None;
    for &n in &COMPARE_SOURCES {
        let sources: Vec<Source> = chunks
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, t)| Source::new(format!("s{:03}", i + 1), *t))
            .collect();
        let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
        let check = compare(&sources, options).expect("compare failed");
        let (mentions, groups) = (check.mentions.len(), check.groups.len());
        assert!(mentions > 0, "compare found no mention");
        let t = measure(|| {
            let r = compare(black_box(&sources), options).expect("compare failed");
            let r = black_box(r);
            assert_eq!((r.mentions.len(), r.groups.len()), (mentions, groups));
        });
        // The extraction share, to tell alignment cost apart.
        let te = measure(|| {
            let r = extract(black_box(&sources), options).expect("extract failed");
            // compare drops derived figures that meet no stated one: extract has them all.
            assert!(black_box(r).mentions.len() >= mentions);
        });
        let per_kb = ms(t) / (bytes as f64 / 1000.0);
        // Growth against the previous size: near-linear means both factors are close.
        let growth = match prev {
            None => String::new(),
            Some((b0, t0)) => format!(
                "; vs the previous row: {:.1}x the text, {:.1}x the time",
                bytes as f64 / b0 as f64,
                ms(t) / t0
            ),
        };
        prev = Some((bytes, ms(t)));
        println!(
            "compare {n:>3} sources, {:>6} bytes: {:8.2} ms (extract {:.2} ms, align+verdict {:.2} ms), {} mentions, {} groups, {:.3} ms/KB{growth}",
            bytes,
            ms(t),
            ms(te),
            (ms(t) - ms(te)).max(0.0),
            mentions,
            groups,
            per_kb
        );
        println!(
            "BENCH native_compare_{n}_ms={:.3} native_compare_{n}_bytes={bytes} native_compare_{n}_align_ms={:.3}",
            ms(t),
            (ms(t) - ms(te)).max(0.0)
        );
    }
}

/// `--mem-only`: one `extract` on the whole corpus, then the peak resident set size.
fn mem_only(corpus: &str, options: &Options) {
    let before = peak_rss_kb();
    let n = extract_count("whole", corpus, options);
    let after = peak_rss_kb();
    println!(
        "peak memory, one extract on {:.2} MB ({n} mentions): max RSS {} KB (corpus loaded: {} KB)",
        mb(corpus.len()),
        after,
        before
    );
    println!("BENCH native_mem_rss_kb={after} native_mem_base_kb={before}");
}

/// `--batch-out FILE`: cluster k is articles k, k+1, ... (mod the article count).
fn write_batch(articles: &[String], path: &str) {
    let mut out = String::new();
    for k in 0..BATCH_CLUSTERS {
        let sources: Vec<Source> = (0..BATCH_SOURCES)
            .map(|j| {
                let text = &articles[(k + j) % articles.len()];
                Source::new(format!("s{j}"), text.as_str())
            })
            .collect();
        let line = serde_json::json!({ "id": format!("c{k}"), "sources": sources });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, &out).expect("write the batch input");
    println!(
        "batch input: {BATCH_CLUSTERS} clusters of {BATCH_SOURCES} articles, {} bytes, in {path}",
        out.len()
    );
}

/// `n` bytes of "1 1 1 ...": a figure every two bytes, in one sentence with no stop.
fn ones(n: usize) -> String {
    "1 ".repeat(n / 2)
}

/// One timed `compare` of one source (the first run: these inputs are slow to repeat).
fn time_compare(text: &str, options: &Options) -> (Duration, usize) {
    let sources = [Source::new("a", text)];
    let t = Instant::now();
    let r = compare(black_box(&sources), options).expect("compare failed");
    (t.elapsed(), black_box(r).mentions.len())
}

/// Figure-dense text: "1 1 1 ..." at 64 KB, 256 KB and 1 MB, one `compare` each.
fn bench_dense(options: &Options) {
    let mut first: Option<f64> = None;
    for n in [64_000, 256_000, 1_000_000] {
        let (t, mentions) = time_compare(&ones(n), options);
        let per_byte = t.as_secs_f64() / n as f64;
        let growth = first.map_or(String::new(), |f| {
            format!("; per byte {:.2}x the 64 KB run", per_byte / f)
        });
        first.get_or_insert(per_byte);
        println!(
            "compare \"1 1 1 ...\", {} KB: {:.1} ms, {mentions} mentions{growth}",
            n / 1000,
            ms(t)
        );
        println!("BENCH native_dense_{}k_ms={:.1}", n / 1000, ms(t));
    }
}

/// Prose in one call at sizes from one copy of the articles (~20 KB) to 16 MiB (the
/// input limit), each a whole number of copies so that every size has the same mix of
/// text: the cost per byte should stay flat.
fn bench_long(articles: &[String], options: &Options) {
    // exactly one copy of every article
    let one: String = articles.iter().map(|a| format!("{a}\n\n")).collect();
    let copies = [1, 8, 64, 16 * 1024 * 1024 / one.len()];
    let mut costs = Vec::new();
    let mut last_ms = 0.0;
    for k in copies {
        let text = one.repeat(k);
        let (t, mentions) = if k < 64 {
            let mut count = 0;
            let t = measure(|| count = time_compare(&text, options).1);
            (t, count)
        } else {
            time_compare(&text, options)
        };
        let ns = t.as_secs_f64() * 1e9 / text.len() as f64;
        costs.push(ns);
        last_ms = ms(t);
        println!(
            "compare prose, one call on {} bytes ({k} copies of the articles): {:.1} ms, {mentions} mentions, {ns:.1} ns/byte",
            text.len(),
            ms(t)
        );
    }
    let max = costs.iter().cloned().fold(f64::MIN, f64::max);
    let min = costs.iter().cloned().fold(f64::MAX, f64::min);
    println!(
        "cost per byte from {} KB to 16 MiB: max / min = {:.2}x (target within 1.3x)",
        one.len() / 1000,
        max / min
    );
    println!(
        "BENCH native_prose_16mib_ms={last_ms:.1} native_per_byte_spread={:.3}",
        max / min
    );
}

/// `--prose-only N`: one `compare` of the articles repeated as often as fits in N bytes
/// (as in [`bench_long`]), its time and peak memory.
fn prose_only(articles: &[String], n: usize, options: &Options) {
    let one: String = articles.iter().map(|a| format!("{a}\n\n")).collect();
    let text = one.repeat((n / one.len()).max(1));
    let before = peak_rss_kb();
    let (t, mentions) = time_compare(&text, options);
    let after = peak_rss_kb();
    let ratio = (after.saturating_sub(before) * 1024) as f64 / text.len() as f64;
    println!(
        "compare prose, {} bytes: {:.1} ms, {mentions} mentions, peak RSS {after} KB ({before} KB before: {ratio:.1}x the input)",
        text.len(),
        ms(t)
    );
}

/// `--dense-only N`: one `compare` of N bytes of "1 1 1 ...", its time and peak memory.
fn dense_only(n: usize, options: &Options) {
    let text = ones(n);
    let before = peak_rss_kb();
    let sources = [Source::new("a", text)];
    let start = Instant::now();
    let r = compare(black_box(&sources), options).expect("compare failed");
    let t = start.elapsed();
    let mentions = black_box(&r).mentions.len();
    let after = peak_rss_kb();
    let report = report_bytes(&r);
    drop(r);
    let ratio = (after.saturating_sub(before) * 1024) as f64 / n as f64;
    println!(
        "compare \"1 1 1 ...\", {n} bytes: {:.1} ms, {mentions} mentions, peak RSS {after} KB ({before} KB before: {ratio:.1}x the input)",
        ms(t)
    );
    println!(
        "  the Report itself: {} KB of data ({:.1}x the input, {} bytes a mention; heap block overheads not counted)",
        report / 1024,
        report as f64 / n as f64,
        report / mentions.max(1)
    );
    println!("BENCH native_dense_mem_ratio={ratio:.2}");
}

/// The bytes a Report's data takes: its structs (by the capacity of each vector) and
/// the heap bytes of each string and vector in them (what is asked of the allocator,
/// without its per-block overhead).
fn report_bytes(r: &fact_compare::Report) -> usize {
    use fact_compare::{Group, Mention, Qualifier};
    use std::mem::size_of;
    let s = |x: &String| x.capacity();
    let o = |x: &Option<String>| x.as_ref().map_or(0, String::capacity);
    let v = |x: &Vec<String>| x.capacity() * size_of::<String>() + x.iter().map(s).sum::<usize>();
    let mention = |m: &Mention| {
        s(&m.id)
            + s(&m.source)
            + s(&m.text)
            + s(&m.unit)
            + o(&m.hedge)
            + s(&m.hedge_kind)
            + s(&m.subject)
            + m.qualifiers.capacity() * size_of::<Qualifier>()
            + m.qualifiers.iter().map(|q| s(&q.text)).sum::<usize>()
            + o(&m.derived)
            + o(&m.frame.measured)
            + o(&m.frame.predicate)
            + v(&m.frame.entities)
            + o(&m.frame.event)
    };
    let group = |g: &Group| {
        s(&g.id)
            + s(&g.label)
            + s(&g.unit)
            + s(&g.explanation)
            + v(&g.tied_by)
            + v(&g.mentions)
            + g.facets.capacity() * size_of::<fact_compare::Facet>()
            + g.facets
                .iter()
                .map(|f| s(&f.label) + v(&f.mentions))
                .sum::<usize>()
    };
    r.mentions.capacity() * size_of::<Mention>()
        + r.mentions.iter().map(mention).sum::<usize>()
        + r.groups.capacity() * size_of::<Group>()
        + r.groups.iter().map(group).sum::<usize>()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `text` cut into `n` consecutive parts of about equal size, each ending after a line
/// break (or at the end); together they are exactly `text`.
fn split_at_lines(text: &str, n: usize) -> Vec<&str> {
    let mut parts = Vec::with_capacity(n);
    let mut start = 0;
    for i in 1..n {
        let target = ceil_boundary(text, (text.len() * i / n).max(start));
        let Some(off) = text[target..].find('\n') else {
            break;
        };
        let end = target + off + 1;
        if end > start && end < text.len() {
            parts.push(&text[start..end]);
            start = end;
        }
    }
    parts.push(&text[start..]);
    parts.retain(|p| !p.trim().is_empty());
    parts
}

/// Up to `count` consecutive pieces of at least `size` bytes, each ending at a line
/// break and none empty.
fn chunks(text: &str, size: usize, count: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(count);
    let mut start = 0;
    while out.len() < count && start < text.len() {
        let target = ceil_boundary(text, start + size);
        let end = text[target..]
            .find('\n')
            .map_or(text.len(), |o| target + o + 1);
        let piece = &text[start..end];
        if !piece.trim().is_empty() {
            out.push(piece);
        }
        start = end;
    }
    out
}

/// The first char boundary at or after `i` (at most `text.len()`).
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Peak resident set size of this process in KB (Linux `VmHWM`; 0 elsewhere).
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}
