//! Units carried from a neighbouring figure: the second figure of a pair names the unit
//! for both ("a 55 to 45 percent split", "62 vs. 38 percent"), a bracketed bare figure
//! in a list of shares is a share ("Labour 41%, Tories 38%, others (21)"), and a scaled
//! bare figure after a sum of money is money in its currency ("40-billion dollars, with
//! 12 billion for schools"; not "2 billion people").

use super::scan::{skip_space, skip_space_back, word_at};
use super::Quantity;
use crate::lexicon::words::CARRY_AFTER;
use crate::report::Dimension;

/// Words joining the two figures of a split or a comparison ("55 to 45 percent").
const PAIR_JOINS: &[&str] = &["to", "-", "–", "vs", "vs.", "versus", "/"];

/// How far back (bytes) a sum of money lends its currency to a scaled bare figure.
const MONEY_REACH: usize = 200;

/// How far back (bytes) a share lends its unit to a bracketed bare figure.
const LIST_REACH: usize = 40;

/// Give bare figures the unit their neighbours carry (see the module docs).
pub fn carry(text: &str, qs: &mut [Quantity]) {
    for i in 0..qs.len() {
        if qs[i].has_unit || qs[i].dimension != Dimension::Count || qs[i].upper.is_some() {
            continue;
        }
        let from = pair_unit(text, qs, i)
            .or_else(|| list_share(text, qs, i))
            .or_else(|| money_before(text, qs, i));
        if let Some(k) = from {
            let src = qs[k].clone();
            let q = &mut qs[i];
            q.dimension = src.dimension;
            q.unit = src.unit;
            q.factor = src.factor;
            q.offset = src.offset;
            q.has_unit = true;
        }
    }
}

/// "55 to 45 percent": the next figure, a share, joined by a pair word.
fn pair_unit(text: &str, qs: &[Quantity], i: usize) -> Option<usize> {
    let b = qs.get(i + 1)?;
    let gap = text.get(qs[i].end..b.start)?.trim();
    (b.dimension == Dimension::Percent
        && b.has_unit
        && PAIR_JOINS.iter().any(|j| gap.eq_ignore_ascii_case(j)))
    .then_some(i + 1)
}

/// "Labour 41%, Tories 38%, others (21)": a bracketed figure up to 100 right after a
/// share of the same list.
fn list_share(text: &str, qs: &[Quantity], i: usize) -> Option<usize> {
    let q = &qs[i];
    let k = i.checked_sub(1)?;
    let a = &qs[k];
    let bracketed = text[..q.start].ends_with('(') && text[q.end..].starts_with(')');
    let gap = text.get(a.end..q.start)?;
    let near = gap.len() <= LIST_REACH && !gap.contains(['.', '\n', ';']);
    (bracketed && near && a.dimension == Dimension::Percent && q.value <= 100.0).then_some(k)
}

/// "40-billion dollars, with 12 billion for schools": a figure with a scale of a million
/// or more, no noun after it, after a sum of money with a scale in the same passage.
fn money_before(text: &str, qs: &[Quantity], i: usize) -> Option<usize> {
    let q = &qs[i];
    if q.scale < 1e6 {
        return None;
    }
    let after = skip_space(text, q.end);
    let free = match word_at(text, after).filter(|_| after > q.end) {
        Some((s, e)) => CARRY_AFTER
            .iter()
            .any(|w| w.eq_ignore_ascii_case(&text[s..e])),
        None => true,
    };
    if !free {
        return None;
    }
    // The nearest sum of money before, looked for only within reach: the figures are in
    // order and their ends rise, so one out of reach means all before it are (issue
    // 13: a walk back over every figure, "1 million, 1 million, ..." was quadratic).
    let at = skip_space_back(text, q.start);
    let k = (0..i)
        .rev()
        .take_while(|&k| at.saturating_sub(qs[k].end) <= MONEY_REACH)
        .find(|&k| qs[k].dimension == Dimension::Money)?;
    let a = &qs[k];
    let close = at.saturating_sub(a.end) <= MONEY_REACH;
    let other_unit_between = qs[k + 1..i]
        .iter()
        .any(|x| x.has_unit && x.dimension != Dimension::Money);
    (close && a.scale >= 1e6 && !other_unit_between).then_some(k)
}
