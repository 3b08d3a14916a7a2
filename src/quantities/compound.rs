//! Compound quantities: one amount written in two units of one measure, the larger
//! first ("5 feet 2 inches", "2 years and 3 months", "13 dollars and 45 cents").
//!
//! Two neighbouring quantities join when both have a unit of the same dimension and
//! canonical unit, the second unit is smaller, the second figure is less than one of
//! the first unit ("5 feet 14 inches" stays two), and only spaces or "and" separate
//! them. Hedges, ranges, scales and vague figures never join. The result keeps the
//! first unit: 5 feet 2 inches = 5.1667 feet.

use super::hedge::HedgeKind;
use super::scan::{match_at, skip_space};
use super::Quantity;

/// Join compound quantities; the rest pass through.
pub fn merge(text: &str, mut qs: Vec<Quantity>) -> Vec<Quantity> {
    // In place (issue 13: a copy of every quantity into new memory was a tenth of the
    // work on figure-dense text): `q` is folded into `a`, the last one kept.
    qs.dedup_by(|q, a| {
        let join = joins(text, a, q);
        if join {
            a.value += q.value * q.factor / a.factor;
            a.end = q.end;
        }
        join
    });
    qs
}

fn plain(q: &Quantity) -> bool {
    q.has_unit
        && q.kind == HedgeKind::Exact
        && q.hedge.is_none()
        && q.upper.is_none()
        && q.vague.is_none()
        && q.scale == 1.0
        && q.offset == 0.0
        && q.value >= 0.0
}

fn joins(text: &str, a: &Quantity, b: &Quantity) -> bool {
    if !plain(a) || !plain(b) || a.dimension != b.dimension || a.unit != b.unit {
        return false;
    }
    if !(b.factor < a.factor && b.value * b.factor < a.factor) {
        return false;
    }
    let mut i = skip_space(text, a.end);
    if i == a.end {
        return false;
    }
    if let Some(e) = match_at(text, i, "and", false) {
        i = skip_space(text, e);
    }
    i == b.start
}

#[cfg(test)]
mod tests {
    use crate::quantities::quantities;

    fn one(text: &str) -> (f64, f64, usize) {
        let qs = quantities(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        (qs[0].value, qs[0].factor, qs[0].end)
    }

    #[test]
    fn feet_and_inches() {
        let (v, f, _) = one("he is 5 feet 2 inches tall");
        assert!((v * f - (5.0 * 0.3048 + 2.0 * 0.0254)).abs() < 1e-9);
    }

    #[test]
    fn years_and_months() {
        let (v, f, _) = one("jailed for 2 years and 6 months");
        assert!((v * f - 2.5 * 365.25 * 86_400.0).abs() < 1.0);
    }

    #[test]
    fn larger_unit_second_stays_apart() {
        assert_eq!(quantities("2 days 1 month").len(), 2);
        assert_eq!(quantities("5 feet 14 inches").len(), 2);
        assert_eq!(quantities("3 hours, 20 minutes").len(), 2);
    }
}
