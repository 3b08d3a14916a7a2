//! Attach a unit to one numeral: a currency sign before it ("$", "€", "US$"), a scale
//! word the numeral reader left out ("bn", "million"), then a unit word after it ("%",
//! "percent", "years", "-year", "km", "dollars"), or a word before it ("magnitude",
//! "aged"). What has no unit is a count, or a fraction of a whole ("one-fifth").

use std::sync::OnceLock;

use super::scan::{
    char_at, is_space, longest_at, longest_before, longest_before_indexed, match_at, skip_space,
    skip_space_back, word_at, RowIndex,
};
use crate::lexicon::{money, units};
use crate::numerals::{Form, Numeral};
use crate::report::Dimension;

/// A numeral with its unit, before hedges and ranges.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unitized {
    /// Start of the phrase (a currency sign or prefix word included).
    pub start: usize,
    /// End of the phrase (scale and unit words included).
    pub end: usize,
    /// The value in the written unit, every scale applied.
    pub value: f64,
    /// The total scale applied (numeral's and ours).
    pub scale: f64,
    /// The dimension.
    pub dimension: Dimension,
    /// The canonical unit.
    pub unit: &'static str,
    /// Written unit to canonical unit: `value × factor + offset`.
    pub factor: f64,
    /// See `factor` (temperatures only).
    pub offset: f64,
    /// Whether a unit, sign or code was written (a bare count has none).
    pub has_unit: bool,
}

/// The unit of numeral `n`; `limit` is where the next numeral starts.
pub fn attach(text: &str, n: &Numeral, limit: usize) -> Unitized {
    let mut u = Unitized {
        start: n.start,
        end: n.end,
        value: n.value,
        scale: n.scale,
        dimension: Dimension::Count,
        unit: "count",
        factor: 1.0,
        offset: 0.0,
        has_unit: false,
    };
    if let Some((s, code)) = money_before(text, n.start) {
        u.start = s;
        u.dimension = Dimension::Money;
        u.unit = code;
        u.has_unit = true;
    } else if let Some((s, row)) = prefix_unit(text, n.start) {
        set_row(&mut u, row);
        u.start = s;
    }
    if n.form != Form::Vague && n.scale == 1.0 {
        add_scale(text, n, &mut u, limit);
    }
    if u.dimension == Dimension::Count && !u.has_unit {
        unit_after(text, n, &mut u, limit);
    }
    if !u.has_unit && n.form == Form::Fraction && n.value < 1.0 {
        u.dimension = Dimension::Percent;
        u.unit = "fraction";
    }
    u
}

fn set_row(u: &mut Unitized, row: &units::UnitRow) {
    u.dimension = row.1;
    u.unit = row.2;
    u.factor = row.3;
    u.offset = row.4;
    u.has_unit = true;
}

/// A currency sign or code just before the number: "$", "US$ ", "EUR ".
fn money_before(text: &str, start: usize) -> Option<(usize, &'static str)> {
    // (issue 13: only the rows that may end at the byte there are tried)
    static BACK: OnceLock<RowIndex> = OnceLock::new();
    let back = BACK.get_or_init(|| RowIndex::new_back(money::BEFORE.iter().map(|e| e.0)));
    let key = |e: &(&'static str, &'static str, bool)| (e.0, e.2);
    let direct = longest_before_indexed(text, start, money::BEFORE, back, key);
    if let Some((s, e)) = direct {
        if boundary_before(text, s) {
            return Some((s, e.1));
        }
    }
    let p = skip_space_back(text, start);
    if p == start || start - p > 3 {
        return None;
    }
    let (s, e) = longest_before_indexed(text, p, money::BEFORE, back, key)?;
    boundary_before(text, s).then_some((s, e.1))
}

fn boundary_before(text: &str, s: usize) -> bool {
    super::scan::char_before(text, s).is_none_or(|c| !c.is_alphanumeric())
}

/// "magnitude 7.8", "magnitude-7", "aged 70".
fn prefix_unit(text: &str, start: usize) -> Option<(usize, &'static units::UnitRow)> {
    let p = skip_space_back(text, start);
    let (s, row) = longest_before(text, p, units::BEFORE, |e| (e.0, false))?;
    (p < start || row.0.ends_with('-')).then_some((s, row))
}

/// The end of a separator between a number and a word: nothing, spaces, or a hyphen.
fn separators(text: &str, end: usize) -> [Option<usize>; 3] {
    let spaced = skip_space(text, end);
    let hyphen = match char_at(text, end) {
        Some(c @ ('-' | '\u{2011}')) => Some(end + c.len_utf8()),
        _ => None,
    };
    [Some(end), (spaced > end).then_some(spaced), hyphen]
}

/// "90 billion", "$1.2bn", "5m" after a currency sign.
fn add_scale(text: &str, n: &Numeral, u: &mut Unitized, limit: usize) {
    let money = u.dimension == Dimension::Money;
    for (k, pos) in separators(text, u.end).into_iter().enumerate() {
        let Some(pos) = pos else { continue };
        let hit = longest_at(text, pos, units::SCALES, |e| (e.0, false));
        if let Some((e, &(_, f, money_only))) = hit {
            if e > limit || (money_only && !(k == 0 && n.form == Form::Digits)) {
                continue;
            }
            if money_only && !money && !before_noun(text, e) {
                continue;
            }
            u.end = e;
            u.value *= f;
            u.scale *= f;
            return;
        }
    }
}

/// "1.2m soldiers": a lowercase word (not a measuring word) follows.
fn before_noun(text: &str, e: usize) -> bool {
    let s = skip_space(text, e);
    if s == e {
        return false;
    }
    word_at(text, s).is_some_and(|(ws, we)| {
        let w = &text[ws..we];
        w.starts_with(|c: char| c.is_lowercase())
            && !units::MEASURE_WORDS.contains(&w)
            && !units::AFTER.iter().any(|r| r.0 == w)
    })
}

/// The row indices of [`units::AFTER`] and [`money::AFTER`] by first byte.
pub(crate) fn after_rows() -> &'static (RowIndex, RowIndex) {
    static ROWS: OnceLock<(RowIndex, RowIndex)> = OnceLock::new();
    ROWS.get_or_init(|| {
        (
            RowIndex::new(units::AFTER.iter().map(|r| r.0)),
            RowIndex::new(money::AFTER.iter().map(|r| r.0)),
        )
    })
}

/// A unit word after the number: "%", "per cent", "-year", " km", " dollars".
fn unit_after(text: &str, n: &Numeral, u: &mut Unitized, limit: usize) {
    // Where a unit may start: at most three separators and four bridges (issue 13: in
    // place, not in a Vec per figure).
    let mut slots = [(0usize, false); 7];
    let mut n_starts = 0usize;
    let mut add = |s: (usize, bool)| {
        if let Some(slot) = slots.get_mut(n_starts) {
            *slot = s;
            n_starts += 1;
        }
    };
    for (k, p) in separators(text, u.end).into_iter().enumerate() {
        if let Some(p) = p {
            add((p, k == 0));
        }
    }
    // "millions of dollars", "half an hour"
    let gap = skip_space(text, u.end);
    let bridge: &[&str] = match n.form {
        Form::Vague => &["of"],
        Form::Fraction => &["a", "an", "of a", "of an"],
        _ => &[],
    };
    for b in bridge {
        if let Some(e) = match_at(text, gap, b, false) {
            add((skip_space(text, e), false));
        }
    }
    let starts = slots.get(..n_starts).unwrap_or(&[]);
    let mut best: Option<(usize, Unit)> = None;
    let (unit_rows, money_rows) = after_rows();
    for &(pos, tight) in starts {
        let units = unit_rows.rows(text, pos).iter();
        for row in units.filter_map(|&k| units::AFTER.get(usize::from(k))) {
            let Some(e) = match_at(text, pos, row.0, row.5 & units::CASE != 0) else {
                continue;
            };
            if e > limit || !flags_ok(text, n, row.5, tight, e) {
                continue;
            }
            if best.is_none_or(|(b, _)| e > b) {
                best = Some((e, Unit::Row(row)));
            }
        }
        let moneys = money_rows.rows(text, pos).iter();
        for row in moneys.filter_map(|&k| money::AFTER.get(usize::from(k))) {
            let Some(e) = match_at(text, pos, row.0, row.2) else {
                continue;
            };
            // a sign after the figure must not be the sign of the next one: "3 $500"
            let sign = !row.0.starts_with(char::is_alphabetic);
            if sign && char_at(text, skip_space(text, e)).is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            if e <= limit && best.is_none_or(|(b, _)| e > b) {
                best = Some((e, Unit::Money(row.0, row.1)));
            }
        }
        if tight && n.form == Form::Digits {
            for &(abbr, code, name) in money::GLUED_MINOR {
                let Some(e) = match_at(text, pos, abbr, true) else {
                    continue;
                };
                if e <= limit && best.is_none_or(|(b, _)| e > b) {
                    best = Some((e, Unit::Money(name, code)));
                }
            }
        }
    }
    let Some((e, unit)) = best else { return };
    u.end = e;
    match unit {
        Unit::Row(row) => set_row(u, row),
        Unit::Money(name, code) => {
            let of = match_at(text, skip_space(text, e), "of", false).is_some();
            let pound = money::POUND_WORDS.contains(&name.to_ascii_lowercase().as_str());
            if pound && (of || (u.scale == 1.0 && weight_cue(text, u.start))) {
                u.dimension = Dimension::Mass;
                u.unit = "kg";
                u.factor = 0.453_592_37;
            } else {
                u.dimension = Dimension::Money;
                u.unit = code;
                u.factor = money::MINOR
                    .iter()
                    .find(|m| m.0.eq_ignore_ascii_case(name))
                    .map_or(1.0, |m| m.1);
            }
            u.has_unit = true;
        }
    }
    if u.dimension == Dimension::Duration {
        for tail in units::COMPOUND_TAILS {
            if let Some(e) = match_at(text, u.end, tail, false) {
                if e <= limit {
                    u.end = e;
                    break;
                }
            }
        }
    }
}

/// A weight word among the few words before byte `start` (see `money::WEIGHT_CUES`).
fn weight_cue(text: &str, start: usize) -> bool {
    let lo = super::floor_boundary(text, start.saturating_sub(40));
    text[lo..super::floor_boundary(text, start)]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| money::WEIGHT_CUES.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

#[derive(Clone, Copy)]
enum Unit {
    Row(&'static units::UnitRow),
    Money(&'static str, &'static str),
}

/// The guards of ambiguous abbreviations (see [`crate::lexicon::units`]).
fn flags_ok(text: &str, n: &Numeral, flags: u8, tight: bool, end: usize) -> bool {
    if flags & units::DIGITS != 0 && n.form != Form::Digits {
        return false;
    }
    if flags & units::TIGHT != 0 && !tight {
        return false;
    }
    if flags & units::LONE != 0 {
        let next = skip_space(text, end);
        match char_at(text, next) {
            None => {}
            Some(c) if c.is_alphanumeric() => {
                let Some((ws, we)) = word_at(text, next) else {
                    return false;
                };
                let w = text[ws..we].to_ascii_lowercase();
                if !units::MEASURE_WORDS.contains(&w.as_str()) {
                    return false;
                }
            }
            Some(c) => {
                // "5 in." ends a sentence; "5 in-" or "5 in/" are not units.
                if matches!(c, '-' | '/' | '$' | '€' | '£') || is_space(c) {
                    return false;
                }
            }
        }
    }
    true
}

/// An age in apposition: a whole number from 1 to 120 between commas right after a
/// capitalized name ("Brazil forward Neymar, 25, signed", "Maria Lopez, 41, said") is
/// that person's age in years. A list of places and figures reads the same way ("Rome,
/// 12, Paris, 14"), so the number must be followed by a comma and a lower-case word.
pub fn apposition_age(text: &str, n: &Numeral) -> bool {
    if n.form != Form::Digits || n.value.fract() != 0.0 || !(1.0..=120.0).contains(&n.value) {
        return false;
    }
    let before = text[..n.start].trim_end_matches(is_space);
    let Some(name_end) = before.strip_suffix(',').map(str::len) else {
        return false;
    };
    let name_start = text[..name_end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    let capital = name_start.is_some_and(|s| text[s..].starts_with(char::is_uppercase));
    let after = text[n.end..]
        .strip_prefix(',')
        .map(|r| r.trim_start_matches(is_space));
    capital && after.is_some_and(|r| r.starts_with(char::is_lowercase))
}
