//! Several sources: the input is split at U+001E (record separator) into sources, which
//! go through `compare` (alignment, verdicts) and `extract`; every invariant of
//! tests/invariants must hold and nothing may panic. A first line starting with
//! "date:" gives every source that publication date (exercises derived figures).
#![no_main]

use fact_compare::Source;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (date, body) = match text.strip_prefix("date:") {
        Some(rest) => match rest.split_once('\n') {
            Some((d, body)) => (Some(d.trim().to_string()), body),
            None => (None, text),
        },
        None => (None, text),
    };
    let sources: Vec<Source> = body
        .split('\u{1e}')
        .take(64)
        .enumerate()
        .map(|(i, t)| Source {
            date: date.clone(),
            ..Source::new(format!("s{i}"), t)
        })
        .collect();
    if let Err(e) = invariants::run_all(&sources) {
        panic!("{e}\ninput: {sources:?}");
    }
});
