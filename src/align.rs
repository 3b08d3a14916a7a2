//! Align: group mentions that measure the same thing across sources.
//! (First slice: every mention is its own single-source group; issue 4.)

use crate::options::Options;
use crate::report::{Group, Mention, Source};
use crate::verdict::judge;

/// Group mentions across sources.
pub fn groups(_sources: &[Source], mentions: &[Mention], options: &Options) -> Vec<Group> {
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let j = judge(&[m], options);
            Group {
                id: format!("g{}", i + 1),
                label: m.text.clone(),
                dimension: m.dimension,
                unit: m.unit.clone(),
                verdict: j.verdict,
                spread: j.spread,
                explanation: j.explanation,
                tied_by: Vec::new(),
                mentions: vec![m.id.clone()],
            }
        })
        .collect()
}
