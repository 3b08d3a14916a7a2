//! Numerals: numbers written in digits or words, with their spans.
//! (First slice reads digits only; words, fractions, scales, vague magnitudes: issue 3.)
//!
//! Contract used by [`crate::quantities`]: `numerals(text)` returns every number in text
//! order, non-overlapping, each with its byte span, its value, and its [`Role`]. Numbers
//! that are not quantities (years used as dates, clock times, ordinals, numbers inside
//! names, list numbering, page furniture) are still returned, with a role saying so, so
//! that later stages neither report them nor mistake them for quantities.

/// What a number is doing in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A quantity (or possibly one: "14", "seven", "one-fifth", "$1.2bn"'s "1.2bn").
    Quantity,
    /// A calendar year or date used as a date ("in 2014", "February 2022", "18/08/2025").
    Date,
    /// A clock time ("10:30", "3 p.m.").
    Time,
    /// An ordinal ("first", "2nd", "21st").
    Ordinal,
    /// Part of a name or identifier ("G7", "COVID-19", "Boeing 747", "A320").
    Name,
    /// A phone number, list number, page furniture ("6/recent/ticker-posts").
    Furniture,
}

/// How the number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Digits, possibly with grouping, decimals and a scale ("1,200", "1.2bn", "3m").
    Digits,
    /// Words ("seven", "ninety-nine", "half a million", "a dozen").
    Words,
    /// A fraction or mixed number ("one-fifth", "a quarter", "2½", "3/4", "three and a half").
    Fraction,
    /// A vague magnitude ("tens of thousands", "dozens", "millions"): see `vague`.
    Vague,
}

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character (scale words included: "1.2bn", "90 billion").
    pub end: usize,
    /// The value, scale applied ("1.2bn" = 1.2e9). For a vague magnitude, its low end.
    pub value: f64,
    /// The scale multiplier that was applied (1 when none; 1e9 for "bn"/"billion").
    pub scale: f64,
    /// How it was written.
    pub form: Form,
    /// For `Form::Vague`: the interval [low, high) it stands for.
    pub vague: Option<(f64, f64)>,
    /// What it is doing in the text.
    pub role: Role,
}

/// Every number in the text, in order, non-overlapping.
pub fn numerals(text: &str) -> Vec<Numeral> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || (matches!(b[i], b',' | b'.')
                        && b.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                i += 1;
            }
            let digits: String = text[start..i].chars().filter(|c| *c != ',').collect();
            if let Ok(value) = digits.parse::<f64>() {
                out.push(Numeral {
                    start,
                    end: i,
                    value,
                    scale: 1.0,
                    form: Form::Digits,
                    vague: None,
                    role: Role::Quantity,
                });
            }
        } else {
            i += 1;
        }
    }
    out
}
