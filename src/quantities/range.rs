//! Ranges: two figures that state one interval.
//!
//! | written | reads |
//! |---|---|
//! | between a and b, between a to b | [a, b] |
//! | from a to b, a to b, a through b | [a, b] |
//! | a-b, a–b (ascending only: "311-112" is a vote tally, two counts) | [a, b] |
//! | seven or eight (b ≤ 3a) | [a, b] |
//! | a week or two, an hour or two | [1, b] weeks, hours |
//! | $3-5bn, 3 to 5 billion dollars | a unit or scale written once applies to both |
//! | $44 billion or $54.20 | two figures: a scale never carries to a figure with its own sign |

use super::hedge::{Hedge, HedgeKind};
use super::scan::{longest_before, match_at, match_before, skip_space, skip_space_back};
use super::Quantity;
use crate::lexicon::hedges::{RANGE_JOIN, RANGE_OPEN};
use crate::lexicon::units;
use crate::numerals::Form;
use crate::report::Dimension;

/// Merge neighbouring quantities that form a range; the rest pass through.
pub fn merge(text: &str, mut qs: Vec<Quantity>) -> Vec<Quantity> {
    // In place (issue 13: a copy of every quantity into new memory was a tenth of the
    // work on figure-dense text): `w` quantities are written, `r` the next one read;
    // every slot below `r` has been read.
    let (mut w, mut r) = (0, 0);
    while r < qs.len() {
        let joined = match (qs.get(r), qs.get(r + 1)) {
            (Some(a), Some(b)) => pair(text, a, b).or_else(|| ratio(text, a, b)),
            _ => None,
        };
        if let Some(j) = joined {
            qs[w] = j;
            r += 2;
        } else {
            article_range(text, &mut qs[r]);
            qs.swap(w, r);
            r += 1;
        }
        w += 1;
    }
    qs.truncate(w);
    qs
}

/// `a` and `b` as one range, if the words between them say so.
fn pair(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    if a.form == Form::Vague || b.form == Form::Vague || a.upper.is_some() {
        return None;
    }
    let gap_start = skip_space(text, a.end);
    let gap_end = skip_space_back(text, b.start);
    if gap_end < gap_start {
        return None;
    }
    // (issue 13: compared in place, not lowercased into a copy: the gap between two
    // figures may be a paragraph long)
    let written = text.get(gap_start..gap_end)?;
    let join = RANGE_JOIN
        .iter()
        .find(|j| j.eq_ignore_ascii_case(written))?;
    let gap: &str = join;
    let spaced = gap_start > a.end || gap_end < b.start;
    if join == "-" && spaced {
        return None;
    }
    let opener = RANGE_OPEN
        .iter()
        .filter_map(|(o, j)| {
            let s = match_before(text, skip_space_back(text, a.start), o, false)?;
            Some((s, *j))
        })
        .min_by_key(|(s, _)| *s);
    if gap == "and" && opener.is_none() {
        return None;
    }
    if let Some((_, j)) = opener {
        if j != gap && !(j == "and" && gap == "to") && !(j == "to" && gap.len() <= 3) {
            return None;
        }
    }
    // Units: the same on both sides, or written once.
    let mut low = a.clone();
    let high = b;
    if low.has_unit && high.has_unit {
        if low.unit != high.unit || low.dimension != high.dimension {
            return None;
        }
    } else if high.has_unit {
        low.dimension = high.dimension;
        low.unit = high.unit;
        low.factor = high.factor;
        low.offset = high.offset;
    } else if !low.has_unit && low.dimension != high.dimension {
        return None;
    }
    let mut low_value = low.value;
    if low.scale == 1.0 && high.scale > 1.0 && low.value < high.value / high.scale {
        low_value *= high.scale;
    }
    let mut high_value = high.value;
    // "3 million to 5": the scale carries over; "one thousand to one thousand and
    // five hundred" already says its own size, and so does a second figure with its own
    // sign ("$44 billion or $54.20 a share" is two figures).
    if high.scale == 1.0
        && !high.has_unit
        && low.scale > 1.0
        && high.value < low.value
        && high.value * low.scale > low.value
    {
        high_value *= low.scale;
    }
    if low_value >= high_value {
        return None;
    }
    if gap == "or" && (high_value > 3.0 * low_value || opener.is_some()) {
        return None;
    }
    let (dimension, unit, factor, offset) = if high.has_unit {
        (high.dimension, high.unit, high.factor, high.offset)
    } else {
        (low.dimension, low.unit, low.factor, low.offset)
    };
    let start = opener.map_or(low.start, |(s, _)| s);
    Some(Quantity {
        start,
        end: high.end,
        value: low_value,
        upper: Some(high_value),
        dimension,
        unit,
        factor,
        offset,
        has_unit: low.has_unit || high.has_unit,
        kind: HedgeKind::Range,
        hedge: opener.map(|(s, _)| Hedge {
            kind: HedgeKind::Range,
            start: s,
            end: skip_space_back(text, low.start),
        }),
        ..low
    })
}

/// "one in five", "three out of four": a share of a whole (percent, a / b).
fn ratio(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    if a.has_unit || b.has_unit || a.form == Form::Vague || b.form == Form::Vague {
        return None;
    }
    let gap_start = skip_space(text, a.end);
    let gap = text.get(gap_start..skip_space_back(text, b.start))?;
    let joined = ["in", "out of"].iter().any(|j| {
        match_at(text, gap_start, j, false).is_some_and(|e| skip_space(text, e) == b.start)
    });
    if !joined || gap.is_empty() || a.value <= 0.0 || a.value >= b.value {
        return None;
    }
    Some(Quantity {
        end: b.end,
        value: a.value / b.value,
        dimension: Dimension::Percent,
        unit: "fraction",
        has_unit: true,
        ..a.clone()
    })
}

/// "a week or two", "an hour or two": [1, b] of the unit named between.
fn article_range(text: &str, q: &mut Quantity) {
    if q.has_unit || q.upper.is_some() || q.value <= 1.0 || q.dimension != Dimension::Count {
        return;
    }
    let Some(or) = match_before(text, skip_space_back(text, q.start), "or", false) else {
        return;
    };
    let p = skip_space_back(text, or);
    let Some((us, row)) = longest_before(text, p, units::AFTER, |e| (e.0, false)) else {
        return;
    };
    if row.1 != Dimension::Duration && row.1 != Dimension::Length {
        return;
    }
    let p = skip_space_back(text, us);
    let Some(s) = ["a", "an"]
        .iter()
        .find_map(|a| match_before(text, p, a, false))
    else {
        return;
    };
    q.start = s;
    q.upper = Some(q.value);
    q.value = 1.0;
    q.dimension = row.1;
    q.unit = row.2;
    q.factor = row.3;
    q.offset = row.4;
    q.has_unit = true;
    q.kind = HedgeKind::Range;
}
