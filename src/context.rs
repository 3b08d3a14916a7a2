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
mod subject;
pub(crate) mod tables;

use crate::lexicon::index::{
    roles, Roles, FIGURE_NOUN, PLACE_PREP, SAYS, STOP, TIME_PREP, WEAK_SAYS,
};
use crate::lexicon::words::{SCOPE_PHRASES, TIME_NAMES, TIME_PHRASES};
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::quantities::scan::{char_at, is_capitalized, is_space, match_at, word_at, RowIndex};
use crate::quantities::Quantity;
use crate::report::{Qualifier, QualifierKind};
use tables::{AGENTS, DAY_PARTS, MORE_TIME_PHRASES, PLACE_NOUNS, PLACE_PHRASES, STATEMENT_TAILS};

/// A token of a sentence: a word or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
}

fn tokens(text: &str, from: usize, to: usize) -> Vec<Tok> {
    // (issue 13: room for a window's tokens at once, as many as "1 1 1 ..." has; growing
    // a Vec token by token was a tenth of the work per figure)
    let mut out = Vec::with_capacity(to.saturating_sub(from).min(1024) / 2 + 1);
    let mut i = from;
    while let Some((tok, next)) = step(text, i, to) {
        out.extend(tok);
        i = next;
    }
    out
}

/// One step of [`tokens`] at byte `i` (before `to`): the token there (`None` for a
/// space, which is skipped) and where the next step starts.
#[inline]
fn step(text: &str, i: usize, to: usize) -> Option<(Option<Tok>, usize)> {
    if i >= to {
        return None;
    }
    // (issue 13) ASCII is read byte by byte: a byte below 0x80 is a whole char
    let c = match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => char::from(b),
        _ => char_at(text, i)?,
    };
    let n = c.len_utf8();
    if is_space(c) {
        return Some((None, i + n));
    }
    if let Some((s, e)) = word_at(text, i).filter(|_| c.is_alphanumeric()) {
        let e = e.min(to);
        let tok = Tok {
            start: s,
            end: e,
            word: true,
        };
        return Some((Some(tok), e.max(i + n)));
    }
    let tok = Tok {
        start: i,
        end: i + n,
        word: false,
    };
    Some((Some(tok), i + n))
}

/// Bytes of a sentence per entry of [`Tokens`]' block index.
const BLOCK: usize = 64;

/// The tokens of one sentence, read once for all its figures (issue 13: each figure's
/// windows were tokenized anew, a third of the work on figure-dense text).
pub struct Tokens {
    /// The span they were read from.
    span: (usize, usize),
    toks: Vec<Tok>,
    /// `blocks[b]`: the index of the first token that starts at or after byte
    /// `span.0 + b·BLOCK` (issue 13: a binary search over a sentence of half a million
    /// tokens per window was a tenth of the work on "1 1 1 ...").
    blocks: Vec<u32>,
}

impl Tokens {
    /// The tokens of `text[sent.0..sent.1]`.
    pub fn new(text: &str, sent: (usize, usize)) -> Tokens {
        let toks = tokens(text, sent.0, sent.1);
        let n = sent.1.saturating_sub(sent.0) / BLOCK + 1;
        let mut blocks = Vec::with_capacity(n);
        let mut k = 0;
        for b in 0..n {
            let at = sent.0 + b * BLOCK;
            while toks.get(k).is_some_and(|t| t.start < at) {
                k += 1;
            }
            blocks.push(k as u32);
        }
        Tokens {
            span: sent,
            toks,
            blocks,
        }
    }

    /// The index of the first token that starts at or after byte `x`
    /// (`partition_point(|t| t.start < x)`): searched only in the block of `x`.
    fn first_at(&self, x: usize) -> usize {
        let n = self.toks.len();
        let b = x.saturating_sub(self.span.0) / BLOCK;
        let lo = self.blocks.get(b).map_or(n, |&k| k as usize).min(n);
        let hi = self
            .blocks
            .get(b + 1)
            .map_or(n, |&k| k as usize)
            .clamp(lo, n);
        lo + self.toks[lo..hi].partition_point(|t| t.start < x)
    }

    /// `tokens(text, from, to)`, for a window inside the sentence, from the sentence's
    /// tokens. No token holds a space, so from the first space of the window on, the
    /// window's tokens are the sentence's (the last one cut at `to`); only those before
    /// it, where the window may start inside a word, are read anew. A window that starts
    /// outside every token and ends outside every word is a slice of the sentence's
    /// tokens, lent (issue 13: copied, it was a fifth of the work on dense text).
    fn window(&self, text: &str, from: usize, to: usize) -> Cow<'_, [Tok]> {
        if from < self.span.0 || to > self.span.1 || !text.is_char_boundary(from) {
            return Cow::Owned(tokens(text, from, to));
        }
        let k0 = self.first_at(from);
        let outside = k0 == 0 || self.toks.get(k0 - 1).is_none_or(|t| t.end <= from);
        if outside {
            // The reading from `from` is the sentence's from token k0 on: every byte
            // outside a token is where a step of the sentence's reading begins.
            let k1 = if to <= from { k0 } else { self.first_at(to) };
            let Some(body) = self.toks.get(k0..k1.max(k0)) else {
                return Cow::Owned(tokens(text, from, to));
            };
            return match body.last() {
                Some(last) if last.word && last.end > to => {
                    let mut v = body.to_vec();
                    if let Some(t) = v.last_mut() {
                        t.end = to;
                    }
                    Cow::Owned(v)
                }
                _ => Cow::Borrowed(body),
            };
        }
        let mut out = Vec::with_capacity(to.saturating_sub(from).min(1024) / 2 + 1);
        let mut i = from;
        while let Some((tok, next)) = step(text, i, to) {
            i = next;
            match tok {
                Some(t) => out.push(t),
                None => break,
            }
        }
        let k = self.first_at(i);
        let k1 = self.first_at(to).max(k);
        let rest = self.toks.get(k..k1).unwrap_or(&[]);
        out.reserve(rest.len());
        out.extend(rest.iter().map(|t| Tok {
            end: if t.word { t.end.min(to) } else { t.end },
            ..*t
        }));
        Cow::Owned(out)
    }
}

/// A token's text in ASCII lower case, without possessive "’s"/"'s" endings: a slice of
/// the text when it has no ASCII capital (most words), else a copy (issue 13: a copy
/// per token was a tenth of the context reader's work).
fn lower<'a>(text: &'a str, t: &Tok) -> Cow<'a, str> {
    let w = &text[t.start..t.end];
    let mut w = if w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Borrowed(w)
    };
    for suffix in ["’s", "'s"] {
        while w.ends_with(suffix) {
            let n = w.len() - suffix.len();
            match &mut w {
                Cow::Borrowed(b) => *b = &b[..n],
                Cow::Owned(o) => o.truncate(n),
            }
        }
    }
    w
}

/// A token's text as written, without possessive "’s"/"'s" endings (any case): what
/// [`lower`] gives, but for ASCII case, with no copy.
fn unpossessed<'a>(text: &'a str, t: &Tok) -> &'a str {
    let mut w = &text[t.start..t.end];
    // as in `lower`: every "’s" first, then every "'s"
    for apostrophe in ['’', '\''] {
        while let Some(head) = w
            .strip_suffix(['s', 'S'])
            .and_then(|h| h.strip_suffix(apostrophe))
        {
            w = head;
        }
    }
    w
}

/// In [`crate::lexicon::words::STOPWORDS`] (`w` lowercase; one index lookup, issue 13).
fn is_stop(w: &str) -> bool {
    roles(w).has(STOP)
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

use subject::ends_ed;
pub use subject::subject;

/// Scope words found in the figure's sentence: places, times, attributions, scope.
pub fn qualifiers(text: &str, sent: (usize, usize), q: &Quantity) -> Vec<Qualifier> {
    let mut marks = ClauseMarks::default();
    let toks = Tokens::new(text, sent);
    let sq = sentence_qualifiers(text, &toks);
    qualifiers_near(text, &sq, &toks, sent, q, &mut marks)
}

/// The clause marks of a text, read once for all its figures (see [`qualifiers_near`]).
pub use clause::Marks as ClauseMarks;

/// The places, times and attributions of a sentence (computed once per sentence).
pub fn sentence_qualifiers(text: &str, sentence: &Tokens) -> Vec<Qualifier> {
    let toks = &sentence.toks;
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
        if let Some(e) = longest(text, t.start, &TIME).max(longest(text, t.start, &MORE_TIME)) {
            push(&mut out, QualifierKind::Time, t.start, e);
            continue;
        }
        if let Some(e) = longest(text, t.start, &PLACE) {
            push(&mut out, QualifierKind::Place, t.start, e);
            continue;
        }
        // (issue 13: a word is looked up once, and read as written: the index and the
        // comparisons below ignore ASCII case, so no lowercase copy is made)
        let w = unpossessed(text, t);
        let r = roles(w);
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if let Some((kind, e)) = prep_phrase(text, &toks, i, w, r) {
            push(&mut out, kind, t.start, e);
            continue;
        }
        if is("as") && toks.get(i + 1).is_some_and(|n| lower(text, n) == "of") {
            // "as of 6 p.m. on Tuesday", "as of Monday"
            let end = time_run_end(text, &toks, i + 2);
            if end > 0 {
                push(&mut out, QualifierKind::Time, t.start, end);
            }
        } else if is("according") {
            if let Some(e) = match_at(text, t.start, "according to", false) {
                let mut end = noun_phrase_end(text, &toks, first_after(&toks, e), 5);
                // "according to a tally by the interior ministry"
                let k = first_after(&toks, end);
                if end > e
                    && toks
                        .get(k)
                        .is_some_and(|b| matches!(&*lower(text, b), "by" | "from"))
                {
                    end = noun_phrase_end(text, &toks, k + 1, 5).max(end);
                }
                if end > e {
                    push(&mut out, QualifierKind::Attribution, t.start, end);
                }
            }
        } else if r.has(SAYS | WEAK_SAYS) {
            let weak = !r.has(SAYS);
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
                let inverted = i > 0 && !toks[i - 1].word && (is("said") || is("says"));
                let end = noun_phrase_end(text, &toks, i + 1, 4);
                if inverted && end > t.end {
                    push(&mut out, QualifierKind::Attribution, t.start, end);
                }
            }
        } else if r.has(FIGURE_NOUN) {
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
        .any(|t| AGENTS.contains(&&*lower(text, t)))
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
        if let Some(e) = longest(text, n.start, &TAILS) {
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
        .filter(|d| d.word && DETERMINERS.contains(&&*lower(text, d)))
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
            || DAY_PARTS.contains(&&*w)
            || matches!(
                &*w,
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
        if !matches!(&*w, "on" | "the") {
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

/// Whether a qualifier opens its sentence (only quotes or spaces before it) and is
/// closed by a comma.
fn opens(text: &str, sentence_start: usize, x: &Qualifier) -> bool {
    let before = text.get(sentence_start..x.start).unwrap_or("x");
    let after = text.get(x.end..).unwrap_or("");
    before
        .chars()
        .all(|c| c.is_whitespace() || "\"“‘'(".contains(c))
        && after
            .split(',')
            .next()
            .is_some_and(|head| head.len() <= OPENING_TAIL && !head.contains(['.', ';']))
        && after.contains(',')
}

/// Words after a place that leave it a place ("in Kestria alone").
const PLACE_TAILS: &[&str] = &["alone", "only", "itself", "themselves"];

/// Bytes between an opening place or time and its comma ("In Kestria alone,").
const OPENING_TAIL: usize = 12;

/// The sentence's qualifiers within `window` that do not overlap the figure, plus the
/// scope words within a few words of it. `marks` carries the clause marks from one
/// figure of `text` to the next (ask in order of position).
pub fn qualifiers_near(
    text: &str,
    sentence: &[Qualifier],
    toks: &Tokens,
    window: (usize, usize),
    q: &Quantity,
    marks: &mut ClauseMarks,
) -> Vec<Qualifier> {
    let first = sentence.partition_point(|x| x.end <= window.0);
    let (cs, ce) = marks.clause_of(text, window, q.start, q.end);
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
            // A place or a time that opens the sentence ("In Syria, 810 ...", "On
            // Monday, ...") scopes all of it; elsewhere only the figure's clause counts.
            if !inside && !opens(text, window.0, x) {
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
    // (issue 13: a word no phrase of the table may start at is passed over here, without
    // a call: most words of a figure-dense window, each read by dozens of windows)
    let scope = SCOPE.index();
    for t in toks.window(text, lo, hi).iter().filter(|t| t.word) {
        if scope.rows(text, t.start).is_empty() {
            continue;
        }
        if let Some(mut e) = longest(text, t.start, &SCOPE) {
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
            // (compared in place, not lowercased into a copy)
            let unit_scope = text.as_bytes()[t.start..e]
                .get(..10)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"percentage"));
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

/// A phrase table with its rows by first byte ([`RowIndex`], built on first use), so
/// that at a word only the phrases that may start there are tried.
struct Phrases {
    phrases: &'static [&'static str],
    rows: OnceLock<(RowIndex, Pairs)>,
}

/// The first three bytes a phrase of a table may match, by their low five bits (what
/// `match_at` compares ignores bit 0x20): `triples[32 * (a & 31) + (b & 31)]` has bit
/// `c & 31` set when some phrase may match a text whose bytes there are `a`, `b`, `c`
/// (issue 13: most words of a sentence start no phrase of a table, and were tried
/// against the rows of their first letter).
#[derive(Debug)]
struct Pairs {
    triples: Vec<u32>,
    /// Some phrase opens with a space: nothing rules it out.
    spaced: bool,
}

impl Pairs {
    fn new(phrases: &[&str]) -> Pairs {
        let mut out = Pairs {
            triples: vec![0; 32 * 32],
            spaced: false,
        };
        // a byte that is a space or none: any byte may stand there (a space of the
        // phrase may be one outside ASCII, or several)
        let any = |x: Option<&u8>| x.is_none_or(|&x| x == b' ');
        for p in phrases.iter().map(|p| p.as_bytes()) {
            let Some(&a) = p.first() else { continue };
            if a == b' ' {
                out.spaced = true;
                continue;
            }
            let row = 32 * usize::from(a & 31);
            if any(p.get(1)) {
                out.triples[row..row + 32].fill(u32::MAX);
                continue;
            }
            let k = row + usize::from(p[1] & 31);
            if any(p.get(2)) {
                out.triples[k] = u32::MAX;
            } else {
                out.triples[k] |= 1 << (p[2] & 31);
            }
        }
        out
    }

    /// False only when no phrase may match at byte `at` of `text`.
    #[inline]
    fn may_match(&self, text: &str, at: usize) -> bool {
        let b = text.as_bytes();
        match (b.get(at), b.get(at + 1), b.get(at + 2)) {
            _ if self.spaced => true,
            (None, _, _) => false,
            (Some(&x), Some(&y), Some(&z)) => {
                self.triples[32 * usize::from(x & 31) + usize::from(y & 31)] >> (z & 31) & 1 != 0
            }
            // (near the end of the text: not ruled out)
            _ => true,
        }
    }
}

impl Phrases {
    const fn new(phrases: &'static [&'static str]) -> Self {
        Phrases {
            phrases,
            rows: OnceLock::new(),
        }
    }

    /// The index of the rows by first byte, and their first two bytes.
    fn indexes(&self) -> &(RowIndex, Pairs) {
        self.rows.get_or_init(|| {
            (
                RowIndex::new(self.phrases.iter().copied()),
                // (natively: in the wasm module it costs more bytes than it saves time)
                if cfg!(target_arch = "wasm32") {
                    Pairs {
                        triples: Vec::new(),
                        spaced: true,
                    }
                } else {
                    Pairs::new(self.phrases)
                },
            )
        })
    }

    /// The index of the rows by first byte.
    fn index(&self) -> &RowIndex {
        &self.indexes().0
    }

    /// The phrases that may match at byte `at` of `text`.
    fn at<'a>(&'a self, text: &str, at: usize) -> impl Iterator<Item = &'static str> + 'a {
        let (rows, pairs) = self.indexes();
        let rows = if pairs.may_match(text, at) {
            rows.rows(text, at)
        } else {
            &[]
        };
        rows.iter()
            .filter_map(|&k| self.phrases.get(usize::from(k)).copied())
    }
}

static TIME: Phrases = Phrases::new(TIME_PHRASES);
static MORE_TIME: Phrases = Phrases::new(MORE_TIME_PHRASES);
static PLACE: Phrases = Phrases::new(PLACE_PHRASES);
static TAILS: Phrases = Phrases::new(STATEMENT_TAILS);
static SCOPE: Phrases = Phrases::new(SCOPE_PHRASES);

fn longest(text: &str, at: usize, table: &Phrases) -> Option<usize> {
    // Perf (issue 7, 13): only the rows that may start at the byte there are tried.
    table
        .at(text, at)
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
        if !t.word || (is_stop(&w) && !DETERMINERS.contains(&&*w)) {
            break;
        }
        if !DETERMINERS.contains(&&*w) {
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
/// White House meeting". Returns the kind and the end of the phrase. `w` is token
/// `i` as written, without a possessive ending ([`unpossessed`]), and `r` its roles.
fn prep_phrase(
    text: &str,
    toks: &[Tok],
    i: usize,
    w: &str,
    r: Roles,
) -> Option<(QualifierKind, usize)> {
    let t = &toks[i];
    if w.eq_ignore_ascii_case("during") {
        let end = noun_phrase_end(text, toks, i + 1, 5);
        return (end > t.end).then_some((QualifierKind::Time, end));
    }
    let (time_prep, place_prep) = (r.has(TIME_PREP), r.has(PLACE_PREP));
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
        // "across Turkey and Syria": two places joined are one scope (both countries).
        let both = place_prep
            && !time_name
            && !is_year
            && n.word
            && nt == "and"
            && toks
                .get(k + 1)
                .is_some_and(|d| d.word && is_capitalized(&text[d.start..d.end]));
        if both {
            end = toks[k + 1].end;
            k += 2;
            continue;
        }
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
            .filter(|n| n.word && DAY_PARTS.contains(&&*lower(text, n)))
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
            && !LINKS.contains(&&*lower(text, n))
            && !PLACE_TAILS.contains(&&*lower(text, n))
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
        if PLACE_NOUNS.contains(&&*w) && !is_capitalized(raw) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Pairs::may_match`] rules out no phrase that matches: at every byte of texts
    /// made of each table's own phrases (in both cases, glued and spaced), the phrases
    /// tried are all those of the row index that match.
    #[test]
    fn pairs_rule_out_no_match() {
        for table in [&TIME, &MORE_TIME, &PLACE, &TAILS, &SCOPE] {
            let mut text = String::new();
            for p in table.phrases {
                text.push_str(p);
                text.push_str(". ");
                text.push_str(&p.to_ascii_uppercase());
                text.push('\u{a0}');
                text.push_str(p);
            }
            text.push_str("x");
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let all: Vec<usize> = table
                    .index()
                    .rows(&text, at)
                    .iter()
                    .filter_map(|&k| match_at(&text, at, table.phrases[usize::from(k)], false))
                    .collect();
                let tried: Vec<usize> = table
                    .at(&text, at)
                    .filter_map(|p| match_at(&text, at, p, false))
                    .collect();
                assert_eq!(tried, all, "at {at}");
            }
        }
    }

    /// [`unpossessed`] is [`lower`] but for ASCII case.
    #[test]
    fn unpossessed_is_lower_but_for_case() {
        for w in [
            "Police's",
            "POLICE'S",
            "unions’",
            "x's’s",
            "x’s's",
            "’s",
            "'S",
            "s",
            "Kyiv’S’s",
            "é's",
            "The",
            "BBC",
            "it's's",
        ] {
            let t = Tok {
                start: 0,
                end: w.len(),
                word: true,
            };
            assert_eq!(
                unpossessed(w, &t).to_ascii_lowercase(),
                lower(w, &t),
                "{w:?}"
            );
        }
    }

    /// A window's tokens read from its sentence's are the tokens read anew, for every
    /// window of texts built from pieces that start, end and join words in odd ways.
    #[test]
    fn window_tokens_are_the_tokens_read_anew() {
        let pieces = [
            "a", "B", "killed", " ", "\u{a0}", "\t", "\n", "1", ",", ".", "U.S.", "’", "'", "-",
            "é", "e\u{301}", "北", "🙂", "\u{2009}", "s", "St.",
        ];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..3000 {
            let n = next() % 24;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let s0 = cuts[next() % cuts.len()];
            let s1 = cuts[next() % cuts.len()].max(s0);
            let sentence = Tokens::new(&text, (s0, s1));
            for &a in cuts.iter().filter(|&&a| a >= s0 && a <= s1) {
                for &b in cuts.iter().filter(|&&b| b >= a && b <= s1) {
                    assert_eq!(
                        sentence.window(&text, a, b),
                        tokens(&text, a, b),
                        "{text:?} sentence {s0}..{s1}, window {a}..{b}"
                    );
                }
            }
        }
    }
}
