//! One source: any UTF-8 text through `extract` and `compare`; every invariant of
//! tests/invariants must hold (spans are slices, UTF-16 offsets agree, intervals hold
//! their value, same input gives the same Report) and nothing may panic.
#![no_main]

use fact_compare::Source;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sources = [Source::new("a", text)];
    if let Err(e) = invariants::run_all(&sources) {
        panic!("{e}\ninput: {text:?}");
    }
});
