//! Hedges: the words that turn a figure into an interval ("nearly", "up to", "or more").
//! The wording lives in [`crate::lexicon::hedges`]; the intervals in [`crate::normalize`].

use super::scan::{
    longest_at, longest_before_indexed, match_at, match_before, skip_space, skip_space_back,
    RowIndex,
};
use crate::lexicon::hedges::{
    AFTER, BEFORE, BEFORE_ARTICLE, MARK_WORDS, PASSING, SPAN_ADJECTIVES, SPAN_DETERMINERS,
};
use std::sync::OnceLock;

/// The class of a hedge (DESIGN.md, "Hedges").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HedgeKind {
    /// No hedge: [v, v].
    Exact,
    /// about, around, roughly: [a·v, b·v].
    Approx,
    /// nearly, almost: [n·v, v).
    Nearly,
    /// more than, over: (v, ∞).
    MoreThan,
    /// at least: [v, ∞).
    AtLeast,
    /// less than, under: [0, v).
    LessThan,
    /// up to, as many as: [0, v].
    UpTo,
    /// between a and b: [a, b].
    Range,
    /// tens of thousands: [2·10^k, 10^(k+1)).
    Vague,
}

impl HedgeKind {
    /// The name used in JSON (`hedge_kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            HedgeKind::Exact => "exact",
            HedgeKind::Approx => "approx",
            HedgeKind::Nearly => "nearly",
            HedgeKind::MoreThan => "more_than",
            HedgeKind::AtLeast => "at_least",
            HedgeKind::LessThan => "less_than",
            HedgeKind::UpTo => "up_to",
            HedgeKind::Range => "range",
            HedgeKind::Vague => "vague",
        }
    }
}

/// A hedge found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hedge {
    /// Its class.
    pub kind: HedgeKind,
    /// Byte offset of the hedge words.
    pub start: usize,
    /// Byte offset one past them.
    pub end: usize,
}

/// The hedge written directly before byte `start` (spaces allowed between), if any.
pub fn before(text: &str, start: usize) -> Option<Hedge> {
    let end = skip_space_back(text, start);
    // (issue 13: only the rows that may end at the byte there are tried)
    static BACK: OnceLock<RowIndex> = OnceLock::new();
    let back = BACK.get_or_init(|| RowIndex::new_back(BEFORE.iter().map(|e| e.0)));
    let (s, &(w, kind)) = longest_before_indexed(text, end, BEFORE, back, |e| (e.0, false))?;
    if PASSING.contains(&w) && tally_follows(text, start) {
        return None;
    }
    if SPAN_ADJECTIVES.contains(&w) {
        let p = skip_space_back(text, s);
        if p < s
            && SPAN_DETERMINERS
                .iter()
                .any(|d| match_before(text, p, d, false).is_some())
        {
            return None;
        }
    }
    Some(Hedge {
        kind,
        start: s,
        end,
    })
}

/// Whether the figure starting at `start` is the first of a vote tally: "218-214",
/// "218 to 214".
fn tally_follows(text: &str, start: usize) -> bool {
    let digits_end = text[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .map_or(text.len(), |k| start + k);
    let rest = &text[digits_end..];
    let rest = rest
        .strip_prefix(['-', '–'])
        .or_else(|| rest.strip_prefix(" to "))
        .unwrap_or("");
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// A hedge separated from the figure `start..end` by an article: before "the" when a
/// mark word follows the figure ("neared the $1 billion mark"), or an approximating
/// hedge before "a"/"an" when the figure is a share or a sum ("about a 9 percent
/// stake", "roughly a $5 billion deal"; not "a story about a 10-year-old").
pub fn before_article(text: &str, start: usize, end: usize, share_or_sum: bool) -> Option<Hedge> {
    let p = skip_space_back(text, start);
    if p == start {
        return None;
    }
    // the cheap tests first: this runs for every figure without a hedge
    let article = if let Some(s) = match_before(text, p, "the", false) {
        let w = skip_space(text, end);
        MARK_WORDS
            .iter()
            .any(|m| match_at(text, w, m, false).is_some())
            .then_some(s)
    } else if share_or_sum {
        match_before(text, p, "a", false).or_else(|| match_before(text, p, "an", false))
    } else {
        None
    }?;
    let h = before(text, article)?;
    let the = text[article..].starts_with(['t', 'T']);
    let approx = || {
        h.kind == HedgeKind::Approx
            && BEFORE_ARTICLE
                .iter()
                .any(|w| match_at(text, h.start, w, false) == Some(h.end))
    };
    (the || approx()).then_some(h)
}

/// The hedge written directly after byte `end` ("or more", "-plus", "+"), if any.
pub fn after(text: &str, end: usize) -> Option<Hedge> {
    // "+" and "-plus" attach to the number; words follow a space.
    // A sign that starts another number is no hedge: "104 +11" in a results table.
    let worded = |w: &str| w.as_bytes()[0].is_ascii_alphabetic();
    for (p, kind) in AFTER.iter().filter(|e| !worded(e.0)) {
        if let Some(e) = match_at(text, end, p, false) {
            if text[e..].starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            return Some(Hedge {
                kind: *kind,
                start: end,
                end: e,
            });
        }
    }
    let s = skip_space(text, end);
    let (e, &(w, kind)) = longest_at(text, s, AFTER, |e| (e.0, false))?;
    if !worded(w) {
        return None;
    }
    Some(Hedge {
        kind,
        start: s,
        end: e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_before_and_after() {
        let t = "At least 14 died";
        assert_eq!(
            before(t, 9).map(|h| (h.kind, h.start)),
            Some((HedgeKind::AtLeast, 0))
        );
        let t = "the nearly four-year war";
        assert_eq!(before(t, 11).map(|h| h.kind), Some(HedgeKind::Nearly));
        assert_eq!(before("Rover 5", 6), None);
        // "past" after a determiner is a span of time, not a hedge
        assert_eq!(before("over the past 90 days", 14), None);
        let t = "the toll climbed past 1,200";
        assert_eq!(before(t, 22).map(|h| h.kind), Some(HedgeKind::MoreThan));
        assert_eq!(
            after("300 or more people", 3).map(|h| h.kind),
            Some(HedgeKind::AtLeast)
        );
        assert_eq!(
            after("300+ people", 3).map(|h| (h.kind, h.end)),
            Some((HedgeKind::AtLeast, 4))
        );
        // a sign that starts the next figure of a table row
        assert_eq!(after("104    +11", 3), None);
        assert_eq!(after("104+11", 3), None);
        assert_eq!(after("104 + people", 3), None);
    }
}
