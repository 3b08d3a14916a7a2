//! Scale notes over tables: a press release's "Summary of results (in millions of
//! dollars, except per-share amounts)" says that the bare "$4,270" of the rows below is
//! $4,270 million. The note scales the figures written without a scale in the table
//! block under it (its non-blank lines, up to the next blank line), except amounts per
//! share, shares and years; a note that names a currency makes the table's bare counts
//! sums of money. The note itself is no claim ("millions of dollars" is not a vague sum).

use super::scan::match_at;
use super::Quantity;
use crate::lexicon::money;
use crate::lexicon::units::{NOTE_LEAD, NOTE_SCALES, PER_SHARE_ROWS};
use crate::report::Dimension;

/// The longest note read (bytes between the brackets).
const NOTE_MAX: usize = 100;

/// How far back on its line (bytes) a figure's row label is read.
const LABEL_REACH: usize = 120;

/// The most lines of one table a note scales.
const TABLE_LINES: usize = 200;

/// A scale note: where it is, its factor, the currency it names.
struct Note {
    open: usize,
    close: usize,
    factor: f64,
    currency: Option<&'static str>,
}

/// Apply every scale note of `text` to the figures of the table under it.
pub fn scale_notes(text: &str, qs: &mut Vec<Quantity>) {
    if !text.contains("illions") && !text.contains("housands") {
        return;
    }
    let mut from = 0;
    let mut drop = Vec::new();
    while let Some(k) = text[from..].find('(') {
        let open = from + k;
        from = open + 1;
        let Some(note) = note_at(text, open) else {
            continue;
        };
        let (start, end) = table_after(text, note.close);
        let first = qs.partition_point(|q| q.start < note.open);
        for (i, q) in qs.iter_mut().enumerate().skip(first) {
            if q.start >= end {
                break;
            }
            if q.end <= note.close + 1 {
                drop.push(i);
            } else if q.start >= start {
                scale(text, q, &note);
            }
        }
        from = end.max(from);
    }
    if !drop.is_empty() {
        let mut i = 0;
        qs.retain(|_| {
            i += 1;
            drop.binary_search(&(i - 1)).is_err()
        });
    }
}

/// A note opening at the bracket `open`: "(in millions of dollars, ...)".
fn note_at(text: &str, open: usize) -> Option<Note> {
    let rest = &text[open + 1..];
    let len = rest.find([')', '\n', '('])?;
    if len > NOTE_MAX || !rest[len..].starts_with(')') {
        return None;
    }
    let inner = &rest[..len];
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut currency = None;
    for (j, w) in words.iter().enumerate() {
        if let Some(&(_, f)) = NOTE_SCALES.iter().find(|s| s.0.eq_ignore_ascii_case(w)) {
            return words[..j]
                .iter()
                .all(|l| {
                    NOTE_LEAD.iter().any(|n| n.eq_ignore_ascii_case(l)) || currency_of(l).is_some()
                })
                .then(|| Note {
                    open,
                    close: open + 1 + len,
                    factor: f,
                    currency: currency
                        .or_else(|| words[j + 1..].iter().find_map(|w| currency_of(w))),
                });
        }
        currency = currency.or(currency_of(w));
    }
    None
}

/// The ISO code of a currency sign or name: "$", "US$", "dollars", "euros".
fn currency_of(word: &str) -> Option<&'static str> {
    let sign = money::BEFORE
        .iter()
        .find(|m| m.2 && word == m.0)
        .map(|m| m.1);
    sign.or_else(|| {
        money::AFTER
            .iter()
            .find(|m| !m.0.contains(' ') && m.0.eq_ignore_ascii_case(word))
            .map(|m| m.1)
    })
}

/// The byte range of the table block after the note closing at `close`: from the next
/// line (blank lines skipped) to the first blank line after it.
fn table_after(text: &str, close: usize) -> (usize, usize) {
    let mut at = text[close..]
        .find('\n')
        .map_or(text.len(), |k| close + k + 1);
    while text[at..].starts_with(['\n', '\r']) {
        at += 1;
    }
    let start = at;
    for _ in 0..TABLE_LINES {
        let line_end = text[at..].find('\n').map_or(text.len(), |k| at + k);
        if text[at..line_end].trim().is_empty() {
            return (start, at);
        }
        at = (line_end + 1).min(text.len());
        if line_end == text.len() {
            break;
        }
    }
    (start, at)
}

/// Scale one figure of the table, if the note applies to it.
fn scale(text: &str, q: &mut Quantity, note: &Note) {
    let money = q.dimension == Dimension::Money && (note.currency.is_none_or(|c| c == q.unit));
    let count = q.dimension == Dimension::Count && !q.has_unit;
    if q.scale != 1.0 || !(money || count) || per_share_row(text, q.start) {
        return;
    }
    q.value *= note.factor;
    q.upper = q.upper.map(|u| u * note.factor);
    q.scale = note.factor;
    if count {
        if let Some(code) = note.currency {
            q.dimension = Dimension::Money;
            q.unit = code;
            q.factor = 1.0;
            q.has_unit = true;
        }
    }
}

/// Whether the line of byte `at` is a row of amounts per share.
fn per_share_row(text: &str, at: usize) -> bool {
    let lo = super::floor_boundary(text, at.saturating_sub(LABEL_REACH));
    let line = text[lo..at].rfind('\n').map_or(lo, |k| lo + k + 1);
    let label = &text[line..at];
    (0..label.len()).any(|i| {
        label.is_char_boundary(i)
            && PER_SHARE_ROWS
                .iter()
                .any(|w| match_at(label, i, w, false).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::super::quantities;

    fn values(text: &str) -> Vec<(String, f64)> {
        quantities(text)
            .iter()
            .map(|q| (text[q.start..q.end].to_string(), q.value))
            .collect()
    }

    #[test]
    fn a_note_scales_the_table_under_it() {
        let t = "Results (in millions of dollars, except per-share amounts)\n\n\
                 Sales        $1,250    $1,100\n\
                 Net profit     $88       $70\n\
                 EPS          $0.42     $0.35\n\n\
                 Sales rose to $1.25 billion.";
        let v = values(t);
        assert_eq!(v[0], ("$1,250".to_string(), 1.25e9));
        assert_eq!(v[2], ("$88".to_string(), 88e6));
        assert_eq!(v[4], ("$0.42".to_string(), 0.42));
        assert_eq!(v[6], ("$1.25 billion".to_string(), 1.25e9));
        assert_eq!(v.len(), 7, "the note itself is no figure: {v:?}");
    }

    #[test]
    fn bare_counts_under_a_currency_note_are_money() {
        let t = "Budget by ministry (euros, in thousands)\nHealth  4,200\nRoads   950\n";
        let qs = quantities(t);
        assert_eq!(qs.len(), 2);
        assert_eq!((qs[0].value, qs[0].unit), (4.2e6, "EUR"));
        assert_eq!((qs[1].value, qs[1].unit), (950e3, "EUR"));
    }

    #[test]
    fn brackets_that_are_not_notes_change_nothing() {
        let t = "Crowds (in the millions, police said) marched; 300 people (in total) were held.\n\
                 Another 40 were freed.";
        let v = values(t);
        assert!(v.iter().any(|(s, x)| s == "300" && *x == 300.0), "{v:?}");
        assert!(v.iter().any(|(s, x)| s == "40" && *x == 40.0), "{v:?}");
        let t = "The fund (worth millions) paid 12 firms.\n14 more waited.";
        assert!(values(t).iter().any(|(s, x)| s == "12" && *x == 12.0));
    }
}
