//! Verdict: how the figures of one group relate. (First slice; issue 4.)

use crate::options::Options;
use crate::report::{Mention, Verdict};

/// A group's judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// max stated / min stated - 1.
    pub spread: f64,
    /// One line a reader can check.
    pub explanation: String,
}

/// Judge a group of mentions.
pub fn judge(members: &[&Mention], _options: &Options) -> Judgement {
    let sources: std::collections::BTreeSet<&str> =
        members.iter().map(|m| m.source.as_str()).collect();
    if sources.len() < 2 {
        return Judgement {
            verdict: Verdict::Single,
            spread: 0.0,
            explanation: format!(
                "Only {} gives this figure.",
                members.first().map_or("one source", |m| m.source.as_str())
            ),
        };
    }
    Judgement {
        verdict: Verdict::Agree,
        spread: 0.0,
        explanation: String::new(),
    }
}
