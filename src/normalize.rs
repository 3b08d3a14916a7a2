//! Normalize: quantities to canonical values and intervals, as [`Mention`]s.

use crate::options::Options;
use crate::quantities::quantities;
use crate::report::Mention;
use crate::segment::sentences;

/// The mentions of one text (ids, source and UTF-16 offsets are set by the caller).
pub fn mentions(text: &str, _options: &Options) -> Vec<Mention> {
    let sents = sentences(text);
    quantities(text)
        .into_iter()
        .map(|q| {
            let v = q.numeral.value * q.factor;
            let s = sents
                .iter()
                .find(|s| s.start <= q.start && q.end <= s.end)
                .copied();
            let (ss, se) = s.map_or((q.start, q.end), |s| (s.start, s.end));
            Mention {
                id: String::new(),
                source: String::new(),
                text: text[q.start..q.end].to_string(),
                start: q.start,
                end: q.end,
                start_utf16: 0,
                end_utf16: 0,
                dimension: q.dimension,
                unit: q.unit.to_string(),
                value: Some(v),
                low: Some(v),
                high: Some(v),
                low_open: false,
                high_open: false,
                hedge: None,
                hedge_kind: "exact".into(),
                subject: String::new(),
                qualifiers: Vec::new(),
                sentence_start: ss,
                sentence_end: se,
                sentence_start_utf16: 0,
                sentence_end_utf16: 0,
                derived: None,
            }
        })
        .collect()
}
