//! "almost a month", "over a decade", "less than an hour": a hedged article standing
//! for one unit. Unhedged ("a month ago", "once a year", "in a week") it is no claim
//! and is left out, except for a duration after "for" ("detained for a week") or
//! with "another" ("another month"), and "an hour and a half" (1.5 hours).

use super::hedge::{self, HedgeKind};
use super::scan::{is_space, longest_indexed, match_at, match_before, skip_space, skip_space_back};
use super::Quantity;
use crate::lexicon::units::{self, AFTER};
use crate::numerals::Form;
use crate::report::Dimension;

/// Hedged "a"/"an" + unit phrases in `text`, in order.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    // (issue 13: only the bytes "a" or "A" are visited)
    while i < b.len() {
        i = super::scan::next_letter(b, i, b'a');
        if i >= b.len() {
            break;
        }
        // (issue 13) "a" is followed by a space (an ASCII one, or a byte of one outside
        // ASCII), "an" and "another" by an "n": no other word is read further
        let next = b.get(i + 1).copied().unwrap_or(0);
        let may = next | 0x20 == b'n' || next >= 0x80 || char::from(next).is_whitespace();
        let at_word = may && (b[i] | 0x20) == b'a' && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if at_word {
            if let Some(q) = at(text, i) {
                i = q.end;
                out.push(q);
                continue;
            }
        }
        i += 1;
    }
    out
}

fn at(text: &str, i: usize) -> Option<Quantity> {
    let art = ["another", "an", "a"]
        .iter()
        .find_map(|a| match_at(text, i, a, false))?;
    if !text[art..].starts_with(is_space) {
        return None;
    }
    let u = skip_space(text, art);
    let rows = &super::unit::after_rows().0;
    let (mut end, row) = longest_indexed(text, u, AFTER, rows, |e| (e.0, e.5 & units::CASE != 0))?;
    if row.5 & (units::DIGITS | units::TIGHT | units::LONE) != 0
        || !matches!(
            row.1,
            Dimension::Duration | Dimension::Length | Dimension::Mass
        )
    {
        return None;
    }
    let mut value = 1.0;
    if let Some(e) = [" and a half", " and half"]
        .iter()
        .find_map(|h| match_at(text, end, h, false))
    {
        value = 1.5;
        end = e;
    }
    let duration = row.1 == Dimension::Duration;
    let another = art - i == "another".len();
    let after_for = match_before(text, skip_space_back(text, i), "for", false).is_some();
    let h = match hedge::before(text, i).filter(|h| h.kind != HedgeKind::Exact) {
        Some(h) => Some(h),
        None if duration && (another || after_for || value > 1.0) => None,
        None => return None,
    };
    Some(Quantity {
        start: h.map_or(i, |h| h.start),
        end,
        value,
        upper: None,
        vague: None,
        form: Form::Words,
        scale: 1.0,
        dimension: row.1,
        unit: row.2,
        factor: row.3,
        offset: row.4,
        has_unit: true,
        hedge: h,
        kind: h.map_or(HedgeKind::Exact, |h| h.kind),
    })
}
