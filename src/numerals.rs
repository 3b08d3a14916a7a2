//! Numerals: numbers written in digits or words, with their spans and roles.
//!
//! Contract used by [`crate::quantities`]: `numerals(text)` returns every number in text
//! order, non-overlapping, each with its byte span, its value, and its [`Role`]. Numbers
//! that are not quantities (years used as dates, clock times, ordinals, numbers inside
//! names, list numbering, page furniture) are still returned, with a role saying so, so
//! that later stages neither report them nor mistake them for quantities.
//!
//! ## What is read
//!
//! | written | value | form |
//! |---|---|---|
//! | `1,500`, `1 500` (thin, no-break or plain space), `3.5`, `.25`, `-4` | as written | `Digits` |
//! | `$1.2bn`'s `1.2bn`, `10k`, `3M`, `£5m`'s `5m` (m, b only after a currency sign) | scaled | `Digits` |
//! | `90 billion`, `90-billion`, `13 lakh`, `3 dozen` | scaled | `Digits` |
//! | `seven`, `ninety-nine`, `one hundred and twenty`, `two thousand five hundred` | | `Words` |
//! | `a dozen`, `a million`, `half a million`, `five point two` | | `Words` |
//! | `one-fifth`, `two-thirds`, `a quarter`, `half`, `three and a half`, `2½`, `½`, `3/4`, `2 1/4`, `one in five`, `9 out of 10` | | `Fraction` |
//! | `tens of thousands`, `hundreds`, `millions`, `dozens`, `scores of` | low end, see [`VAGUE_LOW_FACTOR`] | `Vague` |
//! | `a couple of` [2, 4), `a few` [2, 6) and `several` [3, 10) times a scale word: `several hundred`, `a few thousand`, `a few dozen` | low end | `Vague` |
//! | `twice`, `double`, `tripled`, `eightfold` ([`crate::lexicon::ratios::MULTIPLES`]) | the factor | `Multiple` |
//!
//! The numeral stops where the unit begins: in "90-billion-dollar", "four-year-long",
//! "40-minute" the numerals are "90-billion", "four" and "40".
//!
//! ## Roles
//!
//! Not quantities, but returned with their role: dates ("in 2014", "the 2014
//! annexation", "February 2022", "18 August", "Aug. 18", "2024-25", "the 1990s",
//! "18/08/2025", "2025-08-18"; a year keeps its value), clock times ("10:30", "3 p.m.",
//! "9am"), ordinals ("first", "2nd", "twenty-first"), names ("G7", "G-20", "COVID-19",
//! "Boeing 747", "Article 5", "4x4", "24/7", "9/11", "Air Force One"), and furniture
//! (phone numbers, list numbers at line start, "Page 2 of 5", numbers in URLs and
//! paths such as "6/recent/ticker-posts"). A four-digit number from 1900 to 2100
//! without a grouping comma is a year unless a lower-case word follows it and no
//! date word comes before it ("2014 people" is a count).
//!
//! Also furniture: phone numbers with spaces or brackets ("(530) 555-0142", "0800 123
//! 4567") and every number on a link line ("Read more: Five things to know"); names:
//! street numbers ("2250 Ridge Road") and codes after an all-capitals word ("the VX
//! 40", "FTSE 100"); times: "1005 GMT", "eight in the morning"; dates: "the first half
//! of 2026", "Third-quarter 2025 results".
//!
//! A plain space groups digits ("40 000") only between groups of three digits, and not
//! when a hyphen or letters follow straight after ("3 100-metre", "2 400m" are two
//! numbers). After "the", a year-shaped number before a counted noun is a count ("the
//! 2000 people"; "the 2014 talks" stays a date). A capitalized number word after a
//! capitalized word is a name ("Air Force One", "Ocean's Eleven") in running text, a
//! number in a title-case headline ("Storm Kills Three"), and a name again after a name
//! word ("Big Three", "Group of Seven", "Phase Two": lexicon tables).
//!
//! Not returned at all: "a"/"an" alone ("a key"), "one" as a pronoun ("one of the",
//! "no one", "one another", "at one point"), and any value that is not finite.
//!
//! ```
//! use fact_compare::numerals::{numerals, Form, Role};
//! let text = "Since 2014, up to $1.2bn and tens of thousands of troops; one-fifth of the land.";
//! let n = numerals(text);
//! let shown: Vec<(&str, Role)> = n.iter().map(|n| (&text[n.start..n.end], n.role)).collect();
//! assert_eq!(shown, [("2014", Role::Date), ("1.2bn", Role::Quantity),
//!     ("tens of thousands", Role::Quantity), ("one-fifth", Role::Quantity)]);
//! assert_eq!(n[1].value, 1.2e9);
//! assert_eq!(n[2].form, Form::Vague);
//! assert_eq!(n[2].vague, Some((2e4, 1e5)));
//! ```

mod digits;
mod furniture;
pub(crate) mod lexicon;
mod roles;
mod words;

use crate::lexicon::index::starts_number;
use crate::segment::{is_space, tokens, Token, TokenKind};

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
    /// A multiplier word ("twice", "double", "tripled", "eightfold"): the value is the
    /// factor. It is a claim only where it compares ([`crate::quantities::ratio`]).
    Multiple,
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

/// Low end of a vague magnitude as a multiple of its order: "tens of thousands" is
/// [2 × 10^4, 10^5), "dozens" is [2 × 12, 100). (Options::vague_low_factor has the
/// same default; the normalizer may re-scale the interval.)
pub const VAGUE_LOW_FACTOR: f64 = 2.0;

/// Every number in the text, in order, non-overlapping.
pub fn numerals(text: &str) -> Vec<Numeral> {
    let toks = tokens(text);
    let mut found: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let cand = match toks[i].kind {
            TokenKind::Digits => digits::read(text, &toks, i),
            TokenKind::Punct => digits::read_punct(text, &toks, i),
            // (issue 13: one index lookup passes over a word no number starts with)
            TokenKind::Word if starts_number(tok(text, &toks[i])) => words::read(text, &toks, i),
            TokenKind::Word => None,
        };
        match cand {
            Some(c) if c.t1 > i => {
                i = c.t1;
                found.push(c);
            }
            _ => i += 1,
        }
    }
    roles::assign(text, &toks, &mut found);
    found
        .into_iter()
        .filter(|c| c.n.value.is_finite() && c.n.start < c.n.end)
        .map(|c| c.n)
        .collect()
}

/// A numeral being read, with the tokens it covers.
#[derive(Debug, Clone, Copy)]
struct Cand {
    n: Numeral,
    /// First token (a sign included).
    t0: usize,
    /// One past the last token.
    t1: usize,
    /// A bare run of digits: no sign, grouping, decimals or scale.
    plain: bool,
    /// Dropped during role assignment ("one" as a pronoun).
    dropped: bool,
}

impl Cand {
    fn new(start: usize, end: usize, value: f64, form: Form, t0: usize, t1: usize) -> Cand {
        Cand {
            n: Numeral {
                start,
                end,
                value,
                scale: 1.0,
                form,
                vague: None,
                role: Role::Quantity,
            },
            t0,
            t1,
            plain: false,
            dropped: false,
        }
    }
}

/// The text of a token.
fn tok<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

/// How token `k + 1` follows token `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// Nothing between them.
    Tight,
    /// White space on one line.
    Space,
    /// Anything else (a line break), or no next token.
    Broken,
}

fn link(text: &str, toks: &[Token], k: usize) -> Link {
    match (toks.get(k), toks.get(k + 1)) {
        (Some(a), Some(b)) => {
            let gap = &text[a.end..b.start];
            if gap.is_empty() {
                Link::Tight
            } else if gap.chars().all(|c| is_space(c) && c != '\n' && c != '\r') {
                Link::Space
            } else {
                Link::Broken
            }
        }
        _ => Link::Broken,
    }
}

/// Whether token `k` is the punctuation `c` (a hyphen: `-`, U+2010, U+2011).
fn is_hyphen(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(tok(text, t), "-" | "\u{2010}" | "\u{2011}")
}

/// The word that follows token `k` after white space or a hyphen, on the same line:
/// (its index, whether a hyphen joined them).
fn next_word(text: &str, toks: &[Token], k: usize) -> Option<(usize, bool)> {
    let n = toks.get(k + 1)?;
    match link(text, toks, k) {
        Link::Broken => None,
        l => {
            if is_hyphen(text, n) {
                let w = toks.get(k + 2)?;
                let l2 = link(text, toks, k + 1);
                // "ninety-nine", "fifty - two": both sides tight or both spaced.
                let ok = (l == Link::Tight && l2 == Link::Tight)
                    || (l == Link::Space && l2 == Link::Space);
                (ok && w.kind == TokenKind::Word).then_some((k + 2, true))
            } else if l == Link::Space && n.kind == TokenKind::Word {
                Some((k + 1, false))
            } else {
                None
            }
        }
    }
}

/// The word before token `k` on the same line, separated by white space only.
fn prev_word<'a>(text: &'a str, toks: &[Token], k: usize) -> Option<&'a str> {
    if k == 0 {
        return None;
    }
    let p = &toks[k - 1];
    (p.kind == TokenKind::Word && link(text, toks, k - 1) == Link::Space).then(|| tok(text, p))
}

/// Case-insensitive lookup in a word table.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| same_word(w, word))
        .map(|(_, v)| *v)
}

/// Case-insensitive membership in a word list.
fn is_in(list: crate::lexicon::Words, word: &str) -> bool {
    list.iter().any(|w| same_word(w, word))
}

/// `a.eq_ignore_ascii_case(b)`, with the length and first byte checked inline first
/// (bytes equal ignoring ASCII case are equal once bit 0x20 is set in both).
/// Perf (issue 7): `lookup` runs for every word against whole tables; the full
/// comparison call per entry was 22% of extraction.
#[inline(always)]
fn same_word(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    x.len() == y.len()
        && match (x.first(), y.first()) {
            (Some(p), Some(q)) => p | 0x20 == q | 0x20 && a.eq_ignore_ascii_case(b),
            _ => true,
        }
}

/// Currency signs that may stand straight before a number.
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '£'
            | '€'
            | '¥'
            | '₹'
            | '₽'
            | '₴'
            | '₩'
            | '₦'
            | '₺'
            | '₪'
            | '₱'
            | '₫'
            | '฿'
            | '₡'
            | '₲'
            | '₵'
            | '₸'
            | '₼'
            | '₾'
    )
}
