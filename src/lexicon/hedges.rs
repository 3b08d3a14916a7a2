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
//! sign): "over the weekend, 5 people..." has no hedge; "over 5 people" has.

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

/// Words written after a figure ("300 or more", "50-plus").
pub const AFTER: &[(&str, HedgeKind)] = &[
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
pub const RANGE_JOIN: &[&str] = &[
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
