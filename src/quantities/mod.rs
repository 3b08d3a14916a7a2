//! Quantities: a numeral with its unit. (First slice: `$`, `%`, bare counts; issue 3.)

use crate::numerals::{numerals, Numeral};
use crate::report::Dimension;

/// A number with its unit, before normalization.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte offset of the whole phrase.
    pub start: usize,
    /// Byte offset one past the phrase.
    pub end: usize,
    /// The number.
    pub numeral: Numeral,
    /// The dimension.
    pub dimension: Dimension,
    /// The canonical unit.
    pub unit: &'static str,
    /// Factor from the written unit to the canonical unit.
    pub factor: f64,
}

/// Quantities in a text.
pub fn quantities(text: &str) -> Vec<Quantity> {
    numerals(text)
        .into_iter()
        .map(|n| {
            let before = &text[..n.start];
            let after = &text[n.end..];
            if before.ends_with('$') {
                Quantity {
                    start: n.start - 1,
                    end: n.end,
                    numeral: n,
                    dimension: Dimension::Money,
                    unit: "USD",
                    factor: 1.0,
                }
            } else if after.starts_with('%') {
                Quantity {
                    start: n.start,
                    end: n.end + 1,
                    numeral: n,
                    dimension: Dimension::Percent,
                    unit: "fraction",
                    factor: 0.01,
                }
            } else {
                Quantity {
                    start: n.start,
                    end: n.end,
                    numeral: n,
                    dimension: Dimension::Count,
                    unit: "count",
                    factor: 1.0,
                }
            }
        })
        .collect()
}
