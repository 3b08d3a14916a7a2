//! The one-line explanation of a verdict, naming sources and figures in plain words:
//! "$90 billion (003, 004) vs up to $100 billion (002): 11% apart; the ranges overlap
//! only because of 'up to'".

use super::Span;
use crate::report::{Mention, Verdict};

/// At most this many distinct figures are listed; the rest are counted.
const MAX_LISTED: usize = 4;

/// The explanation of a single-source group.
pub(super) fn single(members: &[&Mention]) -> String {
    let Some(first) = members.first() else {
        return "No figure.".to_string();
    };
    // One figure (every figure of a figure-dense text is a group of its own): no
    // table of distinct figures to build.
    let figures = match members {
        [m] => shown(m),
        _ => {
            let all: Vec<String> = distinct(members).into_iter().map(|f| f.shown).collect();
            all.join(", ")
        }
    };
    format!("Only {} gives this figure: {figures}.", first.source)
}

/// The distinct figures by value, and the first [`MAX_LISTED`] of them as listed:
/// "$90 billion (003, 004)". One function for both explanations that list figures
/// (one copy of its sort and formatting in the wasm module).
fn listed(members: &[&Mention]) -> (Vec<Figure>, Vec<String>) {
    let mut figs = distinct(members);
    crate::sort::sort_by(&mut figs, |a, b| {
        a.value
            .partial_cmp(&b.value)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let list = figs
        .iter()
        .take(MAX_LISTED)
        .map(|f| format!("{} ({})", f.shown, f.sources.join(", ")))
        .collect();
    (figs, list)
}

/// The explanation of a group whose stated values differ but agree once rounding and
/// hedges are allowed for.
pub(super) fn hedged(members: &[&Mention], spread: f64) -> String {
    let (_, list) = listed(members);
    format!(
        "{}: {} apart as stated, but consistent once rounding and hedges are allowed for.",
        list.join(" ~ "),
        percent(spread)
    )
}

/// The explanation of a multi-source group; `pair` indexes the two members that show
/// the verdict best (a conflicting pair, an unequal pair).
pub(super) fn line(
    members: &[&Mention],
    spans: &[Span],
    verdict: Verdict,
    spread: f64,
    pair: Option<(usize, usize)>,
) -> String {
    let (figs, mut list) = listed(members);
    if figs.len() > MAX_LISTED {
        list.push(format!("{} more", figs.len() - MAX_LISTED));
    }
    let apart = percent(spread);
    let shown = |i: usize| shown(members[i]);
    match (verdict, pair) {
        (Verdict::Agree, _) if figs.len() == 1 => format!("{}: the same figure.", list.join("")),
        (Verdict::Agree, _) => format!("{}: equal within rounding.", list.join(" = ")),
        (Verdict::Differ, Some((i, j))) => {
            let hedges: Vec<String> = [i, j]
                .iter()
                .filter(|k| spans[**k].low != spans[**k].high && spans[**k].value.is_some())
                .filter_map(|k| {
                    members[*k]
                        .hedge
                        .as_ref()
                        .map(|h| format!("'{}'", h.trim()))
                })
                .collect();
            let why = if hedges.is_empty() {
                "the ranges the wording allows overlap".to_string()
            } else {
                format!(
                    "the ranges overlap only because of {}",
                    hedges.join(" and ")
                )
            };
            format!("{}: {apart} apart; {why}.", list.join(" vs "))
        }
        (Verdict::Conflict, Some((i, j))) => format!(
            "{}: {apart} apart; '{}' and '{}' cannot both be true.",
            list.join(" vs "),
            shown(i),
            shown(j)
        ),
        (Verdict::Scope, Some((i, j))) => format!(
            "{}: {apart} apart, but they may measure different things ({} vs {}).",
            list.join(" vs "),
            scope_words(members[i]),
            scope_words(members[j])
        ),
        _ => format!("{}: {apart} apart.", list.join(" vs ")),
    }
}

/// One distinct figure as written and the sources that give it.
struct Figure {
    shown: String,
    value: Option<f64>,
    sources: Vec<String>,
}

fn distinct(members: &[&Mention]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    // u32 indices: the map type of the word ids (one copy of its code in the wasm module).
    let mut index: crate::align::fxhash::FxMap<String, u32> = Default::default();
    for m in members {
        let s = shown(m);
        match index.get(&s.to_ascii_lowercase()) {
            Some(&k) => {
                let f = &mut out[k as usize];
                if !f.sources.contains(&m.source) {
                    f.sources.push(m.source.clone());
                }
            }
            None => {
                index.insert(s.to_ascii_lowercase(), out.len() as u32);
                out.push(Figure {
                    shown: s,
                    value: m.value,
                    sources: vec![m.source.clone()],
                });
            }
        }
    }
    out
}

/// The figure as written on one line; a derived figure also shows what it came to.
fn shown(m: &Mention) -> String {
    let text = crate::fmt::one_line(&m.text);
    match (&m.derived, m.value) {
        (Some(_), Some(v)) => format!("{text} (= {})", crate::derive::human_duration(v)),
        _ => text,
    }
}

/// The qualifiers of a figure, or "no place, time or source given".
fn scope_words(m: &Mention) -> String {
    if m.qualifiers.is_empty() {
        return "no scope given".to_string();
    }
    m.qualifiers
        .iter()
        .map(|q| crate::fmt::one_line(&q.text))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "11%", "0.4%".
fn percent(spread: f64) -> String {
    let p = spread * 100.0;
    let decimals = if p >= 1.0 || p == 0.0 { 0 } else { 1 };
    format!("{}%", crate::fmt::fixed(p, decimals))
}
