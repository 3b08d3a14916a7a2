//! Inputs that once broke an invariant (found by the fuzzer, the property tests or the
//! hostile table), replayed forever. Each file in tests/regressions/cases/ is one input
//! in the fuzz targets' format: UTF-8 text, split at U+001E (record separator) into
//! sources `s0`, `s1`, ...; a first line `date:YYYY-MM-DD` gives each source that date.
//! Every invariant of tests/invariants must hold, in bounded time.
//!
//! To add a case: copy the fuzzer's artifact (or write the input) into
//! tests/regressions/cases/NAME.txt, named after what broke.

#[path = "../invariants/mod.rs"]
mod invariants;

use fact_compare::Source;
use std::time::{Duration, Instant};

/// The sources of one case file, as the `compare` fuzz target reads them.
fn sources(text: &str) -> Vec<Source> {
    let (date, body) = match text.strip_prefix("date:") {
        Some(rest) => match rest.split_once('\n') {
            Some((d, body)) => (Some(d.trim().to_string()), body),
            None => (None, text),
        },
        None => (None, text),
    };
    body.split('\u{1e}')
        .take(64)
        .enumerate()
        .map(|(i, t)| Source {
            date: date.clone(),
            ..Source::new(format!("s{i}"), t)
        })
        .collect()
}

#[test]
fn every_recorded_crash_input_now_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/regressions/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no regression cases in {dir:?}");
    let bound = Duration::from_secs(if cfg!(debug_assertions) { 30 } else { 2 });
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // the fuzz targets ignore input that is not UTF-8
        };
        let start = Instant::now();
        let outcome = std::panic::catch_unwind(|| invariants::run_all(&sources(&text)));
        let took = start.elapsed();
        println!("{name}: {took:?}");
        match outcome {
            Err(_) => failures.push(format!("{name}: panicked")),
            Ok(Err(e)) => failures.push(format!("{name}: {e}")),
            Ok(Ok(_)) if took > bound => failures.push(format!("{name}: took {took:?}")),
            Ok(Ok(_)) => {}
        }
    }
    assert!(failures.is_empty(), "regressions:\n{}", failures.join("\n"));
}
