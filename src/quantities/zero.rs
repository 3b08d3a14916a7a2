//! Zero counts written "no": "No arrests were made", "no deaths have been reported",
//! "there were no injuries." A toll of zero is a figure that must meet the other
//! sources' tolls ("14 arrests" elsewhere is a discrepancy). Only the nouns of
//! [`ZERO_NOUNS`] are counted, and only when a verb or the end of the clause follows
//! ([`ZERO_AFTER`]): "no deaths linked to the drug" and "no arrests warrant" stay out.

use super::hedge::HedgeKind;
use super::scan::{match_at, skip_space, word_at};
use super::Quantity;
use crate::lexicon::words::{ZERO_AFTER, ZERO_NOUNS};
use crate::numerals::Form;
use crate::report::Dimension;

/// Every zero count in `text`, in order: the span is the word "no".
pub fn quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    // (issue 13: only the bytes "n" or "N" are visited)
    while i + 2 < b.len() {
        i = super::scan::next_letter(b, i, b'n');
        if i + 2 >= b.len() {
            break;
        }
        let at_word = (b[i] | 0x20) == b'n'
            && (b[i + 1] | 0x20) == b'o'
            && b[i + 2] == b' '
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if at_word && counts_a_toll(text, i + 2) {
            out.push(zero(i, i + 2));
        }
        i += 1;
    }
    out
}

/// Whether a [`ZERO_NOUNS`] noun and then a [`ZERO_AFTER`] word follow byte `at`.
pub fn counts_a_toll(text: &str, at: usize) -> bool {
    let n = skip_space(text, at);
    let Some((s, e)) = word_at(text, n) else {
        return false;
    };
    if !ZERO_NOUNS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(&text[s..e]))
    {
        return false;
    }
    if text[e..].starts_with(['.', ',', ';']) {
        return true;
    }
    let a = skip_space(text, e);
    a > e
        && ZERO_AFTER
            .iter()
            .any(|w| match_at(text, a, w, false).is_some())
}

fn zero(start: usize, end: usize) -> Quantity {
    Quantity {
        start,
        end,
        value: 0.0,
        upper: None,
        vague: None,
        form: Form::Words,
        scale: 1.0,
        dimension: Dimension::Count,
        unit: "count",
        factor: 1.0,
        offset: 0.0,
        has_unit: false,
        hedge: None,
        kind: HedgeKind::Exact,
    }
}

#[cfg(test)]
mod tests {
    use super::super::quantities as all;

    fn zeros(text: &str) -> Vec<&str> {
        all(text)
            .iter()
            .filter(|q| q.value == 0.0)
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn no_with_a_toll_noun_and_a_verb_is_zero() {
        assert_eq!(zeros("No arrests were made in the town."), ["No"]);
        assert_eq!(zeros("Officials said there were no deaths."), ["no"]);
        assert_eq!(zeros("So far no injuries have been reported"), ["no"]);
    }

    #[test]
    fn other_uses_of_no_are_not() {
        assert!(zeros("No one knows. There is no doubt.").is_empty());
        assert!(zeros("It has no deaths linked to it").is_empty());
        assert!(zeros("Piano no. 3 and Casino arrests were made").is_empty());
        assert!(zeros("The city has zero tolerance for it.").is_empty());
        assert_eq!(zeros("Zero deaths were reported."), ["Zero"]);
    }
}
