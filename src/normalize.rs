//! Normalize: quantities to canonical values and intervals, as [`Mention`]s.
//!
//! The interval of a hedged figure v (in the written unit, then converted with the
//! unit's factor and offset, so "about 30°C" is [27, 33] °C in kelvin):
//!
//! | hedge kind | low | high | option |
//! |---|---|---|---|
//! | exact | v | v | (`rounding_cap` is applied when comparing, not here) |
//! | approx | approx_low·v | approx_high·v | `approx_low`, `approx_high` |
//! | nearly | nearly_low·v | v, open | `nearly_low` |
//! | more_than | v, open | null | |
//! | at_least | v | null | |
//! | less_than | 0 (null for temperatures) | v, open | |
//! | up_to | 0 (null for temperatures) | v | |
//! | range | a | b (value null) | |
//! | vague | vague_low_factor·u | 10·u, open (value null) | `vague_low_factor` |
//!
//! For a vague magnitude the numeral reader gives [2·u, 10·u) ("tens of thousands":
//! u = 10^4; "dozens": u = 12); `vague_low_factor` replaces the 2.

use crate::context;
use crate::options::Options;
use crate::quantities::hedge::HedgeKind;
use crate::quantities::{quantities, Quantity};
use crate::report::{Dimension, Mention};
use crate::segment::sentences;

/// The interval a figure's wording allows, in canonical units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// The stated value (the midpoint for ranges and vague magnitudes).
    pub value: Option<f64>,
    /// Lower bound (`None` = unbounded).
    pub low: Option<f64>,
    /// Upper bound (`None` = unbounded).
    pub high: Option<f64>,
    /// `low` excluded.
    pub low_open: bool,
    /// `high` excluded.
    pub high_open: bool,
}

/// The interval of a quantity under the options' hedge constants.
///
/// ```
/// use fact_compare::{normalize::interval, quantities::quantities, Options};
/// let q = &quantities("nearly 40 minutes")[0];
/// let i = interval(q, &Options::default());
/// assert_eq!((i.low, i.high, i.high_open), (Some(2160.0), Some(2400.0), true));
/// ```
pub fn interval(q: &Quantity, o: &Options) -> Interval {
    let si = |x: f64| x * q.factor + q.offset;
    let v = q.value;
    let floor = if q.dimension == Dimension::Temperature || v < 0.0 {
        None
    } else {
        Some(si(0.0))
    };
    let (value, low, high, low_open, high_open) = match q.kind {
        HedgeKind::Exact => (Some(v), Some(v), Some(v), false, false),
        HedgeKind::Approx => {
            let (a, b) = (o.approx_low * v, o.approx_high * v);
            (Some(v), Some(a.min(b)), Some(a.max(b)), false, false)
        }
        // A negative figure ("nearly -3%") is nearly that far below zero: (v, 0.9v].
        // (issue 8: [0.9v, v) had low > high.)
        HedgeKind::Nearly if v < 0.0 => (Some(v), Some(v), Some(o.nearly_low * v), true, false),
        HedgeKind::Nearly => (Some(v), Some(o.nearly_low * v), Some(v), false, true),
        HedgeKind::MoreThan => (Some(v), Some(v), None, true, false),
        HedgeKind::AtLeast => (Some(v), Some(v), None, false, false),
        HedgeKind::LessThan => (Some(v), None, Some(v), false, true),
        HedgeKind::UpTo => (Some(v), None, Some(v), false, false),
        HedgeKind::Range => {
            let b = q.upper.unwrap_or(v);
            (Some((v + b) / 2.0), Some(v), Some(b), false, false)
        }
        HedgeKind::Vague => {
            let (lo, hi) = q.vague.unwrap_or((v, v * 5.0));
            let unit = lo / 2.0;
            let lo = unit * o.vague_low_factor;
            (Some((lo + hi) / 2.0), Some(lo), Some(hi), false, true)
        }
    };
    let low = match (q.kind, low) {
        (HedgeKind::LessThan | HedgeKind::UpTo, _) => floor,
        (_, l) => l.map(si),
    };
    Interval {
        value: value.map(si),
        low,
        high: high.map(si),
        low_open,
        high_open,
    }
}

/// The mentions of one text (ids, source and UTF-16 offsets are set by the caller).
pub fn mentions(text: &str, options: &Options) -> Vec<Mention> {
    let sents = sentences(text);
    let mut k = 0;
    // The figure's sentence, read once for all its figures: its tokens and qualifiers.
    let mut cached: Option<(
        (usize, usize),
        context::Tokens,
        Vec<crate::report::Qualifier>,
    )> = None;
    let mut marks = context::ClauseMarks::default();
    quantities(text)
        .into_iter()
        .map(|q| {
            while k + 1 < sents.len() && sents[k].end <= q.start {
                k += 1;
            }
            let (ss, se) = sents
                .get(k)
                .filter(|s| s.start <= q.start)
                .map_or((q.start, q.end), |s| (s.start, s.end.max(q.end)));
            let i = interval(&q, options);
            let near = context_window(text, (ss, se), &q);
            if cached.as_ref().is_some_and(|c| c.0 != (ss, se)) {
                cached = None;
            }
            let (_, toks, sq) = cached.get_or_insert_with(|| {
                let toks = context::Tokens::new(text, (ss, se));
                let sq = context::sentence_qualifiers(text, &toks);
                ((ss, se), toks, sq)
            });
            Mention {
                id: String::new(),
                source: String::new(),
                text: text[q.start..q.end].to_string(),
                start: q.start,
                end: q.end,
                start_utf16: 0,
                end_utf16: 0,
                dimension: q.dimension,
                unit: q.unit.to_string(),
                value: i.value,
                low: i.low,
                high: i.high,
                low_open: i.low_open,
                high_open: i.high_open,
                hedge: q.hedge.map(|h| text[h.start..h.end].to_string()),
                hedge_kind: q.kind.as_str().to_string(),
                subject: context::subject(text, toks, narrow(text, near, &q), &q),
                qualifiers: context::qualifiers_near(text, sq, toks, near, &q, &mut marks),
                sentence_start: ss,
                sentence_end: se,
                sentence_start_utf16: 0,
                sentence_end_utf16: 0,
                derived: None,
                frame: Default::default(),
            }
        })
        .collect()
}

/// Context words are read within this many bytes of a figure, inside its sentence: it
/// keeps the work per mention bounded when a "sentence" is a megabyte with no stop.
const CONTEXT_BYTES: usize = 400;

fn context_window(text: &str, sent: (usize, usize), q: &Quantity) -> (usize, usize) {
    let mut lo = sent.0.max(q.start.saturating_sub(CONTEXT_BYTES));
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = sent.1.min(q.end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    (lo.min(q.start), hi.max(q.end))
}

/// The subject is read from a few words around the figure.
fn narrow(text: &str, near: (usize, usize), q: &Quantity) -> (usize, usize) {
    let lo = crate::quantities::floor_boundary(text, near.0.max(q.start.saturating_sub(80)));
    let mut hi = near.1.min(q.end + 100);
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    (lo.min(q.start), hi.max(q.end))
}
