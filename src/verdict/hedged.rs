//! When hedged and rounded figures agree although their stated values differ.
//!
//! Two outlets rarely write a figure the same way: one converts miles to kilometres
//! ("about 9 miles" / "14 kilometers"), one rounds to a hedge ("nearly 70 percent" /
//! "68.4%"), one gives the floor an earlier count reached ("at least 50" / "51"). A
//! group agrees when one value lies within the band of every figure a source states as
//! a point (exact or approximate), and that common stretch meets the agreement band of
//! every bound:
//!
//! | figure | band |
//! |---|---|
//! | exact `v` | `v ± t`, `t` half a unit of its last non-zero digit, capped at [`LOOSE_CAP`] |
//! | approximate ("about v") | `v ± `[`APPROX_AGREE`]` × v` |
//! | nearly `v` | [[`NEARLY_AGREE`] × v, v] |
//! | at least / more than `v` | [v, [`FLOOR_AGREE`] × v]; a floor below another floor is implied by it and ignored |
//! | at least / more than a round `v` (one significant digit: "more than 4,000", "over a decade") | [v, the next round step): 4,000 to 5,000, 10 to 20 years |
//!
//! At least one figure must be hedged: unhedged figures alone are judged by the
//! rounding rule ([`super::tolerance`]). A group with no point figure takes its
//! "nearly" figures as points ("nearly 12 years" and "over a decade" agree). A group of
//! ceilings only ("up to 185 km/h", "up to 190 km/h") states one maximum and compares
//! the stated maxima as exact figures. Otherwise ceilings ("up to $100 billion" beside
//! "$90 billion") are claims of their own: a group holding one is judged by stated
//! values only.
//!
//! A range ("between 3 and 4 million", "400,000 to 500,000") and a vague magnitude
//! ("millions", "dozens") state no single value: every value inside them is what they
//! say, so they agree with a figure whose band meets them ("400,000" beside "400,000 to
//! 500,000"; "at least 3 million" beside "between three and four million"). With no
//! point or "nearly" figure, the ranges set the common stretch, and with none of those
//! either, the vague magnitudes do ("millions" beside "at least 3 million"). Beside a
//! figure stated as a point a magnitude word says less than it, and the group differs
//! ("dozens" / "43").
//!
//! A round floor is how a reporter rounds a figure down to its leading digit: "more
//! than 4,000 teachers" is said of 4,500, not of 5,200; a floor stated to more digits
//! ("more than 4,200") is said of a figure just above it.

use super::{rounding, tolerance, Span};
use crate::report::Mention;

/// Rounding of an exact figure allowed when comparing it with a hedged or converted
/// one: 3% ("5.2 km" may be 3.2 miles, 5.15 km).
pub const LOOSE_CAP: f64 = 0.03;
/// "About v" agrees with a figure within this share of v: "about 9
/// miles" and "about 15km"; "about 4,000" and 4,300 differ.
pub const APPROX_AGREE: f64 = 0.05;
/// "Nearly v" agrees with a figure at or above this share of v ("nearly 70 percent"
/// and 68.4%), not with one further down ("nearly 4,000" and 3,700 differ).
pub const NEARLY_AGREE: f64 = 0.95;
/// "At least v" agrees with a figure at most this multiple of v ("at least 50" and 51),
/// not with one further up ("more than 120" and 134 differ).
pub const FLOOR_AGREE: f64 = 1.1;

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Point,
    Nearly,
    Floor,
    /// Two stated ends: its whole interval is what it says.
    Range,
    /// A magnitude word ("millions", "dozens"): its interval is what it says.
    Vague,
    Other,
}

fn role(m: &Mention) -> Role {
    match m.hedge_kind.as_str() {
        "" | "exact" | "approx" => Role::Point,
        "nearly" => Role::Nearly,
        "at_least" | "more_than" => Role::Floor,
        "range" => Role::Range,
        "vague" => Role::Vague,
        _ => Role::Other,
    }
}

/// A ceiling: "up to", "at most", "less than", "under".
fn ceiling(m: &Mention) -> bool {
    matches!(m.hedge_kind.as_str(), "up_to" | "less_than")
}

/// The top of a floor's agreement band: the next round step for a floor stated with
/// one significant digit ([`rounding::leading_digit`]: "more than 4,000" -> 5,000;
/// "at least $3 million" -> 4 million; "over a decade" -> 20 years), else
/// [`FLOOR_AGREE`] × v.
fn floor_top(m: &Mention, v: f64) -> f64 {
    match rounding::leading_digit(m) {
        Some(lead) => (v * (lead + 1.0) / lead).max(FLOOR_AGREE * v),
        None => FLOOR_AGREE * v,
    }
}

/// The band within which a point figure agrees with another.
fn band(m: &Mention, s: &Span) -> Option<(f64, f64)> {
    let v = s.value?;
    if m.hedge_kind == "approx" {
        let a = APPROX_AGREE * v.abs();
        return Some((v - a, v + a));
    }
    let t = tolerance(m, v, LOOSE_CAP);
    Some((v - t, v + t))
}

/// Whether the group agrees once rounding and hedges are allowed for (see the module
/// docs): one value lies in the band of every point figure, and that common stretch
/// meets the band of every bound. Needs at least one point figure.
pub(crate) fn agree(members: &[&Mention], spans: &[Span]) -> bool {
    let mut roles: Vec<Role> = members.iter().map(|m| role(m)).collect();
    if members.iter().all(|m| ceiling(m)) {
        // One stated maximum: the maxima are compared as exact figures.
        roles.fill(Role::Point);
    } else if roles.contains(&Role::Other) {
        return false;
    }
    // The common stretch of the points; with no point, of the "nearly" figures, then
    // of the ranges, then of the vague magnitudes.
    let stretch = [Role::Point, Role::Nearly, Role::Range, Role::Vague]
        .into_iter()
        .find(|r| roles.contains(r))
        .unwrap_or(Role::Point);
    let (mut lo, mut hi, mut points) = (f64::NEG_INFINITY, f64::INFINITY, 0);
    for (i, m) in members.iter().enumerate() {
        if roles[i] == stretch {
            let band = match stretch {
                Role::Point => band(m, &spans[i]),
                Role::Range | Role::Vague => Some((spans[i].low, spans[i].high)),
                // "Nearly v" stops short of v.
                _ => spans[i]
                    .value
                    .map(|v| (NEARLY_AGREE * v, v - 1e-9 * v.abs())),
            };
            let Some((l, h)) = band else {
                return false;
            };
            lo = lo.max(l);
            hi = hi.min(h);
            points += 1;
        }
    }
    // Two unhedged figures are judged by the rounding rule alone.
    let hedged = members
        .iter()
        .any(|m| !matches!(m.hedge_kind.as_str(), "" | "exact"));
    if points == 0 || lo > hi || !hedged {
        return false;
    }
    let top_floor = (0..members.len())
        .filter(|&i| roles[i] == Role::Floor)
        .filter_map(|i| spans[i].value)
        .fold(f64::NEG_INFINITY, f64::max);
    let meets = |l: f64, h: f64| l <= hi && lo <= h;
    (0..members.len()).all(|i| match (roles[i], spans[i].value) {
        (r, _) if r == stretch => true,
        (Role::Nearly, Some(v)) => meets(NEARLY_AGREE * v, v),
        (Role::Range, _) => meets(spans[i].low, spans[i].high),
        // Beside a figure stated as a point, a magnitude word says less than it: the
        // two statements differ ("dozens" / "43"); beside bounds it says as much.
        (Role::Vague, _) => stretch != Role::Point && meets(spans[i].low, spans[i].high),
        // A floor below another floor is implied by it ("at least 46" once "at
        // least 50" is known).
        (Role::Floor, Some(v)) => v < top_floor || meets(v, floor_top(members[i], v)),
        _ => false,
    })
}
