//! Verdict: how the figures of one group relate (DESIGN.md, "Verdicts").
//!
//! | verdict | when |
//! |---|---|
//! | `single` | only one source gives the figure |
//! | `agree` | the stated values are equal within the rounding tolerance |
//! | `differ` | the intervals overlap, but the stated values are not equal |
//! | `conflict` | at least two intervals cannot both hold |
//! | `scope` | two figures cannot both hold, and every disagreeing pair differs in its qualifiers |
//!
//! Stated values that differ still agree when rounding and hedges account for the gap
//! ("about 9 miles" / "14 kilometers"; "nearly 70 percent" / "68.4%"; "at least 50" /
//! "51"): see `hedged.rs` for the bands. Ceilings ("up to $100 billion" / "$90
//! billion") stay a difference.
//!
//! An unhedged figure stands for `[v − t, v + t]`, where `t` is half a unit of its last
//! non-zero digit as written ("4,000": 500; "47.6": 0.05), capped at
//! [`Options::rounding_cap`] of `v`. A hedged figure stands for the interval the hedge
//! allows (`low`, `high`, `low_open`, `high_open`).
//!
//! Two figures that disagree are explained by scope when they carry qualifiers of the
//! same kind that say different things ("police said" vs "organisers said", "in Kharkiv"
//! vs "across the country", "gross" vs "net", "on Monday" vs "on Tuesday"). A place or
//! time named on one side only explains a difference of counts and percentages when it
//! is the figure's own (a place in its clause, an "as of" time: "by Tuesday evening")
//! and the other figure's sentence does not name it (`scope_differs`); a one-sided
//! attribution explains nothing.

mod explain;
mod hedged;
mod rounding;

pub use rounding::tolerance;

use crate::options::Options;
use crate::report::{Dimension, Mention, QualifierKind, Verdict};

/// A group's judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// max stated / min stated − 1 (0 when they agree or fewer than two values are stated).
    pub spread: f64,
    /// One line a reader can check.
    pub explanation: String,
}

/// One member seen as an interval.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub(crate) value: Option<f64>,
    pub(crate) tol: f64,
    /// How far above `high` the figure may lie because its last digit was cut rather
    /// than rounded (see `rounding.rs`); 0 for most figures.
    pub(crate) cut: f64,
    /// A conversion in brackets ("(£34.6 billion)"): never taken as cut (`rounding.rs`).
    pub(crate) conversion: bool,
    /// An unhedged figure whose tolerance is its own half unit, below the cap ("3.1%",
    /// "4,150"), not a round one ("4,000", "three miles").
    pub(crate) precise: bool,
    pub(crate) low: f64,
    pub(crate) high: f64,
    pub(crate) low_open: bool,
    pub(crate) high_open: bool,
}

/// Judge a group of mentions.
///
/// ```
/// # use fact_compare::{Mention, Options, Verdict};
/// # fn m(source: &str, text: &str, v: f64) -> Mention {
/// #     let mut m: Mention = serde_json::from_str(r#"{"id":"","source":"","text":"","start":0,"end":0,
/// #       "start_utf16":0,"end_utf16":0,"dimension":"money","unit":"EUR","value":0,"low":0,"high":0,
/// #       "hedge":null,"hedge_kind":"exact","subject":"","qualifiers":[],"sentence_start":0,
/// #       "sentence_end":0,"sentence_start_utf16":0,"sentence_end_utf16":0}"#).unwrap();
/// #     m.source = source.into(); m.text = text.into();
/// #     m.value = Some(v); m.low = Some(v); m.high = Some(v); m
/// # }
/// use fact_compare::verdict::judge;
/// let a = m("wire", "€47.6 million", 47.6e6);
/// let b = m("radio", "€48 million", 48e6);
/// assert_eq!(judge(&[&a, &b], &Options::default()).verdict, Verdict::Agree);
/// ```
pub fn judge(members: &[&Mention], options: &Options) -> Judgement {
    judge_in(members, options, &|_| None)
}

/// [`judge`], with the sentence of each member (`sentence(m)`, `None` when unknown), so
/// that a place or time that only one figure of a count names can explain a
/// difference when the other figure's sentence does not name it (see
/// `scope_differs`).
pub fn judge_in(
    members: &[&Mention],
    options: &Options,
    sentence: &dyn Fn(&Mention) -> Option<String>,
) -> Judgement {
    let mut sources: Vec<&str> = members.iter().map(|m| m.source.as_str()).collect();
    crate::sort::sort(&mut sources);
    sources.dedup();
    if sources.len() < 2 {
        return Judgement {
            verdict: Verdict::Single,
            spread: 0.0,
            explanation: explain::single(members),
        };
    }
    let (sentences, sentence_of) = lowered_sentences(members, sentence);
    let spans: Vec<Span> = members
        .iter()
        .zip(&sentence_of)
        .map(|(m, &s)| {
            let mut span = span(m, options);
            span.conversion = rounding::converted(m, &sentences[s]);
            span
        })
        .collect();
    let spread = spread(&spans);
    // Members that state the same interval with the same qualifiers are judged once.
    let keys: Vec<Key> = members.iter().zip(&spans).map(|(m, s)| key(m, s)).collect();
    let first = first_equal(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let reps: Vec<usize> = (0..members.len()).filter(|&i| first[i] == i).collect();
    let mut conflicts = Vec::new();
    let mut unequal = Vec::new();
    for (x, &i) in reps.iter().enumerate() {
        for &j in &reps[x + 1..] {
            if cut_alike(&spans[i], &spans[j]) {
                continue;
            }
            if disjoint(&spans[i], &spans[j]) {
                conflicts.push((i, j));
            } else if !same_stated(&spans[i], &spans[j]) {
                unequal.push((i, j));
            }
        }
    }
    // A disagreement is explained by scope when the two figures, or others in the group
    // that state the same value as each, are qualified differently ("9 in Velmora" vs
    // "14 across the province" explains every 9 vs every 14).
    let same_as = |i: usize| -> Vec<usize> {
        reps.iter()
            .copied()
            .filter(|&k| {
                k == i || same_stated(&spans[i], &spans[k]) || cut_alike(&spans[i], &spans[k])
            })
            .collect()
    };
    let witness = |&(i, j): &(usize, usize)| -> Option<(usize, usize)> {
        let (ci, cj) = (same_as(i), same_as(j));
        ci.iter().find_map(|&a| {
            cj.iter()
                .find(|&&b| {
                    scope_differs(
                        members[a],
                        members[b],
                        &sentences[sentence_of[a]],
                        &sentences[sentence_of[b]],
                    )
                })
                .map(|&b| (a, b))
        })
    };
    let explained = |p: &(usize, usize)| witness(p).is_some();
    if !(conflicts.is_empty() && unequal.is_empty()) && hedged::agree(members, &spans) {
        return Judgement {
            verdict: Verdict::Agree,
            spread,
            explanation: explain::hedged(members, spread),
        };
    }
    let verdict = if conflicts.is_empty() && unequal.is_empty() {
        Verdict::Agree
    } else if !conflicts.is_empty()
        && conflicts.iter().all(explained)
        && unequal.iter().all(explained)
    {
        // Scope only when the figures cannot both hold: overlapping figures with
        // different qualifiers still differ.
        Verdict::Scope
    } else if conflicts.iter().all(explained) {
        Verdict::Differ
    } else {
        Verdict::Conflict
    };
    let pair = match verdict {
        Verdict::Conflict => conflicts.iter().find(|p| !explained(p)).copied(),
        Verdict::Scope => conflicts.first().or(unequal.first()).and_then(witness),
        _ => unequal.first().copied(),
    };
    Judgement {
        verdict,
        spread: if verdict == Verdict::Agree {
            0.0
        } else {
            spread
        },
        explanation: explain::line(members, &spans, verdict, spread, pair),
    }
}

/// A member's interval (as bits) and qualifiers: equal keys are judged once.
type Key = (u64, u64, u64, u64, bool, bool, Vec<(QualifierKind, String)>);

/// For each of `n` items, the first (lowest) index of an item equal to it under `cmp`,
/// a total order: one sort of the indices (O(n log n)), where a hash set per key type
/// would add a whole hash table's code to the wasm module (issue 13).
fn first_equal(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // Stable: within a run of equal items the lowest index comes first.
    crate::sort::sort_by(&mut order, |&a, &b| cmp(a, b));
    let mut first = vec![0; n];
    let mut head = 0;
    for (k, &i) in order.iter().enumerate() {
        if k == 0 || cmp(order[k - 1], i) != std::cmp::Ordering::Equal {
            head = i;
        }
        first[i] = head;
    }
    first
}

/// What makes two members different for judging: their interval and qualifiers.
fn key(m: &Mention, s: &Span) -> Key {
    (
        s.value.map_or(u64::MAX, f64::to_bits),
        s.tol.to_bits(),
        s.low.to_bits(),
        s.high.to_bits(),
        s.low_open,
        s.high_open,
        m.qualifiers
            .iter()
            .map(|q| (q.kind, q.text.to_ascii_lowercase()))
            .collect(),
    )
}

/// The interval a member stands for; unhedged figures get the rounding tolerance.
pub(crate) fn span(m: &Mention, options: &Options) -> Span {
    let tol = m
        .value
        .map_or(0.0, |v| tolerance(m, v, options.rounding_cap));
    let exact = m.hedge_kind == "exact" || m.hedge_kind.is_empty();
    match m.value {
        Some(v) if exact && m.derived.is_none() => Span {
            value: Some(v),
            tol,
            cut: rounding::cut(m, tol),
            conversion: false,
            precise: tol < options.rounding_cap * v.abs() * (1.0 - 1e-9),
            low: v - tol,
            high: v + tol,
            low_open: false,
            high_open: false,
        },
        _ => Span {
            value: m.value,
            tol,
            cut: 0.0,
            conversion: false,
            precise: false,
            low: m.low.unwrap_or(f64::NEG_INFINITY),
            high: m.high.unwrap_or(f64::INFINITY),
            low_open: m.low_open,
            high_open: m.high_open,
        },
    }
}

/// Intervals that cannot both hold.
pub(crate) fn disjoint(a: &Span, b: &Span) -> bool {
    below(a, b) || below(b, a)
}

fn below(a: &Span, b: &Span) -> bool {
    a.high < b.low || (a.high == b.low && (a.high_open || b.low_open))
}

/// Stated values equal within the larger of the two tolerances; without stated values,
/// the same interval.
pub(crate) fn equal(a: &Span, b: &Span) -> bool {
    match (a.value, b.value) {
        (Some(x), Some(y)) => (x - y).abs() <= a.tol.max(b.tol) + 1e-9 * x.abs().max(y.abs()),
        _ => a.low == b.low && a.high == b.high,
    }
}

/// Stated values that are one figure within rounding, for the verdict: [`equal`], or
/// two unhedged figures whose rounding intervals overlap, one of them stated precisely
/// ("3%" and "3.1%": 2.94-3.06% and 3.05-3.15%). Intervals that only touch do not
/// ("79" and "80" seats), nor do two round figures at their caps ("three miles" and
/// "5 km", 3.5% apart): each would then have to be off by its whole allowance.
fn same_stated(a: &Span, b: &Span) -> bool {
    if equal(a, b) {
        return true;
    }
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return false;
    };
    point(a)
        && point(b)
        && (a.precise || b.precise)
        && (x - y).abs() < (a.tol + b.tol) * (1.0 - 1e-6)
}

/// An unhedged figure: its span is exactly its rounding tolerance.
fn point(s: &Span) -> bool {
    s.value
        .is_some_and(|v| s.low == v - s.tol && s.high == v + s.tol)
}

/// Two figures that are one as written, once the lower one's last digit may have been
/// cut where the other's was rounded ("$5.97 billion" and "$5.98 billion": the higher
/// value lies within what the lower one's cut digit allows). Both must be unhedged;
/// only figures with decimals before a scale word can be cut, and a pair with a conversion in it
/// is a difference of exchange rates, not of cutting (`rounding.rs`).
fn cut_alike(a: &Span, b: &Span) -> bool {
    if a.conversion || b.conversion || !point(a) || !point(b) {
        return false;
    }
    let (Some(x), Some(y)) = (a.value, b.value) else {
        return false;
    };
    let (low, high) = if x <= y { (a, y) } else { (b, x) };
    low.cut > 0.0
        && low
            .value
            .is_some_and(|v| high <= v + low.tol + low.cut + 1e-9 * v.abs())
}

/// Each member's sentence, lowercased, as an index into a list of the distinct ones:
/// the figures of one sentence share one copy (issue 13: a figure-dense sentence of
/// 200 KB copied once per member of a 40,000-figure group took 8 GB).
fn lowered_sentences(
    members: &[&Mention],
    sentence: &dyn Fn(&Mention) -> Option<String>,
) -> (Vec<Option<String>>, Vec<usize>) {
    let key = |i: usize| {
        let m = members[i];
        (m.source.as_str(), m.sentence_start, m.sentence_end)
    };
    let first = first_equal(members.len(), &|a, b| key(a).cmp(&key(b)));
    let mut texts: Vec<Option<String>> = Vec::new();
    let mut of: Vec<usize> = Vec::with_capacity(members.len());
    for (i, m) in members.iter().enumerate() {
        // The first member of a sentence comes before the others: its index is set.
        let id = match of.get(first[i]) {
            Some(&id) if first[i] < i => id,
            _ => {
                texts.push(sentence(m).map(|s| s.to_ascii_lowercase()));
                texts.len() - 1
            }
        };
        of.push(id);
    }
    (texts, of)
}

/// max stated / min stated − 1 over the stated values (0 when it is not defined).
fn spread(spans: &[Span]) -> f64 {
    let vals: Vec<f64> = spans.iter().filter_map(|s| s.value).map(f64::abs).collect();
    let (lo, hi) = vals.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
        (lo.min(*v), hi.max(*v))
    });
    if vals.len() < 2 || lo <= 0.0 || !hi.is_finite() {
        0.0
    } else {
        hi / lo - 1.0
    }
}

/// Whether the qualifiers of two disagreeing figures say they measure different things:
///
/// - both carry a qualifier of one kind (place, time, attribution, other scope) and
///   they share none ("police said" vs "organisers said"; "on Monday" vs "by Tuesday
///   evening"; "gross" vs "net");
/// - or, for counts and percentages, only one names a place or a time and the other's
///   sentence (lowercased, when known) does not name it at all: "nine died in Velmora"
///   vs "14 people died" is a city and a wider toll; "21 arrested by Saturday evening"
///   vs an undated "14 arrests" is a toll that rose. A one-sided attribution explains
///   nothing ("800, police said" vs "3,000" is still a disagreement), and neither does
///   a one-sided place or time of a duration or a sum (the war's length "at the White
///   House" is not a scope).
pub(crate) fn scope_differs(
    a: &Mention,
    b: &Mention,
    sentence_a: &Option<String>,
    sentence_b: &Option<String>,
) -> bool {
    use QualifierKind::*;
    for kind in [Place, Time, Attribution, Scope] {
        let qa = qualifier_words(a, kind);
        let qb = qualifier_words(b, kind);
        if !qa.is_empty() && !qb.is_empty() && !qa.iter().any(|q| qb.contains(q)) {
            return true;
        }
    }
    if !matches!(a.dimension, Dimension::Count | Dimension::Percent) {
        return false;
    }
    let unnamed = |q: &[String], other: &Option<String>| -> bool {
        other.as_deref().is_some_and(|sentence| {
            !q.is_empty()
                && q.iter().all(|phrase| {
                    !phrase
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.len() >= 3)
                        .any(|w| sentence.contains(w))
                })
        })
    };
    [Place, Time].into_iter().any(|kind| {
        let (qa, qb) = (qualifier_words(a, kind), qualifier_words(b, kind));
        let (oa, ob) = (
            own_scope(a, kind, sentence_a),
            own_scope(b, kind, sentence_b),
        );
        (qb.is_empty() && unnamed(&oa, sentence_b)) || (qa.is_empty() && unnamed(&ob, sentence_a))
    })
}

/// Time words that date a count ("21 arrested by Saturday evening"), unlike the date of
/// the event ("in Tuesday's fire", "killed on Monday").
const AS_OF: &[&str] = &["by ", "as of ", "as at ", "so far", "until ", "till "];

/// Whether a time phrase dates a figure to a year ("in 1991", "the 2013 count"): a
/// figure of another year is a comparison from the past ("the deadliest since a 1991
/// fire that killed 25"), not a rival figure for this one. "since 1991" measures from
/// a year and dates nothing.
pub(crate) fn dates_to_a_year(phrase: &str) -> bool {
    let phrase = phrase.trim_start();
    !phrase.to_ascii_lowercase().starts_with("since ")
        && phrase
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(is_year)
}

/// A year as written: four digits from 1000 to 2999 ("2009", "1991").
pub(crate) fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && matches!(word.as_bytes()[0], b'1' | b'2')
}

/// The place or time qualifiers of a count that are its own: places in its clause
/// (nothing like a comma or a dash between them and the figure: "nine died in
/// Velmora", not "7.8 metres in Velmora, ..., inundating 3,700 homes"); times only
/// when they say "as of" ([`AS_OF`]: "By Saturday evening, police said 21 ...") or
/// date it to a year ([`dates_to_a_year`]: "25 died in 1991"). Normalized as
/// [`qualifier_words`] does.
fn own_scope(m: &Mention, kind: QualifierKind, sentence: &Option<String>) -> Vec<String> {
    let Some(sentence) = sentence else {
        return Vec::new();
    };
    let at = |offset: usize| offset.saturating_sub(m.sentence_start);
    m.qualifiers
        .iter()
        .filter(|q| q.kind == kind)
        .filter(|q| {
            if kind == QualifierKind::Time {
                return true;
            }
            let (from, to) = if q.start >= m.end {
                (at(m.end), at(q.start))
            } else {
                (at(q.end), at(m.start))
            };
            sentence
                .get(from..to)
                .is_some_and(|gap| !gap.contains([',', ';', ':', '—', '–', '(', ')']))
        })
        .filter(|q| {
            kind != QualifierKind::Time || {
                let t = q.text.trim().to_ascii_lowercase();
                AS_OF.iter().any(|p| t.starts_with(p)) || dates_to_a_year(&t)
            }
        })
        .map(|q| normalized(&q.text))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Normalized qualifier phrases of one kind: lowercase, without leading prepositions
/// and trailing "said".
fn qualifier_words(m: &Mention, kind: QualifierKind) -> Vec<String> {
    m.qualifiers
        .iter()
        .filter(|q| q.kind == kind)
        .map(|q| normalized(&q.text))
        .filter(|s| !s.is_empty())
        .collect()
}

/// A qualifier phrase lowercased, without leading prepositions, a trailing "said" or
/// possessives.
fn normalized(text: &str) -> String {
    const LEADING: &[&str] = &[
        "according to ",
        "throughout ",
        "across ",
        "during ",
        "in ",
        "on ",
        "at ",
        "by ",
        "for ",
        "the ",
    ];
    const TRAILING: &[&str] = &[" said", " says", " say", " estimated", " reported"];
    let mut s = text.trim().to_ascii_lowercase();
    for _ in 0..2 {
        for p in LEADING {
            if let Some(rest) = s.strip_prefix(p) {
                s = rest.to_string();
            }
        }
    }
    for t in TRAILING {
        if let Some(rest) = s.strip_suffix(t) {
            s = rest.to_string();
        }
    }
    // "in Tuesday's fire" is "on Tuesday".
    s.replace("'s", "").replace("’s", "")
}
