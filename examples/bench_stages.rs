//! Per-stage extraction cost (issue 13): the time of each stage of the per-source
//! pipeline on one text, cumulative (each row runs the stages before it too).
//!
//! ```text
//! cargo run --release --example bench_stages -- [--bytes N] [--only NAME] DIR...
//! ```
//!
//! `--only NAME` times only the rows whose name starts with NAME (for profilers);
//! `--runs N` runs each row exactly N times (for a whole-process timer's CPU figures).
//!
//! The corpus is built as in `examples/bench.rs`: every `*.txt` of the DIRs, joined by
//! blank lines and repeated to `--bytes` (default 4,000,000). MB = 10^6 bytes.

use std::hint::black_box;
use std::time::{Duration, Instant};

use fact_compare::{extract, numerals, quantities, segment, Options, Source};

fn main() {
    let mut bytes = 4_000_000usize;
    let mut dirs = Vec::new();
    let mut only = String::new();
    let mut runs = 0usize;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--bytes" => bytes = it.next().and_then(|v| v.parse().ok()).expect("--bytes N"),
            "--only" => only = it.next().expect("--only NAME"),
            "--runs" => runs = it.next().and_then(|v| v.parse().ok()).expect("--runs N"),
            "--bench" => {}
            _ => dirs.push(a),
        }
    }
    let mut articles = Vec::new();
    for d in &dirs {
        let mut paths: Vec<_> = std::fs::read_dir(d)
            .expect("read dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            articles.push(std::fs::read_to_string(p).expect("read"));
        }
    }
    assert!(!articles.is_empty(), "no *.txt in {dirs:?}");
    let mut corpus = String::new();
    while corpus.len() < bytes {
        for a in &articles {
            corpus.push_str(a);
            corpus.push_str("\n\n");
        }
    }
    let text = corpus.as_str();
    let options = Options::default();
    let sources = [Source::new("whole", text)];
    println!("{} bytes ({:.2} MB)", text.len(), text.len() as f64 / 1e6);
    let row = |name: &str, text: &str, f: &mut dyn FnMut() -> usize| {
        if name.starts_with(only.as_str()) {
            row(name, text, runs, f);
        }
    };
    row("segment::tokens", text, &mut || segment::tokens(text).len());
    row("segment::sentences", text, &mut || {
        segment::sentences(text).len()
    });
    row("segment::TokenStream", text, &mut || {
        segment::TokenStream::new(text).tokens.len()
    });
    row("numerals", text, &mut || numerals::numerals(text).len());
    row("quantities", text, &mut || {
        quantities::quantities(text).len()
    });
    row("normalize::mentions", text, &mut || {
        fact_compare::normalize::mentions(text, &options).len()
    });
    row("extract (with frames)", text, &mut || {
        extract(&sources, &options).expect("extract").mentions.len()
    });
}

/// Time `f` (the best of several runs) and print its throughput.
/// (`exact`: that many runs; 0: at least 3, for about a second.)
fn row(name: &str, text: &str, exact: usize, f: &mut dyn FnMut() -> usize) {
    let n = black_box(f());
    let mut best = Duration::MAX;
    let start = Instant::now();
    let mut runs = 0;
    let more = |runs: usize| match exact {
        0 => runs < 3 || (start.elapsed() < Duration::from_millis(1000) && runs < 50),
        n => runs < n,
    };
    while more(runs) {
        let t = Instant::now();
        assert_eq!(black_box(f()), n);
        best = best.min(t.elapsed());
        runs += 1;
    }
    let mbps = text.len() as f64 / 1e6 / best.as_secs_f64();
    println!(
        "{name:<24} {:>9.1} ms {mbps:>8.1} MB/s  ({n} items)",
        best.as_secs_f64() * 1e3
    );
}
