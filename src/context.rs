//! Context: what a figure measures (`subject`) and the scope words around it
//! (`qualifiers`), read from its sentence with small word tables
//! ([`crate::lexicon::words`]).
//!
//! Subject, first that applies:
//! 1. the noun phrase after the figure, through "of"/"in" ("20% of the country" →
//!    "country", "$100 billion in U.S. weapons" → "U.S. weapons", "a $90 billion arms
//!    deal" → "arms deal"), with a casualty verb around a count ("14 civilians were
//!    killed", "killed seven civilians" → "civilians killed");
//! 2. the word(s) just before it, past linking words ("the toll rose to 50" → "toll").
//!
//! Qualifiers, anywhere in the sentence: time phrases ("last year", "at its peak"),
//! preposition + date ("on Monday", "by 2035"), preposition + capitalized name ("in
//! Kharkiv"; not "in U.S. weapons"), attributions ("police said", "said the ministry",
//! "according to organizers"), and scope words within a few words of the figure
//! ("gross", "per year", "in total").

mod clause;
mod tables;

use crate::lexicon::words::{
    PLACE_PREPS, SAYING, SCOPE_PHRASES, STOPWORDS, TIME_NAMES, TIME_PHRASES, TIME_PREPS, TOLL_WORDS,
};
use crate::quantities::scan::{char_at, is_capitalized, is_space, match_at, word_at};
use crate::quantities::Quantity;
use crate::report::{Dimension, Qualifier, QualifierKind};
use tables::{
    AGENTS, DAY_PARTS, FIGURE_NOUNS, MORE_TIME_PHRASES, PLACE_NOUNS, PLACE_PHRASES,
    STATEMENT_TAILS, SUBJECT_VERBS, WEAK_SAYING,
};

/// A token of a sentence: a word or one punctuation character.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

fn tokens(text: &str, from: usize, to: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let Some(c) = char_at(text, i) else { break };
        if is_space(c) {
            i += c.len_utf8();
        } else if let Some((s, e)) = word_at(text, i).filter(|_| c.is_alphanumeric()) {
            let e = e.min(to);
            out.push(Tok {
                start: s,
                end: e,
                word: true,
            });
            i = e.max(i + c.len_utf8());
        } else {
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                word: false,
            });
            i += c.len_utf8();
        }
    }
    out
}

fn lower(text: &str, t: &Tok) -> String {
    // Perf (issue 7): ASCII fast path and in-place trimming; this ran once per token
    // and was 8% of extraction (to_lowercase + a StrSearcher per trim + a copy).
    let w = &text[t.start..t.end];
    let mut w = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    for suffix in ["’s", "'s"] {
        while w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
        }
    }
    w
}

fn is_stop(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

fn is_content(text: &str, t: &Tok) -> bool {
    t.word
        && !is_stop(&lower(text, t))
        && !text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit())
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this",
];
const LINKS: &[&str] = &[
    "at",
    "of",
    "to",
    "is",
    "was",
    "were",
    "are",
    "be",
    "by",
    "estimated",
    "currently",
    "reached",
    "totaled",
    "totalled",
    "stood",
    "rose",
    "fell",
    "hit",
    "climbed",
    "jumped",
    "dropped",
    "lasted",
    "lasting",
    "lasts",
    "took",
    "spanned",
    "now",
    "about",
    "for",
    "which",
    "that",
    "–",
    "—",
    "-",
    ":",
];

/// A short phrase for what the figure measures.
pub fn subject(text: &str, sent: (usize, usize), q: &Quantity) -> String {
    let after = tokens(text, q.end.min(sent.1), sent.1);
    let before = tokens(text, sent.0, q.start.max(sent.0));
    let mut i = 0;
    let bridges: &[&str] = match q.dimension {
        Dimension::Money => &["of", "in", "for", "worth"],
        _ => &["of"],
    };
    if after
        .first()
        .is_some_and(|t| t.word && bridges.contains(&lower(text, t).as_str()))
    {
        i += 1;
    }
    while after
        .get(i)
        .is_some_and(|t| t.word && DETERMINERS.contains(&lower(text, t).as_str()))
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
            t.word
                && matches!(
                    lower(text, t).as_str(),
                    "were" | "was" | "have" | "had" | "been"
                )
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
            is_toll(text, t) || (ends_ed(text, t) && !LINKS.contains(&lower(text, t).as_str()))
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
        if !t.word || LINKS.contains(&w.as_str()) || is_stop(&w) {
            if (t.word && name.is_none()) || LINKS.contains(&w.as_str()) {
                k -= 1;
                continue;
            }
            break;
        }
        if raw.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        if SUBJECT_VERBS.contains(&w.as_str()) || ends_ed(text, &t) || w == "died" {
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
                && !DETERMINERS.contains(&lower(text, &before[k - 1]).as_str())
            {
                first = before[k - 1];
                k -= 1;
            }
            name = Some((first.start, t.end));
            // only a preposition leads past a name to what it modifies
            let prep = before.get(k.wrapping_sub(1)).is_some_and(|p| {
                matches!(
                    lower(text, p).as_str(),
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
            DETERMINERS.contains(&m.as_str()) || (!is_stop(&m) && !LINKS.contains(&m.as_str()))
        } {
            j -= 1;
        }
        let after_prep = j > 0 && PREPOSITIONS.contains(&lower(text, &before[j - 1]).as_str());
        if after_prep || PLACE_NOUNS.contains(&w.as_str()) {
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
                && !LINKS.contains(&m.as_str())
                && !SUBJECT_VERBS.contains(&m.as_str())
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
    t.word && TOLL_WORDS.contains(&lower(text, t).as_str())
}

fn ends_ed(text: &str, t: &Tok) -> bool {
    let w = lower(text, t);
    t.word && w.len() > 4 && w.ends_with("ed") && !is_stop(&w)
}

/// Scope words found in the figure's sentence: places, times, attributions, scope.
pub fn qualifiers(text: &str, sent: (usize, usize), q: &Quantity) -> Vec<Qualifier> {
    qualifiers_near(text, &sentence_qualifiers(text, sent), sent, q)
}

/// The places, times and attributions of a sentence (computed once per sentence).
pub fn sentence_qualifiers(text: &str, sent: (usize, usize)) -> Vec<Qualifier> {
    let toks = tokens(text, sent.0, sent.1);
    let mut out: Vec<Qualifier> = Vec::new();
    let push = |out: &mut Vec<Qualifier>, kind, s: usize, e: usize| {
        if e > s && out.last().is_none_or(|x: &Qualifier| x.end <= s) {
            out.push(qualifier(text, kind, s, e));
        }
    };
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        if let Some(e) =
            longest(text, t.start, TIME_PHRASES).max(longest(text, t.start, MORE_TIME_PHRASES))
        {
            push(&mut out, QualifierKind::Time, t.start, e);
            continue;
        }
        if let Some(e) = longest(text, t.start, PLACE_PHRASES) {
            push(&mut out, QualifierKind::Place, t.start, e);
            continue;
        }
        if let Some((kind, e)) = prep_phrase(text, &toks, i) {
            push(&mut out, kind, t.start, e);
            continue;
        }
        let w = lower(text, t);
        if w == "as" && toks.get(i + 1).is_some_and(|n| lower(text, n) == "of") {
            // "as of 6 p.m. on Tuesday", "as of Monday"
            let end = time_run_end(text, &toks, i + 2);
            if end > 0 {
                push(&mut out, QualifierKind::Time, t.start, end);
            }
        } else if w == "according" {
            if let Some(e) = match_at(text, t.start, "according to", false) {
                let mut end = noun_phrase_end(text, &toks, first_after(&toks, e), 5);
                // "according to a tally by the interior ministry"
                let k = first_after(&toks, end);
                if end > e
                    && toks
                        .get(k)
                        .is_some_and(|b| matches!(lower(text, b).as_str(), "by" | "from"))
                {
                    end = noun_phrase_end(text, &toks, k + 1, 5).max(end);
                }
                if end > e {
                    push(&mut out, QualifierKind::Attribution, t.start, end);
                }
            }
        } else if SAYING.contains(&w.as_str()) || WEAK_SAYING.contains(&w.as_str()) {
            let weak = !SAYING.contains(&w.as_str());
            if let Some(s) =
                speaker_before(text, &toks, i).filter(|s| !weak || has_agent(text, &toks, *s, i))
            {
                if out.last().is_some_and(|x| x.end > s) {
                    out.pop();
                }
                push(
                    &mut out,
                    QualifierKind::Attribution,
                    s,
                    statement_end(text, &toks, i),
                );
            } else if !weak {
                // inverted: ", said the health ministry"
                let inverted = i > 0 && !toks[i - 1].word && matches!(w.as_str(), "said" | "says");
                let end = noun_phrase_end(text, &toks, i + 1, 4);
                if inverted && end > t.end {
                    push(&mut out, QualifierKind::Attribution, t.start, end);
                }
            }
        } else if FIGURE_NOUNS.contains(&w.as_str()) {
            // "the unions' figure was", "the police's estimate of"
            if let Some(s) = possessor_before(text, &toks, i) {
                if out.last().is_some_and(|x| x.end > s) {
                    out.pop();
                }
                push(&mut out, QualifierKind::Attribution, s, t.end);
            }
        }
    }
    out
}

/// Whether a speaker (tokens `s..i`) names an authority ("the national seismology
/// institute", "organisers").
fn has_agent(text: &str, toks: &[Tok], s: usize, i: usize) -> bool {
    toks[..i]
        .iter()
        .filter(|t| t.start >= s)
        .any(|t| AGENTS.contains(&lower(text, t).as_str()))
}

/// The end of an attribution whose verb is token `i`: the verb, a name it was told to
/// ("told Reuters") and where it was said ("in a statement").
fn statement_end(text: &str, toks: &[Tok], i: usize) -> usize {
    let mut end = toks[i].end;
    let mut k = i + 1;
    if lower(text, &toks[i]) == "told" {
        while toks
            .get(k)
            .is_some_and(|n| n.word && is_capitalized(&text[n.start..n.end]))
        {
            end = toks[k].end;
            k += 1;
        }
    }
    if let Some(n) = toks.get(k) {
        if let Some(e) = longest(text, n.start, STATEMENT_TAILS) {
            end = e;
        }
    }
    end
}

/// "the unions' figure", "police's estimate": the start of the possessor before the
/// figure noun at `i`.
fn possessor_before(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    let t = toks[k];
    let raw = &text[t.start..t.end];
    if !t.word && matches!(raw, "'" | "’") {
        k = k.checked_sub(1)?;
    } else if !(t.word && (raw.ends_with("'s") || raw.ends_with("’s"))) {
        return None;
    }
    let owner = toks[k];
    if !owner.word || !AGENTS.contains(&lower(text, &owner).trim_end_matches('\'')) {
        return None;
    }
    let s = toks[..k]
        .last()
        .filter(|d| d.word && DETERMINERS.contains(&lower(text, d).as_str()))
        .map_or(owner.start, |d| d.start);
    Some(s)
}

/// End of a run of time words from token `i` ("6 p.m. on Tuesday", "Monday evening",
/// "midnight"), or 0.
fn time_run_end(text: &str, toks: &[Tok], i: usize) -> usize {
    let mut end = 0;
    for t in toks.iter().skip(i).take(5) {
        let w = lower(text, t);
        let digits = text[t.start..t.end].starts_with(|c: char| c.is_ascii_digit());
        let timeish = digits
            || TIME_NAMES.contains(&w.trim_end_matches('.'))
            || matches!(w.trim_end_matches('.'), "p.m" | "a.m")
            || DAY_PARTS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "p.m"
                    | "a.m"
                    | "pm"
                    | "am"
                    | "midnight"
                    | "noon"
                    | "late"
                    | "early"
                    | "gmt"
                    | "utc"
                    | "on"
                    | "the"
            )
            || (w == "." && end == t.start);
        if !timeish {
            break;
        }
        if !matches!(w.as_str(), "on" | "the") {
            end = t.end;
        }
    }
    end
}

fn qualifier(text: &str, kind: QualifierKind, s: usize, e: usize) -> Qualifier {
    Qualifier {
        kind,
        text: text[s..e].to_string(),
        start: s,
        end: e,
        start_utf16: 0,
        end_utf16: 0,
    }
}

/// The sentence's qualifiers within `window` that do not overlap the figure, plus the
/// scope words within a few words of it.
pub fn qualifiers_near(
    text: &str,
    sentence: &[Qualifier],
    window: (usize, usize),
    q: &Quantity,
) -> Vec<Qualifier> {
    let first = sentence.partition_point(|x| x.end <= window.0);
    let (cs, ce) = clause::clause_of(text, window, q.start, q.end);
    let mut out: Vec<Qualifier> = Vec::new();
    let clause_said = sentence[first..]
        .iter()
        .take_while(|x| x.start < window.1)
        .any(|x| x.kind == QualifierKind::Attribution && x.start >= cs && x.end <= ce);
    for x in sentence[first..].iter().take_while(|x| x.start < window.1) {
        if x.end > q.start && x.start < q.end {
            continue;
        }
        // places and times: only the figure's clause, the nearest of each kind;
        // attributions hold for the whole sentence unless the clause has its own
        let inside = x.start >= cs && x.end <= ce;
        if x.kind == QualifierKind::Attribution && !inside && clause_said {
            continue;
        }
        if x.kind != QualifierKind::Attribution {
            if !inside {
                continue;
            }
            if let Some(k) = out.iter().position(|y| y.kind == x.kind) {
                if distance(&out[k], q) > distance(x, q) {
                    out[k] = x.clone();
                }
                continue;
            }
        }
        out.push(x.clone());
    }
    let lo = crate::quantities::floor_boundary(text, q.start.saturating_sub(30).max(window.0));
    let hi = crate::quantities::floor_boundary(text, (q.end + 40).min(window.1));
    for t in tokens(text, lo, hi).iter().filter(|t| t.word) {
        if let Some(mut e) = longest(text, t.start, SCOPE_PHRASES) {
            // "in all competitions": the noun that "all" counts over
            if text[t.start..e].eq_ignore_ascii_case("in all") {
                let rest = &text[e..];
                let gap = rest.len() - rest.trim_start().len();
                if gap > 0 {
                    if let Some((ws, we)) = word_at(text, e + gap) {
                        let w = &text[ws..we];
                        if w.starts_with(|c: char| c.is_lowercase()) && !is_stop(w) {
                            e = we;
                        }
                    }
                }
            }
            let overlaps = t.start < q.end && q.start < e;
            let unit_scope = text[t.start..e]
                .to_ascii_lowercase()
                .starts_with("percentage");
            if (!overlaps || unit_scope) && !out.iter().any(|x| t.start < x.end && x.start < e) {
                out.push(qualifier(text, QualifierKind::Scope, t.start, e));
            }
        }
    }
    crate::sort::sort_by_key(&mut out, |x| x.start);
    out
}

/// Bytes between a qualifier and the figure.
fn distance(x: &Qualifier, q: &Quantity) -> usize {
    if x.end <= q.start {
        q.start - x.end
    } else {
        x.start.saturating_sub(q.end)
    }
}

fn longest(text: &str, at: usize, table: &[&str]) -> Option<usize> {
    // Perf (issue 7): reject on the first byte before the full match (same result:
    // bytes equal ignoring ASCII case are equal with bit 0x20 set, and `match_at`
    // does the exact comparison); this was 16% of extraction.
    let first = text.as_bytes().get(at)?;
    table
        .iter()
        .filter(|p| {
            p.as_bytes()
                .first()
                .is_some_and(|b| *b == b' ' || b | 0x20 == first | 0x20)
        })
        .filter_map(|p| match_at(text, at, p, false))
        .max()
}

fn first_after(toks: &[Tok], pos: usize) -> usize {
    toks.iter()
        .position(|t| t.start >= pos)
        .unwrap_or(toks.len())
}

/// End of a noun phrase starting at token `i` (determiners and content words).
fn noun_phrase_end(text: &str, toks: &[Tok], i: usize, max: usize) -> usize {
    let mut end = 0;
    let mut n = 0;
    for t in toks.iter().skip(i).take(max) {
        let w = lower(text, t);
        if !t.word || (is_stop(&w) && !DETERMINERS.contains(&w.as_str())) {
            break;
        }
        if !DETERMINERS.contains(&w.as_str()) {
            n += 1;
        }
        end = t.end;
    }
    if n == 0 {
        0
    } else {
        end
    }
}

/// "Ukrainian officials said", "the health ministry said", "police said": the start.
fn speaker_before(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let mut s = None;
    let mut k = i;
    while k > 0 && i - k < 4 {
        let t = &toks[k - 1];
        let w = lower(text, t);
        if !t.word || t.start < toks[0].start || (is_stop(&w) && w != "the") {
            break;
        }
        s = Some(t.start);
        k -= 1;
        if w == "the" {
            break;
        }
    }
    let s = s?;
    (toks[k..i].iter().any(|t| lower(text, t) != "the")).then_some(s)
}

/// Preposition + date or place: "on Monday", "by 2035", "in Kharkiv", "during the
/// White House meeting". Returns the kind and the end of the phrase.
fn prep_phrase(text: &str, toks: &[Tok], i: usize) -> Option<(QualifierKind, usize)> {
    let t = &toks[i];
    let w = lower(text, t);
    if w == "during" {
        let end = noun_phrase_end(text, toks, i + 1, 5);
        return (end > t.end).then_some((QualifierKind::Time, end));
    }
    let time_prep = TIME_PREPS.iter().any(|p| *p == w);
    let place_prep = PLACE_PREPS.iter().any(|p| *p == w);
    if !time_prep && !place_prep {
        return None;
    }
    let mut j = i + 1;
    if toks
        .get(j)
        .is_some_and(|n| n.word && lower(text, n) == "the")
    {
        j += 1;
    }
    if place_prep {
        if let Some(end) = place_noun_end(text, toks, j) {
            return Some((QualifierKind::Place, end));
        }
    }
    let first = toks.get(j)?;
    let first_text = &text[first.start..first.end];
    let is_year = first_text.len() == 4 && first_text.bytes().all(|b| b.is_ascii_digit());
    let time_name = TIME_NAMES.contains(&lower(text, first).trim_end_matches('.'));
    if !first.word || !(is_capitalized(first_text) || is_year) {
        return None;
    }
    // the run of capitalized words (and, for dates, day numbers and years)
    let mut end = first.end;
    let mut k = j + 1;
    while let Some(n) = toks.get(k) {
        let nt = &text[n.start..n.end];
        let digits = nt.bytes().all(|b| b.is_ascii_digit());
        let joins = !n.word
            && nt == ","
            && time_name
            && toks
                .get(k + 1)
                .is_some_and(|d| text[d.start..d.end].bytes().all(|b| b.is_ascii_digit()));
        if (n.word && (is_capitalized(nt) || (digits && (time_name || is_year)) || nt == "of"))
            || joins
        {
            if !joins {
                end = n.end;
            }
            k += 1;
        } else {
            break;
        }
    }
    if time_name || is_year {
        // "on Tuesday afternoon", "by Saturday evening"
        if let Some(n) = toks
            .get(k)
            .filter(|n| n.word && DAY_PARTS.contains(&lower(text, n).as_str()))
        {
            end = n.end;
        }
        return time_prep.then_some((QualifierKind::Time, end));
    }
    if !place_prep {
        return None;
    }
    // "in U.S. weapons": a capitalized modifier of a lowercase noun is no place
    // (a verb after it does not count: "in Port Antell rose to 7")
    if toks.get(k).is_some_and(|n| {
        is_content(text, n)
            && !is_capitalized(&text[n.start..n.end])
            && !LINKS.contains(&lower(text, n).as_str())
            && !ends_ed(text, n)
    }) {
        return None;
    }
    Some((QualifierKind::Place, end))
}

/// "the city", "the low-lying Marren and Quayside districts", "the country": up to four
/// words from token `j` ending in a place noun; the end of the phrase.
fn place_noun_end(text: &str, toks: &[Tok], j: usize) -> Option<usize> {
    let mut end = None;
    for t in toks.iter().skip(j).take(5) {
        let raw = &text[t.start..t.end];
        let w = lower(text, t);
        if !t.word || raw.ends_with("'s") || raw.ends_with("’s") {
            break;
        }
        // lowercase only: "in Port Antell" is a name, read as one
        if PLACE_NOUNS.contains(&w.as_str()) && !is_capitalized(raw) {
            end = Some(t.end);
            continue;
        }
        if end.is_some()
            || (is_stop(&w) && w != "and")
            || raw.starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
    }
    end
}
