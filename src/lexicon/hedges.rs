//! The hedge table: the one place where hedge wording is listed (DESIGN.md, "Hedges").
//!
//! The interval each kind gives is computed in [`crate::normalize`] from the constants
//! in [`crate::Options`]:
//!
//! | kind | interval for v |
//! |---|---|
//! | `Approx` | [approx_low·v, approx_high·v] |
//! | `Nearly` | [nearly_low·v, v) |
//! | `MoreThan` | (v, ∞) |
//! | `AtLeast` | [v, ∞) |
//! | `LessThan` | [0, v) |
//! | `UpTo` | [0, v] |
//!
//! A hedge only counts when it stands directly before the figure (or its currency
//! sign): "over the weekend, 5 people..." has no hedge; "over 5 people" has. Two
//! exceptions, each with its own table: an article before a figure that names a mark
//! ("neared the $1 billion mark", [`MARK_WORDS`]) and an approximating hedge before "a"
//! when the figure has a unit ("about a 9 percent stake", [`BEFORE_ARTICLE`]; a share or a sum only, so "a story
//! about a 10-year-old" has no hedge).

use super::{words_table, Words};

use crate::quantities::hedge::HedgeKind::{self, *};

/// Words written before a figure. Longest match wins.
pub const BEFORE: &[(&str, HedgeKind)] = &[
    ("about", Approx),
    ("around", Approx),
    ("roughly", Approx),
    ("approximately", Approx),
    ("approx.", Approx),
    ("some", Approx),
    ("an estimated", Approx),
    ("estimated", Approx),
    ("circa", Approx),
    ("in the order of", Approx),
    ("on the order of", Approx),
    ("c.", Approx),
    ("ca.", Approx),
    ("~", Approx),
    ("≈", Approx),
    ("nearly", Nearly),
    ("almost", Nearly),
    ("close to", Nearly),
    ("just under", Nearly),
    ("just shy of", Nearly),
    ("approaching", Nearly),
    // (a bare "near" is left out: "highs near 95 degrees" is about 95, "near $1
    // billion" just under it)
    ("nears", Nearly),
    ("neared", Nearly),
    ("nearing", Nearly),
    ("closer to", Approx),
    ("something like", Approx),
    ("more like", Approx),
    ("like", Approx),
    ("more than", MoreThan),
    ("over", MoreThan),
    ("just over", MoreThan),
    ("well over", MoreThan),
    ("above", MoreThan),
    ("upwards of", MoreThan),
    ("upward of", MoreThan),
    ("in excess of", MoreThan),
    ("exceeding", MoreThan),
    ("exceed", MoreThan),
    ("exceeds", MoreThan),
    ("exceeded", MoreThan),
    ("surpass", MoreThan),
    ("surpasses", MoreThan),
    ("surpassed", MoreThan),
    ("surpassing", MoreThan),
    ("greater than", MoreThan),
    ("north of", MoreThan),
    // a count that rises past a mark: "the toll passed 8,000", "climbed past 1,200"
    // (not before a vote tally: "the bill passed 218-214", see `PASSING`)
    ("passed", MoreThan),
    ("passes", MoreThan),
    ("passing", MoreThan),
    ("past", MoreThan),
    ("topped", MoreThan),
    ("tops", MoreThan),
    ("topping", MoreThan),
    ("crossed", MoreThan),
    (">", MoreThan),
    ("at least", AtLeast),
    ("no fewer than", AtLeast),
    ("not fewer than", AtLeast),
    ("no less than", AtLeast),
    ("not less than", AtLeast),
    ("a minimum of", AtLeast),
    ("minimum of", AtLeast),
    ("≥", AtLeast),
    ("less than", LessThan),
    ("under", LessThan),
    ("below", LessThan),
    ("fewer than", LessThan),
    ("<", LessThan),
    ("up to", UpTo),
    ("within", UpTo),
    ("as many as", UpTo),
    ("as much as", UpTo),
    ("as high as", UpTo),
    ("at most", UpTo),
    ("no more than", UpTo),
    ("not more than", UpTo),
    ("a maximum of", UpTo),
    ("maximum of", UpTo),
    ("≤", UpTo),
];

/// Hedge words of [`BEFORE`] that are also verbs of a vote ("the bill passed 218-214"):
/// before a figure that a tally continues ("-214", " to 214") they are no hedge.
pub const PASSING: Words = words_table!["passed", "passes", "passing", "past", "topped", "tops"];

/// Hedge words that are also adjectives of a span of time after a determiner: "over the
/// past 90 days", "in these past two years" (no hedge), but "the toll climbed past 1,200".
pub const SPAN_ADJECTIVES: Words = words_table!["past"];

/// The determiners that make a [`SPAN_ADJECTIVES`] word an adjective.
pub const SPAN_DETERMINERS: Words = words_table!["the", "these", "those", "this", "its", "their"];

/// Nouns of a mark that a figure names, so that a hedge may stand before "the": "neared
/// the $1 billion mark", "approaching the half-million threshold", "passed the 100
/// milestone".
pub const MARK_WORDS: Words = words_table!["mark", "threshold", "milestone", "barrier", "level"];

/// Approximating hedges that may stand before an article when the figure is a share or
/// a sum:
/// "about a 9 percent stake", "roughly a $5 billion deal".
pub const BEFORE_ARTICLE: Words =
    words_table!["about", "around", "roughly", "approximately", "some"];

/// Words written after a figure ("300 or more", "50-plus").
pub const AFTER: &[(&str, HedgeKind)] = &[
    ("and counting", AtLeast),
    ("or more", AtLeast),
    ("or higher", AtLeast),
    ("and more", AtLeast),
    ("plus", AtLeast),
    ("-plus", AtLeast),
    ("+", AtLeast),
    ("or so", Approx),
    ("or fewer", UpTo),
    ("or less", UpTo),
    ("or lower", UpTo),
    ("at most", UpTo),
    ("at the most", UpTo),
    ("at least", AtLeast),
    ("at the least", AtLeast),
];

/// Words that open a range before its first figure.
pub const RANGE_OPEN: &[(&str, &str)] = &[
    // (opening word, the word that joins the two figures)
    ("between", "and"),
    ("from", "to"),
    ("anywhere from", "to"),
    ("anywhere between", "and"),
];

/// Words or signs joining the two figures of a range with no opening word.
pub const RANGE_JOIN: Words = words_table![
    "to",
    "and",
    "-",
    "–",
    "—",
    "‑",
    "or",
    "to about",
    "to around",
    "through",
];
