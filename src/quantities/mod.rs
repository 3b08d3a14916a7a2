//! Quantities: a number with its unit, its hedge, and (for ranges) its second number.
//!
//! The accepted surface, in order of reading:
//!
//! ```text
//! [hedge] [currency sign | prefix word] NUMBER [scale] [unit | currency name] [hedge]
//! [between | from] QUANTITY (and | to | - | – | or) QUANTITY
//! ```
//!
//! - hedges: [`crate::lexicon::hedges`] ("nearly", "up to", "at least", "or more");
//! - currency signs, codes and names: [`crate::lexicon::money`] ("$", "US$", "EUR",
//!   "euros"); amounts keep their currency (ISO 4217), never converted;
//! - units: [`crate::lexicon::units`], converted to SI ("km", "miles", "°F", "-year");
//! - a fraction below one with no unit is a share of a whole ("one-fifth of the
//!   territory" = 0.2, dimension percent);
//! - a multiple ("double the crowd", "three times larger", "eightfold") is a `ratio`
//!   and an ordinal before a superlative ("the second-highest") a `rank`: [`ratio`];
//! - anything else is a count; the counted noun is not part of the span (it becomes
//!   the mention's subject).
//!
//! Only numerals with [`Role::Quantity`] are read. Counts written "one" (or "a"), and
//! "two" with no casualty word near it ("the two leaders"), are descriptive, not
//! reported figures, unless hedged: they are left out.

mod article;
mod carry;
mod compound;
pub mod hedge;
pub mod range;
pub mod ratio;
pub mod scan;
mod table;
pub mod unit;
mod zero;

use crate::lexicon::words::{
    PERIOD_EDGES, PERIOD_ENDS, REFERRING_NOUNS, SAME_PERIOD, SAYING, STAGE_BEFORE, STOPWORDS,
    TOLL_WORDS,
};
use crate::numerals::{numerals, Form, Role};
use crate::report::Dimension;
use hedge::{Hedge, HedgeKind};

/// A number with its unit and hedge, before normalization.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte offset of the whole phrase (hedge and currency sign included).
    pub start: usize,
    /// Byte offset one past the phrase (unit and trailing hedge included).
    pub end: usize,
    /// The stated value in the written unit (the low end of a range).
    pub value: f64,
    /// The high end of a range, in the written unit.
    pub upper: Option<f64>,
    /// For a vague magnitude: the interval [low, high) from the numeral reader.
    pub vague: Option<(f64, f64)>,
    /// How the (first) number was written.
    pub form: Form,
    /// Scale applied to the value (1e9 for "billion").
    pub scale: f64,
    /// What is measured.
    pub dimension: Dimension,
    /// Canonical unit.
    pub unit: &'static str,
    /// Written unit to canonical: `value × factor + offset`.
    pub factor: f64,
    /// See `factor`.
    pub offset: f64,
    /// Whether a unit, sign or code was written.
    pub has_unit: bool,
    /// The hedge as written, if any (for a range: its opening word).
    pub hedge: Option<Hedge>,
    /// The hedge class.
    pub kind: HedgeKind,
}

/// Every quantity in a text, in order, non-overlapping.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let all = numerals(text);
    let mut qs = Vec::new();
    // The first numeral after the current one that is not glued to a word: a cursor
    // that only moves on (issue 13: searched anew for each figure, "GBP5 GBP5 ..."
    // took time quadratic in its length).
    let glued = |m: &crate::numerals::Numeral| {
        scan::char_before(text, m.start).is_some_and(char::is_alphabetic)
    };
    let mut free = 0;
    for (i, n) in all.iter().enumerate() {
        if qs.last().is_some_and(|q: &Quantity| n.start < q.end) {
            continue;
        }
        if n.role == Role::Date {
            qs.extend(ratio::claimed_year(text, n));
            continue;
        }
        if n.role == Role::Ordinal {
            qs.extend(ratio::rank(text, n, all.get(i + 1)));
            continue;
        }
        if n.form == Form::Multiple {
            if n.role == Role::Quantity {
                qs.extend(ratio::multiple(text, n));
            }
            continue;
        }
        if n.role != Role::Quantity {
            continue;
        }
        // a digit glued to a word ("km2") does not stop a unit
        free = free.max(i + 1);
        while all.get(free).is_some_and(glued) {
            free += 1;
        }
        let limit = all.get(free).map_or(text.len(), |m| m.start);
        let mut u = unit::attach(text, n, limit);
        if u.dimension == Dimension::Count && !u.has_unit {
            if unit::apposition_age(text, n) {
                u.dimension = Dimension::Duration;
                u.unit = "s";
                u.factor = crate::lexicon::units::YEAR;
                u.has_unit = true;
            } else if let Some(e) = ratio::times_after(text, u.end) {
                // "three times larger", "an 8-fold rise": a multiple
                u.end = e;
                u.dimension = Dimension::Ratio;
                u.unit = "ratio";
                u.has_unit = true;
            }
        }
        qs.push(Quantity {
            start: u.start,
            end: u.end,
            value: u.value,
            upper: None,
            vague: n.vague,
            form: n.form,
            scale: u.scale,
            dimension: u.dimension,
            unit: u.unit,
            factor: u.factor,
            offset: u.offset,
            has_unit: u.has_unit,
            hedge: None,
            kind: if n.form == Form::Vague {
                HedgeKind::Vague
            } else {
                HedgeKind::Exact
            },
        });
    }
    let mut qs = compound::merge(text, range::merge(text, qs));
    carry::carry(text, &mut qs);
    table::scale_notes(text, &mut qs);
    let mut extra = article::quantities(text);
    extra.extend(zero::quantities(text));
    if !extra.is_empty() {
        qs.extend(extra);
        crate::sort::sort_by_key(&mut qs, |q| q.start);
    }
    let mut prev_end = 0;
    for q in &mut qs {
        add_hedge(text, q);
        if q.start < prev_end {
            q.start = prev_end.min(q.end);
            q.hedge = q.hedge.filter(|h| h.start >= prev_end);
        }
        prev_end = q.end;
    }
    // a figure inside an earlier phrase ("a half" in "an hour and a half") is gone
    qs.retain(|q| q.start < q.end && is_claim(text, q));
    qs
}

fn add_hedge(text: &str, q: &mut Quantity) {
    if q.kind != HedgeKind::Exact {
        return;
    }
    let before = hedge::before(text, q.start);
    // "about 500 or more": the bound after the figure decides the interval
    if let Some(b) = before.filter(|b| b.kind == HedgeKind::Approx) {
        if let Some(a) = hedge::after(text, q.end)
            .filter(|a| matches!(a.kind, HedgeKind::AtLeast | HedgeKind::UpTo))
        {
            q.start = b.start;
            q.end = a.end;
            q.kind = a.kind;
            q.hedge = Some(a);
            return;
        }
    }
    let before = before.or_else(|| {
        hedge::before_article(
            text,
            q.start,
            q.end,
            matches!(q.dimension, Dimension::Percent | Dimension::Money),
        )
    });
    if let Some(h) = before {
        q.start = h.start;
        q.kind = h.kind;
        q.hedge = Some(h);
    } else if let Some(h) = hedge::after(text, q.end) {
        q.end = h.end;
        q.kind = h.kind;
        q.hedge = Some(h);
    }
}

/// Small counts in words ("one", "two") are claims when hedged, near a casualty word
/// ("two soldiers were killed", "one person is still missing"), or when they count a
/// noun that is not in [`REFERRING_NOUNS`] ("its two towers", "two league titles", "the
/// one seat Labour took", "shut one store"); descriptive otherwise ("the two leaders",
/// "one official said", "one local leader told"). "A"/"an" alone is never a count here.
fn is_claim(text: &str, q: &Quantity) -> bool {
    if names_a_period(text, q) || names_a_stage(text, q) {
        return false;
    }
    if q.dimension != Dimension::Count
        || q.has_unit
        || q.kind != HedgeKind::Exact
        || q.form != Form::Words
    {
        return true;
    }
    if q.value > 2.0 {
        return true;
    }
    if q.value == 0.0 {
        // "No arrests were made", "Zero deaths were reported"; not "zero tolerance"
        return zero::counts_a_toll(text, q.end);
    }
    let written = &text[q.start..q.end];
    if !(written.eq_ignore_ascii_case("one") || written.eq_ignore_ascii_case("two")) {
        return false;
    }
    near_toll_word(text, q.start, q.end) || counts_a_noun(text, q.end)
}

/// A span that names a period rather than claiming a length: "the final three months
/// of last year" ([`PERIOD_EDGES`] before, "of" after), "the same quarter one year ago"
/// ([`SAME_PERIOD`] a few words before, "ago" after), "the three months to September"
/// ("the" before, [`PERIOD_ENDS`] and a month after).
fn names_a_period(text: &str, q: &Quantity) -> bool {
    if q.dimension != Dimension::Duration || q.kind != HedgeKind::Exact {
        return false;
    }
    let after = scan::skip_space(text, q.end);
    let before: [&str; 3] = words_before(text, q.start);
    if before[0].eq_ignore_ascii_case("the") && ends_in_a_month(text, after) {
        return true;
    }
    let of = scan::match_at(text, after, "of", false).is_some();
    let ago = scan::match_at(text, after, "ago", false).is_some();
    if !of && !ago {
        return false;
    }
    let edge = is_listed(PERIOD_EDGES, before[0]);
    (edge && of) || (ago && before.iter().any(|w| is_listed(SAME_PERIOD, w)))
}

/// Whether the words at byte `at` are a [`PERIOD_ENDS`] word and a month: "to September".
fn ends_in_a_month(text: &str, at: usize) -> bool {
    let Some((s, e)) = scan::word_at(text, at) else {
        return false;
    };
    if !is_listed(PERIOD_ENDS, &text[s..e]) {
        return false;
    }
    let m = scan::skip_space(text, e);
    scan::word_at(text, m).is_some_and(|(a, b)| {
        crate::numerals::lexicon::MONTHS
            .iter()
            .any(|(name, _)| *name == &text[a..b])
    })
}

/// A count that names a stage of a contest: "the last eight of the Champions League",
/// "out in the last 16." ([`STAGE_BEFORE`] after "the", and no noun after it).
fn names_a_stage(text: &str, q: &Quantity) -> bool {
    if q.dimension != Dimension::Count || q.has_unit || q.kind != HedgeKind::Exact {
        return false;
    }
    let before: [&str; 2] = words_before(text, q.start);
    let staged = is_listed(STAGE_BEFORE, before[0]) && before[1].eq_ignore_ascii_case("the");
    if !staged {
        return false;
    }
    let after = scan::skip_space(text, q.end);
    let noun = scan::word_at(text, after)
        .filter(|_| after > q.end)
        .is_some_and(|(a, b)| !text[a..b].eq_ignore_ascii_case("of"));
    !noun
}

/// Up to `N` words before byte `start`, nearest first (`""` where there is none);
/// punctuation between two words ends the list.
fn words_before<const N: usize>(text: &str, start: usize) -> [&str; N] {
    let mut out = [""; N];
    let mut p = start;
    for slot in out.iter_mut() {
        let e = scan::skip_space_back(text, p);
        if e == p && p != start {
            break;
        }
        let s = text[..e]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i);
        let Some(s) = s else { break };
        *slot = &text[s..e];
        p = s;
    }
    out
}

fn is_listed(list: crate::lexicon::Words, w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether the word after a small number is a noun it counts: a word that is neither a
/// function word nor in [`REFERRING_NOUNS`], followed by no "of" ("two of them").
fn counts_a_noun(text: &str, end: usize) -> bool {
    let s = scan::skip_space(text, end);
    let Some((ws, we)) = scan::word_at(text, s).filter(|_| s > end) else {
        return false;
    };
    let w = text[ws..we].to_ascii_lowercase();
    let listed = |list: crate::lexicon::Words| list.contains(&w.as_str());
    if !w.starts_with(|c: char| c.is_alphabetic()) || listed(STOPWORDS) || listed(REFERRING_NOUNS) {
        return false;
    }
    // a verb straight after the number ("the two met") is not a noun: -ed, -ing, said
    if w.ends_with("ed") || w.ends_with("ing") || listed(SAYING) {
        return false;
    }
    // "one local community leader told": a speaker, not a count
    let mut k = we;
    for _ in 0..SPEAKER_REACH {
        let s = scan::skip_space(text, k);
        let Some((a, b)) = scan::word_at(text, s).filter(|_| s > k) else {
            break;
        };
        if SAYING.iter().any(|x| x.eq_ignore_ascii_case(&text[a..b])) {
            return false;
        }
        k = b;
    }
    true
}

/// How many words after a small count a saying verb makes it a speaker ("one UN
/// official said").
const SPEAKER_REACH: usize = 4;

fn near_toll_word(text: &str, start: usize, end: usize) -> bool {
    let lo = floor_boundary(text, start.saturating_sub(24));
    let hi = floor_boundary(text, (end + 48).min(text.len()));
    text[lo..hi]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| TOLL_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

/// The largest char boundary at or below `i`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
