//! Hand-built figures shared by the test binaries that judge and group figures
//! without the extraction engine (`alignment.rs`, `verdicts.rs`).

use fact_compare::{Dimension, Mention};

/// An unhedged figure: `text` at bytes `start..end` of `source`'s text, in the sentence
/// at bytes `sentence`, with the point value `v` (no UTF-16 offsets, no qualifiers).
#[allow(clippy::too_many_arguments)]
pub fn point(
    id: String,
    source: &str,
    text: &str,
    (start, end): (usize, usize),
    sentence: (usize, usize),
    dimension: Dimension,
    unit: &str,
    v: f64,
) -> Mention {
    Mention {
        id,
        source: source.to_string(),
        text: text.to_string(),
        start,
        end,
        start_utf16: 0,
        end_utf16: 0,
        dimension,
        unit: unit.to_string(),
        value: Some(v),
        low: Some(v),
        high: Some(v),
        low_open: false,
        high_open: false,
        hedge: None,
        hedge_kind: "exact".to_string(),
        subject: String::new(),
        qualifiers: Vec::new(),
        sentence_start: sentence.0,
        sentence_end: sentence.1,
        sentence_start_utf16: 0,
        sentence_end_utf16: 0,
        derived: None,
        frame: Default::default(),
    }
}
