//! "almost a month", "over a decade", "less than an hour": a hedged article standing
//! for one unit. Unhedged ("a month ago", "once a year") it is no claim and is left out.

use super::hedge::{self, HedgeKind};
use super::scan::{is_space, longest_at, match_at, skip_space};
use super::Quantity;
use crate::lexicon::units::{self, AFTER};
use crate::numerals::Form;
use crate::report::Dimension;

/// Hedged "a"/"an" + unit phrases in `text`, in order.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let at_word = (b[i] | 0x20) == b'a' && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
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
    let art = ["an", "a"]
        .iter()
        .find_map(|a| match_at(text, i, a, false))?;
    if !text[art..].starts_with(is_space) {
        return None;
    }
    let u = skip_space(text, art);
    let (end, row) = longest_at(text, u, AFTER, |e| (e.0, e.5 & units::CASE != 0))?;
    if row.5 & (units::DIGITS | units::TIGHT | units::LONE) != 0
        || !matches!(
            row.1,
            Dimension::Duration | Dimension::Length | Dimension::Mass
        )
    {
        return None;
    }
    let h = hedge::before(text, i)?;
    if h.kind == HedgeKind::Exact {
        return None;
    }
    Some(Quantity {
        start: h.start,
        end,
        value: 1.0,
        upper: None,
        vague: None,
        form: Form::Words,
        scale: 1.0,
        dimension: row.1,
        unit: row.2,
        factor: row.3,
        offset: row.4,
        has_unit: true,
        hedge: Some(h),
        kind: h.kind,
    })
}
