//! Group labels: a short noun phrase for what the group measures ("civilians killed",
//! "length of the war", "earthquake magnitude"), built from what tied the figures.
//!
//! 1. **Counted noun and predicate.** The counted noun most members share and the
//!    predicate they share ([`PREDICATE_LABELS`]): "officers injured", "buildings
//!    damaged"; a predicate of people without a noun most members share reads "people
//!    killed". Durations read "length of the war"; other dimensions name their unit
//!    ("earthquake magnitude").
//! 2. **Subject.** Else the members' most common `subject` when it is a phrase of two or
//!    more words that does not start with a name.
//! 3. **Tied words.** Else the two strongest tied words that are not names, in the
//!    order of the text; else the figure as written.

use super::features::{Features, Lexicon};
use super::synonyms::{PREDICATE_LABELS, SYNONYMS};
use crate::report::{Dimension, Mention};

/// Words that follow a figure like a noun but say "more" or "less" ("two years longer").
const COMPARATIVES: &[&str] = &[
    "longer", "shorter", "later", "earlier", "higher", "lower", "more", "less", "fewer", "greater",
    "bigger", "smaller", "larger", "older", "younger",
];

/// A short label for the group of `members`.
pub(super) fn label(
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
    idf_of: &dyn Fn(u32) -> f32,
    tied: &[(u32, String)],
) -> String {
    if let Some(l) = measured(members, mentions, feats, lex) {
        return l;
    }
    if let Some(s) = subject(members, mentions) {
        return s;
    }
    tied_label(members, mentions, feats, lex, idf_of, tied)
}

/// The most common value among the members (ties: the first seen).
fn most_common<T: PartialEq + Clone>(items: impl Iterator<Item = T>) -> Option<(T, usize)> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for x in items {
        match counts.iter_mut().find(|(y, _)| *y == x) {
            Some(e) => e.1 += 1,
            None => counts.push((x, 1)),
        }
    }
    counts
        .into_iter()
        .fold(None, |best: Option<(T, usize)>, (x, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((x, n)),
        })
}

/// Step 1: counted noun and predicate.
fn measured(
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
) -> Option<String> {
    let first = &mentions[*members.first()?];
    // Counted by concept ("contract" and "deal" are one), shown as first written.
    let nouns: Vec<(u32, String)> = members
        .iter()
        .filter_map(|&i| {
            let f = &feats[i];
            let c = f
                .noun
                .filter(|c| !f.names.contains(c) && f.predicate != Some(*c))?;
            let word = f.surface.iter().find(|(k, _)| *k == c)?.1.clone();
            // A verb or a comparative in the noun's place ("19 scored", "two years
            // longer") is no noun.
            let verb = word.ends_with("ed") || word.ends_with("ing");
            let comparative = COMPARATIVES.contains(&word.as_str());
            let shown = f.noun_phrase.clone().unwrap_or(word);
            (!verb && !comparative).then_some((c, shown))
        })
        .collect();
    let noun = most_common(nouns.iter().map(|(c, _)| *c)).and_then(|(c, k)| {
        let word = nouns.iter().find(|(d, _)| *d == c)?.1.clone();
        Some((word, k))
    });
    let predicate = most_common(members.iter().filter_map(|&i| feats[i].predicate))
        .and_then(|(c, _)| lex.names.get(c as usize))
        .and_then(|name| PREDICATE_LABELS.iter().find(|(p, _, _)| p == name));
    // A noun only a few members count is no label for a count of people.
    let shared = |n: usize| 2 * n >= members.len();
    match first.dimension {
        Dimension::Count | Dimension::Percent => match (noun, predicate) {
            // (not twice: "registered voters", not "registered voters registered")
            (Some((n, k)), Some((_, shown, people))) if shared(k) || !people => {
                Some(if n.split(' ').any(|w| w == *shown) {
                    n
                } else {
                    format!("{n} {shown}")
                })
            }
            (_, Some((_, shown, true))) => Some(format!("people {shown}")),
            (_, Some((_, shown, false))) => Some(shown.to_string()),
            (Some((n, k)), None) if shared(k) => Some(n),
            _ => None,
        },
        Dimension::Money => match (noun, predicate) {
            (_, Some(("damage", _, _))) => Some("damage".to_string()),
            (Some((n, k)), _) if shared(k) => Some(n),
            _ => None,
        },
        Dimension::Duration => match noun {
            Some((n, k)) if shared(k) => Some(format!("length of the {n}")),
            _ => None,
        },
        Dimension::Other => {
            let unit = first.unit.as_str();
            match noun {
                Some((n, k)) if shared(k) && n != unit => Some(format!("{n} {unit}")),
                _ => Some(unit.to_string()),
            }
        }
        _ => match noun {
            Some((n, k)) if shared(k) => Some(n),
            _ => None,
        },
    }
}

/// Step 2: the most common subject, when it reads as a phrase and not a name.
/// (Most members, then the shortest: "arms deal" over "U.S. weapons package".)
fn subject(members: &[usize], mentions: &[Mention]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &i in members {
        let s = mentions[i].subject.trim();
        let words = s.split_whitespace().count();
        let last_is_name = s
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if words < 2 || last_is_name {
            continue;
        }
        match counts.iter_mut().find(|(t, _)| t.eq_ignore_ascii_case(s)) {
            Some(e) => e.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.len().cmp(&a.0.len())))
        .map(|(s, _)| s.to_string())
}

/// Step 3: the strongest tied words that are not names, in text order.
fn tied_label(
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
    idf_of: &dyn Fn(u32) -> f32,
    tied: &[(u32, String)],
) -> String {
    let first = &feats[members[0]];
    // Sorted for binary search: a hash set of its own type would add a hash table's
    // code to the wasm module (issue 13).
    let mut named: Vec<u32> = members
        .iter()
        .flat_map(|&i| feats[i].names.iter().copied())
        .collect();
    crate::sort::sort(&mut named);
    let is_named = |c: &u32| named.binary_search(c).is_ok();
    let mut picks: Vec<u32> = tied
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| !is_named(c))
        .take(2)
        .collect();
    if picks.is_empty() {
        let mut ws: Vec<(f32, u32)> = first
            .weights
            .iter()
            .filter(|(c, _)| !is_named(c))
            .map(|&(c, w)| (w * idf_of(c), c))
            .collect();
        crate::sort::sort_by(&mut ws, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        picks = ws.into_iter().take(2).map(|(_, c)| c).collect();
    }
    // In text order of the first member; its own word when it has one.
    let pos = |c: u32| {
        first
            .surface
            .iter()
            .position(|(k, _)| *k == c)
            .unwrap_or(usize::MAX)
    };
    crate::sort::sort_by_key(&mut picks, |c| pos(*c));
    let words: Vec<String> = picks
        .iter()
        .map(|c| match first.surface.iter().find(|(k, _)| k == c) {
            Some((_, w)) => w.clone(),
            None => lex.names.get(*c as usize).cloned().unwrap_or_default(),
        })
        .collect();
    if mentions[members[0]].dimension == Dimension::Duration {
        // "talk length": the concept of the strongest word ("spoke" is a talk).
        if let Some(&c) = picks.first() {
            let concept = lex.names.get(c as usize).map(String::as_str);
            if let Some(name) = concept.filter(|n| SYNONYMS.iter().any(|(_, k)| k == *n)) {
                return format!("{name} length");
            }
        }
    }
    if words.is_empty() {
        crate::fmt::one_line(&mentions[members[0]].text)
    } else {
        words.join(" ")
    }
}
