//! The subject of a figure: the noun phrase after it, or the one read back past
//! link words, verbs, prepositional phrases and names.

use super::tables::{PLACE_NOUNS, SUBJECT_VERBS};
use super::{is_content, is_stop, lower, Tok, Tokens, DETERMINERS, LINKS};
use crate::lexicon::words::TOLL_WORDS;
use crate::quantities::scan::is_capitalized;
use crate::quantities::Quantity;
use crate::report::Dimension;

/// A short phrase for what the figure measures.
/// `toks` are the tokens of the figure's sentence, `sent` the window read.
pub fn subject(text: &str, toks: &Tokens, sent: (usize, usize), q: &Quantity) -> String {
    let after = toks.window(text, q.end.min(sent.1), sent.1);
    let before = toks.window(text, sent.0, q.start.max(sent.0));
    let mut i = 0;
    let bridges: &[&str] = match q.dimension {
        Dimension::Money => &["of", "in", "for", "worth"],
        _ => &["of"],
    };
    if after
        .first()
        .is_some_and(|t| t.word && bridges.contains(&&*lower(text, t)))
    {
        i += 1;
    }
    while after
        .get(i)
        .is_some_and(|t| t.word && DETERMINERS.contains(&&*lower(text, t)))
    {
        i += 1;
    }
    let mut words: Vec<Tok> = Vec::new();
    while let Some(t) = after.get(i) {
        if words.len() == 3 || !is_content(text, t) {
            break;
        }
        words.push(*t);
        i += 1;
    }
    let mut predicate: Option<Tok> = None;
    if q.dimension == Dimension::Count {
        // "14 civilians were killed", "seven civilians have died"
        let mut j = i;
        while after.get(j).is_some_and(|t| {
            t.word && matches!(&*lower(text, t), "were" | "was" | "have" | "had" | "been")
        }) {
            j += 1;
        }
        if let Some(t) = after.get(j).filter(|t| is_toll(text, t)) {
            if !words.iter().any(|w| is_toll(text, w)) {
                predicate = Some(*t);
            }
        }
        // "killed seven civilians"
        if let Some(t) = before.last().filter(|t| {
            is_toll(text, t) || (ends_ed(text, t) && !LINKS.contains(&&*lower(text, t)))
        }) {
            predicate = predicate.or(Some(*t));
        }
    }
    if words.is_empty() {
        words = subject_before(text, &before, predicate, q.dimension == Dimension::Count);
    }
    let mut out: Vec<&str> = words.iter().map(|t| &text[t.start..t.end]).collect();
    if let Some(p) = predicate {
        out.push(&text[p.start..p.end]);
    }
    out.join(" ")
}

/// The subject read backwards from the figure, past link words and verbs ("the toll
/// has risen to 23" → "toll") and past a name after a preposition ("his contract with
/// Castellar runs for five years" → "contract"); a name alone only when nothing else
/// is there.
fn subject_before(text: &str, before: &[Tok], predicate: Option<Tok>, count: bool) -> Vec<Tok> {
    let mut k = before.len();
    let mut verb: Option<Tok> = None;
    let mut name: Option<(usize, usize)> = None;
    let mut skipped: Option<Tok> = None;
    let mut steps = 0;
    while k > 0 && steps < 16 {
        steps += 1;
        let t = before[k - 1];
        let w = lower(text, &t);
        let raw = &text[t.start..t.end];
        if !t.word || LINKS.contains(&&*w) || is_stop(&w) {
            if (t.word && name.is_none()) || LINKS.contains(&&*w) {
                k -= 1;
                continue;
            }
            break;
        }
        if raw.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        if SUBJECT_VERBS.contains(&&*w) || ends_ed(text, &t) || w == "died" {
            if predicate.is_some() {
                // "dozens were injured" after "were killed and": the predicate says it
                return Vec::new();
            }
            verb = verb.or(Some(t));
            k -= 1;
            continue;
        }
        if is_capitalized(raw) && !sentence_initial(text, t.start) && name.is_none() {
            let mut first = t;
            k -= 1;
            while k > 0
                && before[k - 1].word
                && is_capitalized(&text[before[k - 1].start..before[k - 1].end])
                && !DETERMINERS.contains(&&*lower(text, &before[k - 1]))
            {
                first = before[k - 1];
                k -= 1;
            }
            name = Some((first.start, t.end));
            // only a preposition leads past a name to what it modifies
            let prep = before.get(k.wrapping_sub(1)).is_some_and(|p| {
                matches!(
                    &*lower(text, p),
                    "in" | "at" | "with" | "from" | "for" | "of" | "near" | "to"
                )
            });
            if !prep {
                break;
            }
            k -= 1;
            continue;
        }
        // a noun inside a prepositional phrase or a place is not what is measured:
        // "the death toll from the fire at the depot rose to 7" → "death toll"
        let mut j = k - 1;
        while j > 0 && k - 1 - j < 4 && before[j - 1].word && {
            let m = lower(text, &before[j - 1]);
            DETERMINERS.contains(&&*m) || (!is_stop(&m) && !LINKS.contains(&&*m))
        } {
            j -= 1;
        }
        let after_prep = j > 0 && PREPOSITIONS.contains(&&*lower(text, &before[j - 1]));
        if after_prep || PLACE_NOUNS.contains(&&*w) {
            skipped = skipped.or(Some(t));
            k = if after_prep { j - 1 } else { k - 1 };
            continue;
        }
        let mut words = Vec::new();
        if let Some(p) = before.get(k.wrapping_sub(2)) {
            if is_content(text, p)
                && (is_capitalized(&text[p.start..p.end]) || lower(text, p) == "death")
            {
                words.push(*p);
            }
        }
        words.push(t);
        if let Some(v) = before.get(k).filter(|v| {
            let m = lower(text, v);
            count
                && v.word
                && ends_ed(text, v)
                && !LINKS.contains(&&*m)
                && !SUBJECT_VERBS.contains(&&*m)
        }) {
            // "Structures destroyed: 51"
            words.push(*v);
        }
        return words;
    }
    if let Some(t) = skipped {
        return vec![t];
    }
    if let Some((s, e)) = name {
        return vec![Tok {
            start: s,
            end: e,
            word: true,
        }];
    }
    verb.filter(|v| predicate.is_none_or(|p| p.start != v.start))
        .into_iter()
        .collect()
}

/// Prepositions that put a noun inside a phrase ("the fire at the depot").
const PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "on", "near", "across", "inside", "outside", "to", "with", "after",
];

/// Whether a word opens its sentence (a capital there is no sign of a name).
fn sentence_initial(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '—' | ':' | '\n'))
}

fn is_toll(text: &str, t: &Tok) -> bool {
    t.word && TOLL_WORDS.contains(&&*lower(text, t))
}

pub(super) fn ends_ed(text: &str, t: &Tok) -> bool {
    let w = lower(text, t);
    t.word && w.len() > 4 && w.ends_with("ed") && !is_stop(&w)
}
