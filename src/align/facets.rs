//! Facets: the sub-rows of one quantity whose figures differ by attribution (police
//! vs organizers), by time (Monday's toll vs Wednesday's) or by place (DESIGN.md,
//! "Facets"). Each facet is judged on its own; the group's verdict says the worst that
//! holds, and never offers a conflict between figures of two facets.
//!
//! The facet kind is the first of attribution, time, place under which the group's
//! figures carry two or more different labels; figures with no label of that kind
//! form a facet of their own ("unattributed", "undated", "unplaced").

use crate::lexicon::words::{SAYING, STOPWORDS};
use crate::options::Options;
use crate::report::{Facet, Mention, Qualifier, QualifierKind, Verdict};
use crate::verdict::{dates_to_a_year, is_year, judge_in, Judgement};

/// Words of an attribution that name no one ("according to", "in a statement").
const NOT_AGENT: &[&str] = &[
    "according",
    "to",
    "statement",
    "figures",
    "figure",
    "from",
    "data",
    "showed",
    "show",
    "preliminary",
    "citing",
    "cited",
    "by",
    "tally",
    "count",
];

/// At most this many words make a facet's label.
pub const LABEL_WORDS: usize = 3;

/// The facets of a group (empty when it has one facet only) and the group's verdict
/// and explanation given them.
pub(crate) fn facets(
    ms: &[&Mention],
    judged: Judgement,
    options: &Options,
    sentence: &dyn Fn(&Mention) -> Option<String>,
) -> (Vec<Facet>, Judgement) {
    if judged.verdict == Verdict::Single {
        return (Vec::new(), judged);
    }
    for kind in [
        QualifierKind::Attribution,
        QualifierKind::Time,
        QualifierKind::Place,
    ] {
        let labels: Vec<Option<String>> = ms.iter().map(|m| label(m, kind)).collect();
        let mut distinct: Vec<&String> = labels.iter().flatten().collect();
        crate::sort::sort(&mut distinct);
        distinct.dedup();
        if distinct.len() < 2 {
            continue;
        }
        // Facets in order of first appearance; figures with no label last.
        let mut order: Vec<Option<String>> = Vec::new();
        for l in &labels {
            if !order.contains(l) {
                order.push(l.clone());
            }
        }
        crate::sort::sort_by_key(&mut order, |l| l.is_none());
        let mut out: Vec<(Facet, Vec<&Mention>)> = Vec::new();
        for l in order {
            let members: Vec<&Mention> = ms
                .iter()
                .zip(&labels)
                .filter(|(_, x)| **x == l)
                .map(|(m, _)| *m)
                .collect();
            let verdict = judge_in(&members, options, sentence).verdict;
            let label = l.unwrap_or_else(|| unlabelled(kind).to_string());
            out.push((
                Facet {
                    kind,
                    label,
                    mentions: members.iter().map(|m| m.id.clone()).collect(),
                    verdict,
                },
                members,
            ));
        }
        let judged = across(judged, &out);
        return (out.into_iter().map(|(f, _)| f).collect(), judged);
    }
    (Vec::new(), judged)
}

/// The group's verdict given its facets: `conflict` when figures within one facet
/// cannot both hold; else `differ` when a facet's figures differ; else `scope` when
/// figures differ only across facets; `agree` stays `agree`.
fn across(judged: Judgement, facets: &[(Facet, Vec<&Mention>)]) -> Judgement {
    let has = |v: Verdict| facets.iter().any(|(f, _)| f.verdict == v);
    let verdict = match judged.verdict {
        Verdict::Agree | Verdict::Single => judged.verdict,
        _ if has(Verdict::Conflict) => Verdict::Conflict,
        _ if has(Verdict::Differ) => Verdict::Differ,
        _ => Verdict::Scope,
    };
    if verdict == judged.verdict {
        return judged;
    }
    let parts: Vec<String> = facets
        .iter()
        .map(|(f, ms)| {
            let mut texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
            texts.dedup();
            format!("{}: {}", f.label, texts.join(", "))
        })
        .collect();
    let kind = facets.first().map_or("scope", |(f, _)| match f.kind {
        QualifierKind::Attribution => "different counters",
        QualifierKind::Time => "different times",
        QualifierKind::Place => "different places",
        QualifierKind::Scope => "different scopes",
    });
    let values: Vec<f64> = facets
        .iter()
        .flat_map(|(_, ms)| ms.iter().filter_map(|m| m.value))
        .filter(|v| *v > 0.0)
        .collect();
    let (lo, hi) = values.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
        (lo.min(*v), hi.max(*v))
    });
    let ratio = if lo.is_finite() && lo > 0.0 && hi / lo >= 1.05 {
        format!(", {}x apart", crate::fmt::fixed(hi / lo, 1))
    } else {
        String::new()
    };
    Judgement {
        verdict,
        spread: judged.spread,
        explanation: format!("{}: {kind}{ratio}", parts.join("; ")),
    }
}

/// The name of the facet of figures with no label of the kind.
fn unlabelled(kind: QualifierKind) -> &'static str {
    match kind {
        QualifierKind::Attribution => "unattributed",
        QualifierKind::Time => "undated",
        QualifierKind::Place => "unplaced",
        QualifierKind::Scope => "other",
    }
}

/// A figure's label of one kind: its first qualifier of the kind, without saying
/// verbs, prepositions, stopwords and numbers other than years ("police said" ->
/// "police"; "on Monday" -> "Monday"; "in 2009" -> "2009", but not "since 2009");
/// lowercase except for names.
fn label(m: &Mention, kind: QualifierKind) -> Option<String> {
    qualifier_label(m.qualifiers.iter().find(|q| q.kind == kind)?)
}

/// The label one qualifier gives its figure (see [`label`]).
pub(super) fn qualifier_label(q: &Qualifier) -> Option<String> {
    let kind = q.kind;
    let dated = dates_to_a_year(&q.text);
    let words: Vec<&str> = q
        .text
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            let l = w.to_ascii_lowercase();
            !w.is_empty()
                && (!w.starts_with(|c: char| c.is_ascii_digit()) || (dated && is_year(w)))
                && !SAYING.contains(&l.as_str())
                && !STOPWORDS.contains(&l.as_str())
                && !NOT_AGENT.contains(&l.as_str())
        })
        .take(LABEL_WORDS)
        .collect();
    (!words.is_empty()).then(|| {
        words
            .iter()
            .map(|w| {
                if w.chars().skip(1).any(char::is_uppercase) || kind != QualifierKind::Attribution {
                    w.to_string()
                } else {
                    w.to_ascii_lowercase()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

#[cfg(test)]
mod tests {
    use super::label;
    use crate::report::{Mention, Qualifier, QualifierKind};

    fn dated(text: &str) -> Mention {
        let mut m: Mention = serde_json::from_str(
            r#"{"id":"a:1","source":"a","text":"18","start":0,"end":2,"start_utf16":0,
            "end_utf16":2,"dimension":"count","unit":"count","value":18,"low":18,"high":18,
            "hedge":null,"hedge_kind":"exact","subject":"","qualifiers":[],"sentence_start":0,
            "sentence_end":0,"sentence_start_utf16":0,"sentence_end_utf16":0}"#,
        )
        .expect("a mention");
        m.qualifiers.push(Qualifier {
            kind: QualifierKind::Time,
            text: text.to_string(),
            start: 0,
            end: 0,
            start_utf16: 0,
            end_utf16: 0,
        });
        m
    }

    #[test]
    fn a_year_names_its_time_facet() {
        assert_eq!(
            label(&dated("in 1994"), QualifierKind::Time).as_deref(),
            Some("1994")
        );
        assert_eq!(
            label(&dated("on Friday"), QualifierKind::Time).as_deref(),
            Some("Friday")
        );
        // "since 1994" measures from a year: it names no facet.
        assert_eq!(label(&dated("since 1994"), QualifierKind::Time), None);
        // Other numbers are not labels.
        assert_eq!(label(&dated("at 14"), QualifierKind::Time), None);
    }
}
