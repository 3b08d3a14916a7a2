//! Rounding: what an unhedged figure stands for, from the way it is written.
//!
//! "4,000" stands for 3,500 to 4,500 (half a unit of its last non-zero digit); "47.6"
//! for 47.55 to 47.65; the allowance is capped at [`Options::rounding_cap`] of the
//! value (DESIGN.md, "Hedges").
//!
//! A figure with decimals before a scale word abbreviates a longer number: "$5.97
//! billion" is 5,97x million, written by an outlet that either rounded it or cut it
//! after two decimals (financial wires often cut: 5,977 million becomes "$5.97
//! billion", where another outlet writes "$5.98 billion"). Its last digit then stands
//! for one unit up as well: "$5.97 billion" covers 5.965 to 5.98 billion. Whole
//! numbers before a scale word ("$43 billion", "262 million") are left alone: an
//! outlet that cuts "43.4" writes "43.4", and 43 vs 44 billion is a difference a reader
//! must see. Nor are conversions in brackets ("$44 billion (£34.6 billion)"): their
//! digits are the outlet's own arithmetic at its own rate ([`converted`]).
//!
//! [`Options::rounding_cap`]: crate::Options::rounding_cap

use crate::lexicon::units::SCALES;
use crate::report::{Dimension, Mention};

/// Half a unit of the last non-zero digit of the figure as written, in the canonical
/// unit, capped at `cap × |v|`. Figures written in words get the cap.
pub fn tolerance(m: &Mention, v: f64, cap: f64) -> f64 {
    let capped = cap * v.abs();
    if m.derived.is_some() {
        return capped;
    }
    match written(&m.text) {
        Some(w) if w.stated != 0.0 => (0.5 * w.unit * (v / w.stated).abs()).min(capped),
        _ => capped,
    }
}

/// How far above its stated value an unhedged figure may lie because its last digit
/// was cut rather than rounded: one tolerance (`tol`) for a figure with decimals before
/// a scale word ("$5.97 billion", "£34.5bn"), else nothing.
pub(crate) fn cut(m: &Mention, tol: f64) -> f64 {
    if m.derived.is_some() {
        return 0.0;
    }
    match written(&m.text) {
        Some(w)
            if w.decimals
                && w.unit <= CUT_MAX_STEP * w.stated.abs()
                && scaled(&m.text[w.end..], m.dimension == Dimension::Money) =>
        {
            tol
        }
        _ => 0.0,
    }
}

/// The largest step of the last digit, as a fraction of the figure, for which a cut
/// digit is read ([`cut`]): "$5.97 billion" (a step of 0.2%) or "£6.5bn" (1.5%) may be
/// cut; "$3.2 billion" vs "$3.3 billion" is 3% apart, a difference a reader must see.
/// Chosen by hand, at the default rounding cap (2%, `Options::rounding_cap`): a cut
/// digit explains no more than rounding may.
pub const CUT_MAX_STEP: f64 = 0.02;

/// Number words that state a figure with one significant digit, and that digit: "a
/// decade", "three years", "forty". Style guides spell out one to nine and round
/// tens; a figure written so is a round one.
pub(crate) const ROUND_WORDS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 1.0),
    ("twenty", 2.0),
    ("thirty", 3.0),
    ("forty", 4.0),
    ("fifty", 5.0),
    ("sixty", 6.0),
    ("seventy", 7.0),
    ("eighty", 8.0),
    ("ninety", 9.0),
];

/// The only significant digit of a figure stated with one: in digits ("4,000": 4;
/// "$3 million": 3; "10": 1) or in words after its hedge ("over a decade": 1; "more
/// than three years": 3; [`ROUND_WORDS`]); else `None` ("4,200", "1.5 million",
/// "twelve", "half a million").
pub(crate) fn leading_digit(m: &Mention) -> Option<f64> {
    let Some(w) = written(&m.text) else {
        return leading_word(m);
    };
    let lead = (w.stated / w.unit).round();
    ((1.0..=9.0).contains(&lead) && (w.stated - lead * w.unit).abs() <= 1e-9 * w.stated)
        .then_some(lead)
}

/// The digit of a round figure in words: the first word after the hedge, looked up in
/// [`ROUND_WORDS`]; the word must not run on into another number ("forty-two").
fn leading_word(m: &Mention) -> Option<f64> {
    let text = m.text.trim();
    let rest = match &m.hedge {
        Some(h) if text.len() >= h.len() && text.is_char_boundary(h.len()) => {
            if text[..h.len()].eq_ignore_ascii_case(h) {
                &text[h.len()..]
            } else {
                text
            }
        }
        _ => text,
    };
    let rest = rest.trim_start();
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    if rest[word.len()..].starts_with('-') && word != "a" && word != "an" {
        return None;
    }
    ROUND_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, d)| *d)
}

/// Whether the figure is a conversion in brackets ("$44 billion (£34.6 billion)"),
/// judged from its sentence (`None` when unknown: not a conversion). A conversion's
/// digits are the outlet's own arithmetic at its own exchange rate, rounded, not cut
/// from a longer reported number: two outlets' conversions that differ in the last
/// digit used different rates, which a reader should see.
pub(crate) fn converted(m: &Mention, sentence: &Option<String>) -> bool {
    let Some(sentence) = sentence else {
        return false;
    };
    m.start
        .checked_sub(m.sentence_start)
        .and_then(|at| sentence.get(..at))
        .is_some_and(|before| before.trim_end().ends_with(['(', '[']))
}

/// Whether `rest` (the text right after a figure's digits) starts with a scale word
/// ([`SCALES`]: "billion", " bn", "-million"); the one-letter ones ("m", "k") only for
/// `money` ("4.5m" of a length is metres).
fn scaled(rest: &str, money: bool) -> bool {
    let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    SCALES
        .iter()
        .any(|(w, _, money_only)| *w == word && (money || !money_only))
}

/// A number as written in digits: its value as written, the place value of its last
/// non-zero digit, whether it has decimals, and the byte offset where its digits end.
#[derive(Debug, PartialEq)]
struct Written {
    stated: f64,
    unit: f64,
    decimals: bool,
    end: usize,
}

/// The first number written in digits in `text`: "4,000" is 4000 with its last non-zero
/// digit in the thousands; "€47.6 million" is 47.6, in the tenths.
fn written(text: &str) -> Option<Written> {
    let b = text.as_bytes();
    let first = b.iter().position(u8::is_ascii_digit)?;
    let mut int_digits = Vec::new();
    let mut frac_digits = Vec::new();
    let mut in_frac = false;
    let mut i = first;
    while i < b.len() {
        let c = b[i];
        let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() {
            if in_frac {
                frac_digits.push(c - b'0');
            } else {
                int_digits.push(c - b'0');
            }
        } else if c == b'.' && !in_frac && next_digit {
            in_frac = true;
        } else if !(c == b',' && next_digit && !in_frac) {
            break;
        }
        i += 1;
    }
    let mut stated = 0.0;
    for d in &int_digits {
        stated = stated * 10.0 + f64::from(*d);
    }
    let mut place = 0.1;
    for d in &frac_digits {
        stated += f64::from(*d) * place;
        place /= 10.0;
    }
    let unit = if let Some(k) = frac_digits.iter().rposition(|d| *d != 0) {
        10f64.powi(-(k as i32 + 1))
    } else {
        let k = int_digits.iter().rev().position(|d| *d != 0)?;
        10f64.powi(k as i32)
    };
    Some(Written {
        stated,
        unit,
        decimals: !frac_digits.is_empty(),
        end: i,
    })
}

#[cfg(test)]
mod tests {
    use super::{leading_digit, scaled, written};
    use crate::report::Mention;

    fn precision(text: &str) -> Option<(f64, f64)> {
        written(text).map(|w| (w.stated, w.unit))
    }

    #[test]
    fn precision_of_written_figures() {
        assert_eq!(precision("4,000 homes"), Some((4000.0, 1000.0)));
        assert_eq!(precision("€47.6 million"), Some((47.6, 0.1)));
        assert_eq!(precision("at least 14"), Some((14.0, 1.0)));
        assert_eq!(precision("120"), Some((120.0, 10.0)));
        assert_eq!(precision("0.05"), Some((0.05, 0.01)));
        assert_eq!(precision("seven"), None);
        assert_eq!(precision("0"), None);
    }

    #[test]
    fn decimals_and_where_the_digits_end() {
        let w = written("$12.40bn").unwrap();
        assert!(w.decimals);
        assert_eq!(&"$12.40bn"[w.end..], "bn");
        assert!(!written("1,250 people").unwrap().decimals);
    }

    fn floor(text: &str, hedge: &str) -> Mention {
        let mut m: Mention = serde_json::from_str(
            r#"{"id":"a:1","source":"a","text":"","start":0,"end":0,"start_utf16":0,
            "end_utf16":0,"dimension":"count","unit":"count","value":1,"low":1,"high":null,
            "hedge":null,"hedge_kind":"more_than","subject":"","qualifiers":[],
            "sentence_start":0,"sentence_end":0,"sentence_start_utf16":0,
            "sentence_end_utf16":0}"#,
        )
        .expect("a mention");
        m.text = text.to_string();
        m.hedge = Some(hedge.to_string());
        m
    }

    #[test]
    fn one_significant_digit() {
        let lead = |text: &str, hedge: &str| leading_digit(&floor(text, hedge));
        assert_eq!(lead("more than 4,000", "more than"), Some(4.0));
        assert_eq!(lead("at least $3 million", "at least"), Some(3.0));
        assert_eq!(lead("over 10", "over"), Some(1.0));
        assert_eq!(lead("more than 4,200", "more than"), None);
        assert_eq!(lead("over 1.5 million", "over"), None);
        assert_eq!(lead("over a decade", "over"), Some(1.0));
        assert_eq!(lead("More than three years", "more than"), Some(3.0));
        assert_eq!(lead("more than forty-two", "more than"), None);
        assert_eq!(lead("more than twelve", "more than"), None);
        assert_eq!(lead("more than half a million", "more than"), None);
    }

    #[test]
    fn scale_words_after_the_digits() {
        assert!(scaled(" billion", false));
        assert!(scaled("bn in sales", true));
        assert!(scaled("-million", false));
        assert!(scaled("m", true));
        assert!(!scaled("m", false), "4.5m of a length is metres");
        assert!(!scaled(" miles", false));
        assert!(!scaled("%", false));
        assert!(!scaled(" people", false));
    }
}
