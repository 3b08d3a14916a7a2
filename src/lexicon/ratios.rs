//! Multiples and ranks: the words of a `ratio` figure ("double", "three times", "eightfold")
//! and of a `rank` figure ("the second-highest", "the third since 2015").
//!
//! A multiple is a claim only where it compares: see [`MultipleKind`] for what must
//! follow each kind of word. Hedges come from [`crate::lexicon::hedges`] as for any
//! figure: "more than double" is (2, unbounded), "nearly triple" [2.7, 3).

use super::{words_table, Words};

/// How a multiplier word is used, which decides when it is a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MultipleKind {
    /// "twice", "thrice", "double", "triple": a claim when a comparison follows
    /// ([`COMPARE_AFTER`]: "twice as many", "double the crowd", "twice that amount") or a
    /// hedge stands before it ("more than double"); not "a double murder", "voted twice".
    Compare,
    /// "doubled", "trebling": a claim unless an idiom particle follows
    /// ([`VERB_IDIOM_AFTER`]: "doubled down", "doubles as a bar").
    Verb,
    /// "twofold", "eightfold": always a claim.
    Fold,
}

use MultipleKind::*;

/// Multiplier words with their factor. ("doubles", "triples" and "trebles" are nouns as
/// often as verbs, "the mixed doubles final": they need a comparison after them, "the
/// fee doubles the old record".)
pub const MULTIPLES: &[(&str, f64, MultipleKind)] = &[
    ("twice", 2.0, Compare),
    ("thrice", 3.0, Compare),
    ("double", 2.0, Compare),
    ("triple", 3.0, Compare),
    ("treble", 3.0, Compare),
    ("quadruple", 4.0, Compare),
    ("quintuple", 5.0, Compare),
    ("doubles", 2.0, Compare),
    ("triples", 3.0, Compare),
    ("trebles", 3.0, Compare),
    ("doubled", 2.0, Verb),
    ("doubling", 2.0, Verb),
    ("tripled", 3.0, Verb),
    ("tripling", 3.0, Verb),
    ("trebled", 3.0, Verb),
    ("trebling", 3.0, Verb),
    ("quadrupled", 4.0, Verb),
    ("quadruples", 4.0, Verb),
    ("quadrupling", 4.0, Verb),
    ("twofold", 2.0, Fold),
    ("threefold", 3.0, Fold),
    ("fourfold", 4.0, Fold),
    ("fivefold", 5.0, Fold),
    ("sixfold", 6.0, Fold),
    ("sevenfold", 7.0, Fold),
    ("eightfold", 8.0, Fold),
    ("ninefold", 9.0, Fold),
    ("tenfold", 10.0, Fold),
    ("twentyfold", 20.0, Fold),
    ("hundredfold", 100.0, Fold),
    ("thousandfold", 1000.0, Fold),
];

/// Words after a [`MultipleKind::Compare`] word that make it a comparison: "twice as
/// many", "double the crowd", "twice that amount", "triple its size", "double what".
pub const COMPARE_AFTER: Words = words_table![
    "as", "the", "that", "this", "its", "their", "his", "her", "our", "your", "what", "those",
    "these", "last", "previous",
];

/// Particles after a multiplier verb that make an idiom: "doubled down", "doubles as".
pub const VERB_IDIOM_AFTER: Words = words_table!["as", "down", "over", "up", "back", "in", "out"];

/// Words after "N times" (or "N-fold") that make it a multiple: "three times larger",
/// "five times as many", "four times the size"; not "three times a week", "arrested
/// three times".
pub const TIMES_AFTER: Words = words_table![
    "as",
    "the",
    "that",
    "this",
    "its",
    "their",
    "his",
    "her",
    "what",
    "more",
    "less",
    "larger",
    "bigger",
    "higher",
    "greater",
    "smaller",
    "lower",
    "fewer",
    "faster",
    "slower",
    "longer",
    "shorter",
    "heavier",
    "stronger",
    "wider",
    "deeper",
    "cheaper",
    "richer",
    "likelier",
    "over",
    "increase",
    "increases",
    "rise",
    "jump",
];

/// Irregular superlatives that make an ordinal a rank: "the second most", "third best".
/// (Regular ones end in "-est": "second-highest", "fourth-largest".)
pub const SUPERLATIVES: Words = words_table!["most", "least", "best", "worst"];

/// Words that make a spaced superlative after an ordinal a rank ("the second largest
/// crowd on record", "the third biggest ever"): a hyphenated one ("second-largest") is a
/// rank by itself; "the second biggest shareholder" only describes.
pub const RECORD_WORDS: Words = words_table!["ever", "record", "history", "since", "recorded"];

/// How many words after the superlative a [`RECORD_WORDS`] word may stand.
pub const RECORD_REACH: usize = 5;

/// Words ending in "-est" that are no superlatives ("the second test", "a third protest").
pub const NOT_SUPERLATIVE: Words = words_table![
    "test", "tests", "protest", "protests", "contest", "request", "interest", "forest", "west",
    "honest", "modest", "chest", "nest", "rest", "quest", "guest", "arrest", "crest", "vest",
    "harvest", "manifest", "digest", "suggest", "invest", "conquest", "inquest", "behest",
    "unrest", "earnest", "pest", "zest", "jest", "attest", "detest", "divest", "infest", "molest",
    "latest",
];

/// Words that, a few words after an ordinal, make it a rank among events counted over
/// a span: "the UK's third general election since 2015", "the fourth strike this year".
pub const RANK_SPAN_AFTER: Words = words_table!["since"];

/// How many words may stand between such an ordinal and [`RANK_SPAN_AFTER`].
pub const RANK_SPAN_REACH: usize = 3;
