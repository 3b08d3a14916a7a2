//! Multiples and ranks: `ratio` figures ("double the crowd", "twice as many", "three
//! times larger", "more than trebling his wage", "an eightfold increase") and `rank`
//! figures ("the second-highest", "the fourth-largest", "the third election since
//! 2015"). The words live in [`crate::lexicon::ratios`].
//!
//! A multiple's value is its factor (unit `ratio`), so that "three times" meets
//! "twice" in one row; its hedge is read like any other ("more than double" is (2,
//! unbounded)). A rank's value is its place (unit `rank`). An ordinal that only orders
//! events ("the first face-to-face meeting", "the second round") is no rank.

use super::hedge::{self, HedgeKind};
use super::scan::{char_at, match_at, match_before, skip_space, skip_space_back, word_at};
use super::Quantity;
use crate::lexicon::ratios::{
    MultipleKind, COMPARE_AFTER, MULTIPLES, NOT_SUPERLATIVE, RANK_SPAN_AFTER, RANK_SPAN_REACH,
    RECORD_REACH, RECORD_WORDS, SUPERLATIVES, TIMES_AFTER, VERB_IDIOM_AFTER,
};
use crate::lexicon::units::{self, AFTER};
use crate::lexicon::words::{YEAR_CLAIM_REACH, YEAR_CLAIM_VERBS};
use crate::numerals::{Form, Numeral};
use crate::report::Dimension;

/// A multiplier numeral ("double", "twice", "eightfold") as a `ratio` figure, where
/// it is a claim (see [`MultipleKind`]).
pub fn multiple(text: &str, n: &Numeral) -> Option<Quantity> {
    let (i, j) = (n.start, n.end);
    let w = &text[i..j];
    let &(_, factor, kind) = MULTIPLES.iter().find(|e| e.0.eq_ignore_ascii_case(w))?;
    // "double-digit", "twice-weekly": a compound, no comparison
    if char_at(text, j).is_some_and(|c| c == '-' || c == '\u{2011}') {
        return None;
    }
    let next = next_word(text, j);
    let claim = match kind {
        MultipleKind::Fold => true,
        MultipleKind::Verb => !next.is_some_and(|n| is_one_of(VERB_IDIOM_AFTER, n)),
        MultipleKind::Compare => {
            next.is_some_and(|n| is_one_of(COMPARE_AFTER, n))
                || hedge::before(text, i).is_some_and(|h| h.kind != HedgeKind::Exact)
        }
    };
    claim.then(|| ratio_quantity(i, j, factor))
}

/// After a count written `start..end`: the end of "times" or "-fold" when the count is a
/// multiple ("three times larger", "five times as many", "8-fold", "10fold").
pub fn times_after(text: &str, end: usize) -> Option<usize> {
    for fold in ["-fold", "fold", "\u{2011}fold"] {
        if let Some(e) = match_at(text, end, fold, false) {
            return Some(e);
        }
    }
    let s = skip_space(text, end);
    if s == end {
        return None;
    }
    let e = match_at(text, s, "times", false)?;
    let n = next_word(text, e)?;
    is_one_of(TIMES_AFTER, n).then_some(e)
}

/// An ordinal that is a rank: a superlative after it ("second-highest"; spaced, with a
/// record word after it: "the third most visited ever"),
/// or a span it counts over a few words on ("the third general election since 2015",
/// "the third election in five years"). `next` is the numeral after it, if any.
pub fn rank(text: &str, n: &Numeral, next: Option<&Numeral>) -> Option<Quantity> {
    if n.value < 2.0 || n.value > 1000.0 {
        return None;
    }
    let hyphen = char_at(text, n.end).is_some_and(|c| c == '-' || c == '\u{2011}');
    let s = if hyphen {
        n.end + 1
    } else {
        skip_space(text, n.end)
    };
    if let Some((ws, we)) = word_at(text, s).filter(|_| hyphen || s > n.end) {
        let w = &text[ws..we];
        let regular = w.len() >= 5
            && w.to_ascii_lowercase().ends_with("est")
            && (hyphen || !is_one_of(NOT_SUPERLATIVE, w));
        if (regular || is_one_of(SUPERLATIVES, w)) && (hyphen || record_follows(text, we)) {
            return Some(rank_quantity(
                n.start,
                if hyphen { we } else { n.end },
                n.value,
            ));
        }
    }
    let mut k = n.end;
    for _ in 0..=RANK_SPAN_REACH {
        let s = skip_space(text, k);
        let (ws, we) = word_at(text, s).filter(|(ws, _)| *ws > k)?;
        let w = &text[ws..we];
        if is_one_of(RANK_SPAN_AFTER, w) {
            return Some(rank_quantity(n.start, n.end, n.value));
        }
        if w.eq_ignore_ascii_case("in") {
            let span = next.filter(|m| m.start == skip_space(text, we) && m.form != Form::Vague);
            let unit = span.and_then(|m| {
                let u = skip_space(text, m.end);
                AFTER.iter().find(|r| {
                    r.1 == Dimension::Duration
                        && r.5 & units::TIGHT == 0
                        && match_at(text, u, r.0, false).is_some()
                })
            });
            return unit.map(|_| rank_quantity(n.start, n.end, n.value));
        }
        if !w.starts_with(|c: char| c.is_alphabetic()) {
            return None;
        }
        k = we;
    }
    None
}

/// Whether a record word ([`RECORD_WORDS`]) follows within [`RECORD_REACH`] words of
/// byte `end`, on its clause (a comma or stop ends the search).
fn record_follows(text: &str, mut end: usize) -> bool {
    for _ in 0..RECORD_REACH {
        let s = skip_space(text, end);
        let Some((ws, we)) = word_at(text, s).filter(|(ws, _)| *ws > end || s == end) else {
            return false;
        };
        if is_one_of(RECORD_WORDS, &text[ws..we]) {
            return true;
        }
        end = we;
    }
    false
}

/// A year that is what its sentence claims: "in 2006" after a verb of
/// [`YEAR_CLAIM_VERBS`] on the same clause ("founded in 2006", "founded by Jack Dorsey,
/// Biz Stone and Evan Williams in 2006"). A year that only dates something stays a date.
pub fn claimed_year(text: &str, n: &Numeral) -> Option<Quantity> {
    let year_shaped = n.form == Form::Digits
        && n.value.fract() == 0.0
        && (1000.0..=2100.0).contains(&n.value)
        && n.end - n.start == 4;
    if !year_shaped {
        return None;
    }
    let p = skip_space_back(text, n.start);
    let in_start = match_before(text, p, "in", false)?;
    let mut k = in_start;
    for _ in 0..YEAR_CLAIM_REACH {
        let mut e = skip_space_back(text, k);
        if e == k {
            return None; // punctuation other than a comma ends the clause
        }
        if text[..e].ends_with(',') {
            e = skip_space_back(text, e - 1);
        }
        let s = text[..e]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
            .last()
            .map(|(i, _)| i)?;
        if is_one_of(YEAR_CLAIM_VERBS, &text[s..e]) {
            return Some(figure(n.start, n.end, n.value, Dimension::Year, "year"));
        }
        k = s;
    }
    None
}

/// The word after byte `end` (spaces skipped), if one follows.
fn next_word(text: &str, end: usize) -> Option<&str> {
    let s = skip_space(text, end);
    let (a, b) = word_at(text, s)?;
    Some(&text[a..b])
}

fn is_one_of(list: crate::lexicon::Words, w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn ratio_quantity(start: usize, end: usize, factor: f64) -> Quantity {
    figure(start, end, factor, Dimension::Ratio, "ratio")
}

fn rank_quantity(start: usize, end: usize, place: f64) -> Quantity {
    figure(start, end, place, Dimension::Rank, "rank")
}

fn figure(
    start: usize,
    end: usize,
    value: f64,
    dimension: Dimension,
    unit: &'static str,
) -> Quantity {
    Quantity {
        start,
        end,
        value,
        upper: None,
        vague: None,
        form: Form::Words,
        scale: 1.0,
        dimension,
        unit,
        factor: 1.0,
        offset: 0.0,
        has_unit: true,
        hedge: None,
        kind: HedgeKind::Exact,
    }
}
