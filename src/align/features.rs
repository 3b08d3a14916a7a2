//! What a mention measures, as weighted words: the content words of its sentence,
//! weighted by nearness to the figure (the counted noun and the object right after it
//! weigh most) and by rarity in the input texts (inverse sentence frequency: a word in
//! every sentence ties nothing). Words are lowercased, lightly stemmed and mapped to
//! concepts through [`super::synonyms::SYNONYMS`].

use super::frame::{self, Entities};
use super::fxhash::{FxMap, FxSet};
use super::synonyms::{ENTITY_ALIASES, GENERIC, PREDICATES, STOPWORDS, SYNONYMS};
use crate::report::Mention;

/// Weight falls off with the number of content words between a word and the figure:
/// `1 / (1 + d / NEAR_SPAN)`.
const NEAR_SPAN: f32 = 2.0;
/// The least weight of a word in the same sentence.
const FAR_WEIGHT: f32 = 0.1;
/// Weight factor of a word across a comma, colon, dash or quote from the figure.
const CLAUSE_WEIGHT: f32 = 0.6;
/// Extra weight of the first content words after the figure in its clause (the counted
/// noun, the object).
const NOUN_BOOST: f32 = 1.5;
/// How many words (any words) after the figure may be its counted noun.
const NOUN_REACH: usize = 3;
/// Weight of a known entity's key ("Tories" / "Conservative Party": `frame.rs`) as a
/// shared word: it ties a party's figures across sources, but less than what they
/// measure (a party's seats, its share and its gains share it). Chosen by hand on the
/// election clusters: 0.3 ties too little to gather a party's seats across outlets,
/// 0.7 ties its seats to its gains.
const ENTITY_WEIGHT: f32 = 0.5;
/// Weight of a generic noun ("people") relative to others.
const GENERIC_WEIGHT: f32 = 0.3;
/// Weight of a word closer to another figure of the same sentence.
const SHARED_WEIGHT: f32 = 0.5;
/// Weight factor of a word across a clause boundary that is also nearer another figure
/// ("870 buildings were damaged, and about 4,000 people spent the night in tents":
/// "buildings" says nothing about the 4,000).
const OTHER_CLAUSE: f32 = 0.15;
/// Weight of a word inside one of the mention's qualifiers ("police said", "in Kharkiv"):
/// scope words say whose or where, not what.
const QUALIFIER_WEIGHT: f32 = 0.4;
/// Factor for a word of the mention's `subject` that is in its sentence; a subject
/// word that is not gets [`SUBJECT_ALONE`].
const SUBJECT_BOOST: f32 = 1.3;
/// Weight of a subject word absent from the sentence.
const SUBJECT_ALONE: f32 = 0.6;
/// The least weight of the first content word of the sentence, before the figure.
const SENTENCE_SUBJECT: f32 = 0.8;
/// How many content words away from the figure, inside its clause, a predicate
/// ("killed", "injured") may stand and still say what happened to what it counts.
const PREDICATE_REACH: usize = 10;
/// Words that put a duration ahead of the text ("within 10 days", "in a week or two",
/// "until next year"): a deadline or a forecast, not the length of something that
/// happened. ("by" is not one: "raise the age by two years" is an amount.)
const HORIZON_WORDS: &[&str] = &["within", "in", "next", "coming", "until", "till"];
/// Bytes of context either side when a mention carries no usable sentence span.
const FALLBACK_CONTEXT: usize = 240;
/// At most this many words either side of a figure are read, however long its sentence
/// (issue 8: bounded work per mention).
const CONTEXT_TOKENS: usize = 48;
/// Words that start a new clause: the counted noun is not beyond them.
const CLAUSE_WORDS: &[&str] = &[
    "and",
    "but",
    "or",
    "while",
    "whereas",
    "which",
    "who",
    "after",
    "before",
    "when",
    "following",
    "because",
    "although",
    "though",
];
/// Characters that end a clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '—', '–', '"', '“', '”'];

/// The cached concept of a word that ties nothing (ids count the words of one
/// comparison, so none reaches it).
const NO_CONCEPT: u32 = u32::MAX;

/// Word tables as lookups, plus the concept ids of one comparison.
pub(crate) struct Lexicon {
    /// Word -> its row in `concepts` (issue 13: the map type of the word ids, one copy
    /// of the hash table code in the wasm module).
    synonyms: FxMap<String, u32>,
    /// The concepts of [`SYNONYMS`], by row.
    concepts: Vec<&'static str>,
    stop: FxSet<&'static str>,
    generic: FxSet<&'static str>,
    ids: FxMap<String, u32>,
    /// Lowercase word -> concept ([`NO_CONCEPT`] for none), for words already seen
    /// (u32 values: the map type of `ids`, one copy of its code in the wasm module).
    cache: FxMap<String, u32>,
    /// Lowercase word -> its entry in `entries` (issue 13: each distinct word of the
    /// texts is looked up in the tables once; later occurrences read the entry).
    entry_ids: FxMap<String, u32>,
    /// Each distinct word as written -> its index in `written` (issue 13: a word seen
    /// before is neither lowercased nor looked up again; a map of the same type as
    /// `entry_ids`, so that the wasm module holds one copy of its code).
    written_ids: FxMap<String, u32>,
    /// What the letters of each distinct word as written say.
    written: Vec<Written>,
    /// The lowercase word of each entry of `entries`.
    entry_words: Vec<String>,
    /// Whether a concept id is one of `predicates`, by id.
    is_predicate: Vec<bool>,
    /// What the tables say of each distinct word seen by [`Lexicon::tokens`].
    entries: Vec<Entry>,
    /// Concept names by id.
    pub(crate) names: Vec<String>,
    /// The concept ids of [`PREDICATES`].
    predicates: Vec<u32>,
    /// The first words of [`ENTITY_ALIASES`] ("liberal" of "liberal democrats").
    alias_firsts: FxSet<&'static str>,
    /// Where the last [`features`] found its figure in the token list and in the list
    /// of figures: where the next one (mentions come in text order) is searched from,
    /// once checked ([`from_hint`]).
    hints: (usize, usize),
}

/// One word of a text.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Its concept; `None` for stopwords and numbers.
    pub(crate) concept: Option<u32>,
    pub(crate) generic: bool,
    /// The predicate concept of the word ([`PREDICATES`]), also when it is capitalized
    /// ("Seven Dead in Depot Fire").
    pub(crate) predicate: Option<u32>,
    /// Capitalized inside a sentence: a name ("Putin", "Port Antell").
    pub(crate) name: bool,
    /// Whether the word starts a clause ([`CLAUSE_WORDS`]).
    pub(crate) clause: Clause,
    /// Some letter of the word is a capital (issue 13: read once per word, not once
    /// per figure whose window holds it).
    pub(crate) capitalized: bool,
    /// The word, lowercased without a possessive, is the first word of an alias of
    /// [`ENTITY_ALIASES`]: only such a word may open one (`frame::alias_in`).
    pub(crate) opens_alias: bool,
}

/// What the letters of one distinct word as written say (see [`Lexicon::token`]).
#[derive(Debug, Clone, Copy)]
struct Written {
    /// Its lowercase form's index in `entries`.
    entry: u32,
    /// It opens with a capital.
    upper_first: bool,
    /// [`Token::capitalized`].
    capitalized: bool,
    /// [`Token::opens_alias`].
    opens_alias: bool,
}

/// What the word tables say of one distinct lowercase word (see [`Lexicon::tokens`]).
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Its concept, once asked ([`Lexicon::concept`]).
    concept: Option<Option<u32>>,
    /// Its concept as a name, once asked ([`Lexicon::named`]).
    named: Option<Option<u32>>,
    /// In [`SYNONYMS`] (or a synonym's stem).
    synonym: bool,
    /// In [`GENERIC`].
    generic: bool,
    /// "march" or "may": a month next to a number.
    month: bool,
    /// Digits only.
    numeric: bool,
    /// Its bearing on clauses ([`CLAUSE_WORDS`]).
    clause: Clause,
    /// The first word of an alias of [`ENTITY_ALIASES`].
    opens_alias: bool,
}

/// How a word bears on clause boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clause {
    /// An ordinary word.
    None,
    /// "and", "or": a new clause, or two nouns joined.
    Joins,
    /// Any other of [`CLAUSE_WORDS`].
    Starts,
}

/// The weighted words of one mention.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    /// (concept, nearness weight), sorted by concept.
    pub(crate) weights: Box<[(u32, f32)]>,
    /// (concept, surface word as written, lowercase).
    pub(crate) surface: Box<[(u32, String)]>,
    /// The counted noun or object right after the figure, when it is not generic.
    pub(crate) noun: Option<u32>,
    /// What happened to what is counted: the nearest predicate word ("killed",
    /// "injured", "missing", ...) in the figure's clause.
    pub(crate) predicate: Option<u32>,
    /// The figure is a deadline or a forecast ([`HORIZON_WORDS`] before it or opening it).
    pub(crate) horizon: bool,
    /// Concepts written as names near the figure (not label material).
    pub(crate) names: Box<[u32]>,
    /// The counted noun with its modifier when it is a compound ("police officers").
    pub(crate) noun_phrase: Option<String>,
    /// The entities that make the figure specific (`frame.rs`).
    pub(crate) entities: Entities,
}

impl Lexicon {
    pub(crate) fn new() -> Self {
        let mut synonyms = FxMap::default();
        let mut concepts = Vec::new();
        for (word, concept) in SYNONYMS.iter() {
            let row = concepts.len() as u32;
            concepts.push(concept);
            synonyms.insert(word.to_string(), row);
            synonyms.entry(stem(word)).or_insert(row);
        }
        let mut lex = Lexicon {
            synonyms,
            concepts,
            stop: STOPWORDS.iter().collect(),
            generic: GENERIC.iter().collect(),
            ids: FxMap::default(),
            cache: FxMap::default(),
            entry_ids: FxMap::default(),
            written_ids: FxMap::default(),
            written: Vec::new(),
            entry_words: Vec::new(),
            is_predicate: Vec::new(),
            entries: Vec::new(),
            names: Vec::new(),
            predicates: Vec::new(),
            hints: (0, 0),
            alias_firsts: ENTITY_ALIASES
                .iter()
                .filter_map(|(alias, _)| alias.split(' ').next())
                .collect(),
        };
        lex.predicates = PREDICATES.iter().map(|p| lex.intern(p)).collect();
        lex.is_predicate = vec![false; lex.names.len()];
        for &c in &lex.predicates {
            lex.is_predicate[c as usize] = true;
        }
        lex
    }

    /// The id of a concept name, new or not.
    fn intern(&mut self, name: &str) -> u32 {
        let next = self.names.len() as u32;
        let id = *self.ids.entry(name.to_string()).or_insert(next);
        if id == next {
            self.names.push(name.to_string());
        }
        id
    }

    /// Whether a concept is one of [`PREDICATES`].
    fn is_predicate(&self, c: u32) -> bool {
        self.is_predicate.get(c as usize).copied().unwrap_or(false)
    }

    /// The concept id of a lowercase word, or `None` if it ties nothing.
    fn concept(&mut self, word: &str) -> Option<u32> {
        if let Some(&c) = self.cache.get(word) {
            return (c != NO_CONCEPT).then_some(c);
        }
        let c = self.lookup(word);
        self.cache.insert(word.to_string(), c.unwrap_or(NO_CONCEPT));
        c
    }

    /// The concept of a name: the word itself, never a synonym.
    fn named(&mut self, word: &str) -> Option<u32> {
        if self.stop.contains(word) {
            return None;
        }
        let name = format!("{word}*");
        let next = self.names.len() as u32;
        let id = *self.ids.entry(name.clone()).or_insert(next);
        if id == next {
            self.names.push(name);
        }
        Some(id)
    }

    fn lookup(&mut self, word: &str) -> Option<u32> {
        if word.len() < 2 || self.stop.contains(word) || word.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let name = match self.synonyms.get(word) {
            Some(&c) => self.concepts[c as usize].to_string(),
            None => {
                let s = stem(word);
                match self.synonyms.get(&s) {
                    Some(&c) => self.concepts[c as usize].to_string(),
                    None => s,
                }
            }
        };
        let next = self.names.len() as u32;
        let id = *self.ids.entry(name.clone()).or_insert(next);
        if id == next {
            self.names.push(name);
        }
        Some(id)
    }

    /// Every word of a text, with concepts.
    pub(crate) fn tokens(&mut self, text: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
        let mut word = String::new();
        let mut prev_numeric = false;
        for (start, end) in Words::new(text) {
            let (token, numeric) = self.token(text, start, end, prev_numeric, &mut word);
            out.push(token);
            prev_numeric = numeric;
        }
        out
    }

    /// The tokens of [`Lexicon::tokens`] that overlap one of `ranges` (byte ranges, in
    /// any order), each exactly as `tokens` gives it; the words elsewhere are passed
    /// over unread (issue 13: a sentence without a figure is not read for features).
    /// Concept ids are handed out in another order than `tokens` would.
    pub(crate) fn tokens_in(&mut self, text: &str, ranges: &[(usize, usize)]) -> Vec<Token> {
        let ranges = union(ranges);
        let bytes: usize = ranges.iter().map(|(a, b)| b - a).sum();
        let mut out: Vec<Token> = Vec::with_capacity(bytes / 6 + 1);
        let mut word = String::new();
        let mut prev_numeric = false;
        // the word before, when it was passed over unread
        let mut unread: Option<(usize, usize)> = None;
        let mut r = 0;
        let mut words = Words::new(text);
        // (issue 13: the text between ranges is passed over unread, not word by word)
        if let Some(&(from, _)) = ranges.first() {
            words.skip_before(from);
        }
        while let Some((start, end)) = words.next() {
            while ranges.get(r).is_some_and(|&(_, to)| to <= start) {
                r += 1;
                if let Some(&(from, _)) = ranges.get(r) {
                    words.skip_before(from);
                }
            }
            let Some(&(from, _)) = ranges.get(r) else {
                break;
            };
            if end <= from {
                unread = Some((start, end));
                continue;
            }
            if let Some((s, e)) = unread.take() {
                lower_word_into(&text[s..e], &mut word);
                prev_numeric = word.bytes().all(|b| b.is_ascii_digit());
            }
            let (token, numeric) = self.token(text, start, end, prev_numeric, &mut word);
            out.push(token);
            prev_numeric = numeric;
        }
        out
    }

    /// The token of the word `text[start..end]` (`prev_numeric`: the word before it is
    /// digits only), and whether this word is digits only; `word` is a scratch buffer.
    fn token(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        prev_numeric: bool,
        word: &mut String,
    ) -> (Token, bool) {
        let written = &text[start..end];
        let w = match self.written_ids.get(written) {
            Some(&i) => self.written[i as usize],
            None => {
                let w = self.read_written(written, word);
                self.written_ids
                    .insert(written.to_string(), self.written.len() as u32);
                self.written.push(w);
                w
            }
        };
        let k = w.entry as usize;
        let e = self.entries[k];
        // A capitalized word inside a sentence is a name ("the White House", "Bill
        // Gates"): it keeps its own meaning, not its synonyms'.
        let name = w.upper_first && !sentence_start(text, start);
        let mut concept = if name && e.synonym {
            self.named_of(k)
        } else {
            self.concept_of(k)
        };
        // "March 12", "12 May": month names next to a number are dates.
        if e.month && (prev_numeric || next_is_digit(text, end)) {
            concept = None;
        }
        let plain = if name { self.concept_of(k) } else { concept };
        let token = Token {
            start,
            end,
            concept,
            generic: concept.is_some() && e.generic,
            predicate: plain.filter(|&c| self.is_predicate(c)),
            name,
            clause: e.clause,
            capitalized: w.capitalized,
            opens_alias: w.opens_alias,
        };
        (token, e.numeric)
    }

    /// What a word as written says, read on its first sight (`word`: a scratch buffer).
    fn read_written(&mut self, written: &str, word: &mut String) -> Written {
        lower_word_into(written, word);
        let k = self.entry(word);
        let (capitalized, opens_alias) = if written.is_ascii() {
            // `word` is then the word as `frame::alias_in` folds it
            (
                written.bytes().any(|b| b.is_ascii_uppercase()),
                self.entries[k].opens_alias,
            )
        } else {
            let folded = crate::case::lowercase(written);
            let folded = POSSESSIVES
                .iter()
                .find_map(|s| folded.strip_suffix(s))
                .unwrap_or(&folded);
            (
                written.chars().any(char::is_uppercase),
                self.alias_firsts.contains(folded),
            )
        };
        Written {
            entry: k as u32,
            upper_first: written.starts_with(|c: char| c.is_uppercase()),
            capitalized,
            opens_alias,
        }
    }

    /// The index in `entries` of a lowercase word, read from the tables on first sight.
    fn entry(&mut self, word: &str) -> usize {
        if let Some(&k) = self.entry_ids.get(word) {
            return k as usize;
        }
        let k = self.entries.len();
        self.entries.push(Entry {
            concept: None,
            named: None,
            synonym: self.synonyms.contains_key(word),
            generic: self.generic.contains(word),
            month: word == "march" || word == "may",
            numeric: word.bytes().all(|b| b.is_ascii_digit()),
            clause: if word == "and" || word == "or" {
                Clause::Joins
            } else if CLAUSE_WORDS.contains(&word) {
                Clause::Starts
            } else {
                Clause::None
            },
            opens_alias: self.alias_firsts.contains(word),
        });
        self.entry_ids.insert(word.to_string(), k as u32);
        self.entry_words.push(word.to_string());
        k
    }

    /// [`Lexicon::concept`] of entry `k`'s word, kept in the entry.
    fn concept_of(&mut self, k: usize) -> Option<u32> {
        if let Some(c) = self.entries[k].concept {
            return c;
        }
        let word = self.entry_words[k].clone();
        let c = self.concept(&word);
        self.entries[k].concept = Some(c);
        c
    }

    /// [`Lexicon::named`] of entry `k`'s word, kept in the entry.
    fn named_of(&mut self, k: usize) -> Option<u32> {
        if let Some(c) = self.entries[k].named {
            return c;
        }
        let word = self.entry_words[k].clone();
        let c = self.named(&word);
        self.entries[k].named = Some(c);
        c
    }

    /// Concepts of a phrase that is not in the text (a mention's subject).
    pub(crate) fn phrase_concepts(&mut self, phrase: &str) -> Vec<(u32, String, bool)> {
        words(phrase)
            .into_iter()
            .filter_map(|(s, e)| {
                let w = lower_word(&phrase[s..e]);
                let generic = self.generic.contains(w.as_str());
                self.concept(&w).map(|c| (c, w, generic))
            })
            .collect()
    }

    #[cfg(test)]
    pub(crate) fn id_of(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }
}

/// The tokens of each source that the features of its mentions read: the words of
/// each mention's sentence (or of the window around it, [`features`]), for
/// [`features`] to read exactly as from [`Lexicon::tokens`] of the whole text.
/// `order` gives a source id's index in `sources`.
pub(crate) fn tokens_near(
    lex: &mut Lexicon,
    sources: &[crate::report::Source],
    mentions: &[Mention],
    order: &FxMap<&str, usize>,
) -> Vec<Vec<Token>> {
    let mut ranges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sources.len()];
    for m in mentions {
        if let Some(&i) = order.get(m.source.as_str()) {
            ranges[i].push(context(&sources[i].text, m));
        }
    }
    sources
        .iter()
        .zip(&ranges)
        .map(|(s, r)| lex.tokens_in(&s.text, r))
        .collect()
}

/// The union of byte ranges, as sorted disjoint ranges.
fn union(ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sorted: Vec<(usize, usize)> = ranges.iter().copied().filter(|(a, b)| a < b).collect();
    crate::sort::sort(&mut sorted);
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sorted.len());
    for (a, b) in sorted {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The weighted words of `m`, from the tokens of its source (sorted by start) and the
/// spans of the other mentions of that source.
pub(crate) fn features(
    lex: &mut Lexicon,
    text: &str,
    tokens: &[Token],
    m: &Mention,
    others: &[(usize, usize)],
) -> Features {
    let (from, to) = context(text, m);
    // Robustness (issue 8): a "sentence" can be a whole 1 MB text without a full stop
    // ("1 1 1 ...", a list, a paste without punctuation), and the work below is
    // quadratic in the window, so the window is also capped to CONTEXT_TOKENS words
    // either side of the figure; real sentences are far shorter.
    // (issue 13: one search of the whole list; the others within CONTEXT_TOKENS of it,
    // or ahead of it, as the bounds below cap them there: `from <= m.start`,
    // `m.end <= to`, and tokens are in text order and disjoint)
    let at = from_hint(tokens, &mut lex.hints.0, |t| t.end <= m.start);
    let past = at + gallop(&tokens[at..], |t| t.start < m.end);
    let floor = at.saturating_sub(CONTEXT_TOKENS);
    let lo = floor + tokens[floor..at].partition_point(|t| t.end <= from);
    let ceil = (past + CONTEXT_TOKENS).min(tokens.len());
    let hi = past + tokens[past..ceil].partition_point(|t| t.start < to);
    let (from, to) = if lo < hi {
        (from.max(tokens[lo].start), to.min(tokens[hi - 1].end))
    } else {
        (from, to)
    };
    let window = &tokens[lo..hi.max(lo)];
    // (issue 13) Only words with a concept give features: a window without one ("1 1
    // 1 ...") is not read at all.
    let window = if window.iter().any(|t| t.concept.is_some()) {
        window
    } else {
        &window[..0]
    };
    // Token positions: the mention occupies [first, last) of the window.
    let first = window.partition_point(|t| t.end <= m.start);
    let last = window.partition_point(|t| t.start < m.end).max(first);
    // `others` is in text order (lib.rs sorts each source's mentions), so only the
    // figures from `from` on are read (issue 8: linear, not one pass per mention).
    // (issue 13: none for an empty window, where no token is near any: the figures of
    // a dense window are many, and each cost two searches)
    let other_from = if window.is_empty() {
        others.len()
    } else {
        others.partition_point(|(s, _)| *s < from)
    };
    let other_pos: Vec<(usize, usize)> = others[other_from..]
        .iter()
        .take_while(|(s, _)| *s < to)
        .filter(|(s, e)| *s >= from && *e <= to && !(*s == m.start && *e == m.end))
        .map(|(s, e)| {
            let a = window.partition_point(|t| t.end <= *s);
            (a, window.partition_point(|t| t.start < *e).max(a))
        })
        .collect();
    // Content words strictly between token i and the token range [a, b).
    // (issue 13: these tables are left empty, unallocated, for an empty window: no
    // index of it is ever asked)
    let mut content_before = Vec::new();
    if !window.is_empty() {
        content_before.reserve_exact(window.len() + 1);
        content_before.push(0usize);
    }
    for tok in window {
        let last = *content_before.last().unwrap_or(&0);
        content_before.push(last + usize::from(tok.concept.is_some()));
    }
    let dist = |i: usize, (a, b): (usize, usize)| -> usize {
        if i < a {
            content_before[a] - content_before[i + 1]
        } else if i >= b {
            content_before[i] - content_before[b]
        } else {
            0
        }
    };
    // Whether the gap after token k holds a clause mark.
    let gap_breaks: Vec<bool> = (0..window.len())
        .map(|k| {
            let from = window[k].end;
            let to = window.get(k + 1).map_or(from, |t| t.start);
            // (a hyphen with a space either side is a dash: "a majority of 86 - with")
            text.get(from..to)
                .is_some_and(|g| g.contains(CLAUSE_MARKS) || g.contains(" - "))
        })
        .collect();
    // Prefix counts, so that "is there a break between k and i" is O(1): clause marks in
    // gaps, clause words, and clause words other than "and"/"or".
    let prefix = |f: &dyn Fn(usize) -> bool| -> Vec<usize> {
        if window.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(window.len() + 1);
        out.push(0);
        for k in 0..window.len() {
            out.push(out[k] + usize::from(f(k)));
        }
        out
    };
    let marks = prefix(&|k| gap_breaks[k]);
    let clauses = prefix(&|k| window[k].clause != Clause::None);
    let hard = prefix(&|k| window[k].clause == Clause::Starts);
    let any = |p: &[usize], from: usize, to: usize| from < to && p[to] > p[from];
    let crosses = |i: usize| -> bool {
        if i >= last {
            any(&marks, last.max(1) - 1, i) || any(&clauses, last, i)
        } else {
            any(&marks, i, first) || any(&clauses, i + 1, first)
        }
    };
    // For a predicate when the clause has none: "and"/"or" join nouns ("4,000 trains and
    // buses were cancelled"; "Four officers and a dozen protesters were treated"), so
    // only punctuation, other clause words and, before the figure, other figures end
    // the search.
    let figure_between = |lo: usize, hi: usize| other_pos.iter().any(|&(a, b)| a >= lo && b <= hi);
    let crosses_loose = |i: usize| -> bool {
        if i >= last {
            any(&marks, last.max(1) - 1, i) || any(&hard, last, i)
        } else {
            any(&marks, i, first) || any(&hard, i + 1, first) || figure_between(i + 1, first)
        }
    };
    // Whether token i is nearer another figure of the sentence than to this one (on a
    // tie, a word between two figures belongs to the one before it: "19 goals in 34
    // league games").
    // (issue 13: read from `near`, not from a pass over the other figures per token: a
    // window of a figure-dense text holds dozens of figures and of words)
    let near = near_figures(window.len(), &other_pos);
    let closer_to_other_at = |i: usize| {
        let d = dist(i, (first, last));
        match near.get(i) {
            // The nearest other figure of each side is the nearest of that side (the
            // distance grows with the tokens between); one over token i is at 0.
            Some(&(covered, before, after)) => {
                (covered && 0 < d)
                    || (before != NONE && {
                        let e = dist(i, (before, before));
                        e < d || (e == d && i < first)
                    })
                    || (after != NONE && dist(i, (after, after)) < d)
            }
            None => other_pos
                .iter()
                .any(|&p| dist(i, p) < d || (dist(i, p) == d && p.1 <= i && i < first)),
        }
    };
    let in_qualifier = |t: &Token| {
        m.qualifiers
            .iter()
            .any(|q| q.start <= t.start && t.end <= q.end)
    };
    // (issue 13: room for the words of the window that may give a weight at once, not
    // grown word by word; none for a window without one, as in figure-dense text,
    // where a figure's few subject words or keys are the rare exception)
    let room = window.iter().filter(|t| t.concept.is_some()).count();
    let mut weights: Vec<(u32, f32)> = Vec::with_capacity(room);
    let mut surface: Vec<(u32, String)> = Vec::with_capacity(room);
    let mut noun = None;
    let mut names = Vec::new();
    let mut noun_at = usize::MAX;
    let mut noun_phrase = None;
    // (distance, before the figure, concept) of the nearest predicate in the clause.
    let mut predicate: Option<(usize, bool, u32)> = None;
    let mut loose: Option<(usize, bool, u32)> = None;
    let mut content_after = 0;
    for (i, t) in window.iter().enumerate() {
        // (issue 13: the test against the other figures only for a word with a
        // concept: it was a loop over figures for every token of a figure-dense window)
        let inside = i >= first && i < last;
        let Some(c) = t
            .concept
            .filter(|_| !inside && !near.get(i).is_some_and(|n| n.0))
        else {
            continue;
        };
        let d = dist(i, (first, last));
        let mut w = (1.0 / (1.0 + d as f32 / NEAR_SPAN)).max(FAR_WEIGHT);
        let crossed = crosses(i);
        if let Some(p) = t.predicate.filter(|_| d <= PREDICATE_REACH) {
            let cand = (d, i < first, p);
            let slot = if !crossed {
                Some(&mut predicate)
            } else if !crosses_loose(i) {
                Some(&mut loose)
            } else {
                None
            };
            if let Some(slot) = slot {
                if !slot.is_some_and(|best| (cand.0, cand.1) >= (best.0, best.1)) {
                    *slot = Some(cand);
                }
            }
        }
        // On a tie, a word between two figures belongs to the one before it ("19 goals
        // in 34 league games": "goals" is the 19's).
        let closer_to_other = closer_to_other_at(i);
        if crossed && closer_to_other {
            // Across a clause boundary and nearer another figure: that figure's word.
            w *= OTHER_CLAUSE;
        } else if crossed {
            w *= CLAUSE_WEIGHT;
        } else if closer_to_other {
            w *= SHARED_WEIGHT;
        }
        let qualifier = in_qualifier(t);
        let derived = m.derived.is_some();
        if !derived && i >= last && i - last < NOUN_REACH && !crossed && content_after < 2 {
            content_after += 1;
            w *= NOUN_BOOST;
            let word = &text[t.start..t.end];
            let adverb = word.len() > 5 && word.ends_with("ly");
            if content_after == 1 && !t.generic && !qualifier && !adverb && noun.is_none() {
                noun = Some(c);
                noun_at = i;
            } else if content_after == 2 && noun.is_some() && noun_at + 1 == i {
                // English compounds end in their head: "police officers", "league
                // goals", "storage tanks". Not a verb: "workers killed", "homes flooded".
                let lower = lower_word(word);
                let verb = lower.ends_with("ed") || lower.ends_with("ing");
                if !t.generic && !qualifier && !adverb && !verb && t.predicate.is_none() {
                    noun = Some(c);
                    let modifier = &text[window[noun_at].start..window[noun_at].end];
                    noun_phrase = Some(format!("{} {lower}", lower_word(modifier)));
                }
            }
        }
        // A derived duration ("since 1987") is about what comes before it.
        if derived && i < first && d < 2 && !crossed {
            w *= NOUN_BOOST;
        }
        // The sentence's first content word is usually its subject ("The barrier has
        // protected the city since 1987").
        // (Not when it belongs to another figure: "870 buildings ..., and 4,000 people".)
        if i < first && !closer_to_other && window[..i].iter().all(|u| u.concept.is_none()) {
            w = w.max(SENTENCE_SUBJECT);
        }
        if t.generic {
            w *= GENERIC_WEIGHT;
        }
        if qualifier {
            w *= QUALIFIER_WEIGHT;
        }
        match weights.iter_mut().find(|(k, _)| *k == c) {
            Some(e) => e.1 = e.1.max(w),
            None => {
                weights.push((c, w));
                surface.push((c, lower_word(&text[t.start..t.end])));
                if t.name {
                    names.push(c);
                }
            }
        }
    }
    // "7,000 homes, businesses and other structures": the list's last noun, after
    // "and other", names what all of it counts.
    if let Some(k) = (noun_at != usize::MAX)
        .then(|| list_head(text, window, noun_at))
        .flatten()
    {
        if let Some(c) = window[k].concept {
            noun = Some(c);
            noun_phrase = None;
            // The items weigh as plain words; the head as the counted noun.
            for item in window[noun_at..k].iter().filter_map(|t| t.concept) {
                if let Some(e) = weights.iter_mut().find(|(w, _)| *w == item) {
                    e.1 /= NOUN_BOOST;
                }
            }
            match weights.iter_mut().find(|(w, _)| *w == c) {
                Some(e) => e.1 = e.1.max(NOUN_BOOST),
                None => {
                    weights.push((c, NOUN_BOOST));
                    surface.push((c, lower_word(&text[window[k].start..window[k].end])));
                }
            }
        }
    }
    for (c, word, generic) in lex.phrase_concepts(&m.subject) {
        match weights.iter_mut().find(|(k, _)| *k == c) {
            Some(e) => e.1 *= SUBJECT_BOOST,
            None => {
                weights.push((
                    c,
                    SUBJECT_ALONE * if generic { GENERIC_WEIGHT } else { 1.0 },
                ));
                surface.push((c, word));
            }
        }
    }
    let at_other = from_hint(others, &mut lex.hints.1, |(s, _)| *s < m.start);
    let prev = others[..at_other].last().copied();
    let next = others[at_other..]
        .iter()
        .find(|(s, e)| !(*s == m.start && *e == m.end))
        .copied();
    let entities = frame::read(
        text,
        window,
        (first, last),
        m,
        (prev, next),
        &|i| dist(i, (first, last)),
        &|i| !crosses(i) && !closer_to_other_at(i),
    );
    // A table row's key ties the row to its twin in another copy of the table; a known
    // entity's key ("Tories", "Conservative Party") ties its figures across sources.
    for (key, shown) in &entities.keys {
        let weight = if key.starts_with("row:") {
            1.0
        } else if frame::known_entity(key) {
            ENTITY_WEIGHT
        } else {
            continue;
        };
        {
            let c = lex.intern(key);
            if !weights.iter().any(|(k, _)| *k == c) {
                weights.push((c, weight));
                surface.push((c, shown.to_ascii_lowercase()));
            }
        }
    }
    crate::sort::sort_by_key(&mut weights, |(c, _)| *c);
    Features {
        entities,
        weights: weights.into_boxed_slice(),
        surface: surface.into_boxed_slice(),
        noun,
        predicate: predicate.or(loose).map(|(_, _, p)| p),
        horizon: horizon(text, m),
        names: names.into_boxed_slice(),
        noun_phrase,
    }
}

/// No token index ([`near_figures`]).
const NONE: usize = usize::MAX;

/// For each of `n` tokens, from the token ranges `[a, b)` of the other figures:
/// whether one covers it (`a <= i < b`), the largest end `b <= i` of one before it, and
/// the smallest start `a > i` of one after it ([`NONE`] when there is none). Empty when
/// there are no other figures. O(n + figures).
fn near_figures(n: usize, others: &[(usize, usize)]) -> Vec<(bool, usize, usize)> {
    if others.is_empty() {
        return Vec::new();
    }
    // per index 0..=n: figures starting minus figures ending there, whether one ends
    // there, whether one starts there
    let mut marks = vec![(0i32, false, false); n + 1];
    for &(a, b) in others {
        if a < b {
            marks[a.min(n)].0 += 1;
            marks[b.min(n)].0 -= 1;
        }
        marks[b.min(n)].1 = true;
        marks[a.min(n)].2 = true;
    }
    let mut out = vec![(false, NONE, NONE); n];
    let mut depth = 0;
    let mut before = NONE;
    for (i, slot) in out.iter_mut().enumerate() {
        depth += marks[i].0;
        if marks[i].1 {
            before = i;
        }
        *slot = (depth > 0, before, NONE);
    }
    let mut after = NONE;
    for i in (0..n).rev() {
        if marks[i + 1].2 {
            after = i + 1;
        }
        out[i].2 = after;
    }
    out
}

/// `list.partition_point(pred)`, searched from `hint` on when every item before it
/// holds (then so do all before: `pred` is monotone), else in the whole list; `hint`
/// becomes the point (issue 13: a search of half a million tokens per figure of a dense
/// text, where the next figure's point is a step ahead).
fn from_hint<T>(list: &[T], hint: &mut usize, pred: impl Fn(&T) -> bool) -> usize {
    let k = *hint;
    let point = if k <= list.len() && (k == 0 || pred(&list[k - 1])) {
        k + gallop(&list[k..], &pred)
    } else {
        list.partition_point(&pred)
    };
    *hint = point;
    point
}

/// `list.partition_point(pred)`, searched from the front in steps that double: a few
/// steps when the point is near the front, as a mention's few tokens are.
fn gallop<T>(list: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut lo = 0;
    let mut step = 1;
    while lo + step <= list.len() && pred(&list[lo + step - 1]) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(list.len());
    lo + list[lo..hi].partition_point(pred)
}

/// Whether the word before a mention, or its first word, is one of [`HORIZON_WORDS`].
fn horizon(text: &str, m: &Mention) -> bool {
    let before = text.get(..m.start.min(text.len())).unwrap_or("");
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let first = m
        .text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    [prev, first]
        .iter()
        .any(|w| HORIZON_WORDS.iter().any(|h| h.eq_ignore_ascii_case(w)))
}

/// The byte range to read words from: the mention's sentence, or a window around it.
fn context(text: &str, m: &Mention) -> (usize, usize) {
    let ok = m.sentence_start <= m.start
        && m.end <= m.sentence_end
        && m.sentence_end <= text.len()
        && m.sentence_start < m.sentence_end;
    if ok {
        return (m.sentence_start, m.sentence_end);
    }
    let start = m.start.min(text.len());
    let end = m.end.clamp(start, text.len());
    (
        start.saturating_sub(FALLBACK_CONTEXT),
        (end + FALLBACK_CONTEXT).min(text.len()),
    )
}

/// Word spans: runs of letters and digits, with an apostrophe inside a word allowed
/// ("Ukraine's"); hyphens and other punctuation split.
pub(crate) fn words(text: &str) -> Vec<(usize, usize)> {
    Words::new(text).collect()
}

/// The spans of [`words`], one at a time (ASCII read byte by byte).
struct Words<'a> {
    text: &'a str,
    /// The byte to read next.
    pos: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        Words { text, pos: 0 }
    }

    /// Move ahead, when that is ahead, to where the last word ending at or before byte
    /// `at` begins (or to the word holding `at`, when none ends before it), so that the
    /// words read next are those a walk from the text's start would give from there on.
    /// Reads back from `at` no further than the current position (linear in all).
    fn skip_before(&mut self, at: usize) {
        let text = self.text;
        let at = at.min(text.len());
        if at <= self.pos || !text.is_char_boundary(at) {
            return;
        }
        // A restart is safe after a character that is neither a letter, a digit nor an
        // apostrophe: the walk from the start is then between words there too.
        let word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        let floor = self.pos;
        let back = |mut p: usize, keep: &dyn Fn(char) -> bool| -> Option<usize> {
            while p > floor {
                let c = text[..p].chars().next_back()?;
                if !keep(c) {
                    return Some(p);
                }
                p -= c.len_utf8();
            }
            None
        };
        // the start of the word run around `at`, then the run before it that holds a
        // letter or digit (a run of apostrophes alone holds no word)
        let Some(mut p) = back(at, &word_char) else {
            return;
        };
        loop {
            let Some(q) = back(p, &|c: char| !c.is_alphanumeric()) else {
                return;
            };
            let Some(s) = back(q, &word_char) else {
                return;
            };
            if text[s..q].chars().any(char::is_alphanumeric) {
                self.pos = s;
                return;
            }
            p = s;
        }
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let mut start: Option<usize> = None;
        while let Some(&b) = bytes.get(self.pos) {
            let i = self.pos;
            let (alnum, apostrophe) = if b.is_ascii() {
                self.pos += 1;
                (b.is_ascii_alphanumeric(), b == b'\'')
            } else {
                let ch = self.text[i..].chars().next().unwrap_or(' ');
                self.pos += ch.len_utf8();
                (ch.is_alphanumeric(), ch == '’')
            };
            let inner_apostrophe = apostrophe
                && start.is_some()
                && self.text[self.pos..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic);
            if alnum || inner_apostrophe {
                start.get_or_insert(i);
            } else if let Some(s) = start {
                return Some((s, i));
            }
        }
        start.map(|s| (s, self.text.len()))
    }
}

/// The endings a word loses when it is lowercased ("Ukraine's"), the first that fits.
const POSSESSIVES: [&str; 4] = ["'s", "’s", "'", "’"];

/// Lowercase, without a possessive "'s".
fn lower_word(w: &str) -> String {
    let mut out = String::new();
    lower_word_into(w, &mut out);
    out
}

/// [`lower_word`] into a reused buffer.
fn lower_word_into(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        out.push_str(w);
        out.make_ascii_lowercase();
    } else {
        out.extend(w.chars().map(|c| c.to_ascii_lowercase())); // ASCII only: the lexicons are English, and Unicode case tables cost wasm bytes
    }
    for suffix in POSSESSIVES {
        if out.ends_with(suffix) {
            out.truncate(out.len() - suffix.len());
            break;
        }
    }
}

/// Whether only spaces, quotes or nothing stand between `at` and the previous sentence end.
fn sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let before = before.trim_end_matches(['"', '“', '‘', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '—', '|'])
}

fn next_is_digit(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|r| r.trim_start().chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

/// A light English stem: plural and verb endings off ("deaths" → "death", "flooded" →
/// "flood", "evacuation" → "evacuat"). Both sides of a comparison are stemmed alike,
/// so consistency matters more than linguistic accuracy.
pub(crate) fn stem(word: &str) -> String {
    let mut w = word.to_string();
    let n = w.chars().count();
    if n > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if n > 4 && (w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes")) {
        w.truncate(w.len() - 2);
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w.truncate(w.len() - 1);
    }
    for (suffix, min) in [
        ("ment", 5),
        ("ion", 4),
        ("ing", 4),
        ("ed", 4),
        ("ers", 4),
        ("er", 4),
        ("ors", 4),
        ("or", 4),
    ] {
        if w.ends_with(suffix) && w.chars().count() >= suffix.len() + min {
            w.truncate(w.len() - suffix.len());
            let b = w.as_bytes();
            let k = b.len();
            if k >= 2
                && b[k - 1] == b[k - 2]
                && b[k - 1].is_ascii_alphabetic()
                && !matches!(b[k - 1], b'l' | b's' | b'z')
            {
                w.truncate(k - 1);
            }
            break;
        }
    }
    if w.ends_with('e') && w.chars().count() > 4 {
        w.truncate(w.len() - 1);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`near_figures`] agrees with a pass over the figures for every token.
    #[test]
    fn near_figures_are_the_nearest_of_each_side() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |k: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % k) as usize
        };
        for _ in 0..2000 {
            let n = next(12);
            let mut others: Vec<(usize, usize)> = (0..next(5))
                .map(|_| {
                    let a = next(n as u64 + 1);
                    (a, a + next((n - a) as u64 + 1))
                })
                .collect();
            others.sort();
            let near = near_figures(n, &others);
            assert_eq!(near.len(), if others.is_empty() { 0 } else { n });
            for (i, &(covered, before, after)) in near.iter().enumerate() {
                let want_covered = others.iter().any(|&(a, b)| a <= i && i < b);
                let want_before = others.iter().map(|p| p.1).filter(|&b| b <= i).max();
                let want_after = others.iter().map(|p| p.0).filter(|&a| a > i).min();
                assert_eq!(covered, want_covered, "{others:?} {i}");
                assert_eq!(before, want_before.unwrap_or(NONE), "{others:?} {i}");
                assert_eq!(after, want_after.unwrap_or(NONE), "{others:?} {i}");
            }
        }
    }

    #[test]
    fn stems_are_consistent() {
        assert_eq!(stem("deaths"), stem("death"));
        assert_eq!(stem("flooded"), stem("flood"));
        assert_eq!(stem("evacuation"), stem("evacuated"));
        assert_eq!(stem("protesters"), stem("protester"));
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("casualties"), "casualty");
        // A noun of the act meets its verb: "containment" / "contained".
        assert_eq!(stem("containment"), stem("contained"));
        assert_eq!(stem("settlement"), stem("settled"));
        assert_eq!(stem("moment"), "moment");
        // A doubled byte inside a multi-byte character is not a doubled letter:
        // U+2082 is E2 82 82 in UTF-8.
        assert_eq!(stem("abc\u{2082}ing"), "abc\u{2082}");
        assert_eq!(stem("ab\u{2082}\u{2082}ed"), "ab\u{2082}\u{2082}");
    }

    #[test]
    fn synonyms_share_a_concept() {
        let mut lex = Lexicon::new();
        let a = lex.tokens("Seven were killed; the death toll rose; nine died.");
        let killed = lex.id_of("killed").unwrap();
        let concepts: Vec<u32> = a.iter().filter_map(|t| t.concept).collect();
        assert_eq!(concepts.iter().filter(|c| **c == killed).count(), 4);
    }

    #[test]
    fn words_split_on_hyphens_and_keep_possessives() {
        let t = "Ukraine’s nearly four-year-long war";
        let w: Vec<&str> = words(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(w, ["Ukraine’s", "nearly", "four", "year", "long", "war"]);
        assert_eq!(lower_word("Ukraine’s"), "ukraine");
    }

    /// `tokens_in(text, ranges)` gives the tokens of the whole text that overlap a
    /// non-empty range, each as the whole text's tokenizing reads it.
    fn assert_tokens_in_are_the_whole_texts(text: &str, ranges: &[(usize, usize)]) {
        let mut whole = Lexicon::new();
        let want: Vec<_> = whole
            .tokens(text)
            .iter()
            .filter(|t| {
                ranges
                    .iter()
                    .any(|&(a, b)| a < b && t.start < b && a < t.end)
            })
            .map(|t| shown(&whole, t))
            .collect();
        let mut lex = Lexicon::new();
        let got: Vec<_> = lex
            .tokens_in(text, ranges)
            .iter()
            .map(|t| shown(&lex, t))
            .collect();
        assert_eq!(got, want, "{text:?} {ranges:?}");
    }

    /// A token's span, concept and predicate by name, and flags.
    type Shown = (
        usize,
        usize,
        Option<String>,
        bool,
        Option<String>,
        bool,
        Clause,
    );

    /// What a token says, with its concepts by name (ids differ between lexicons).
    fn shown(lex: &Lexicon, t: &Token) -> Shown {
        let name = |c: Option<u32>| c.map(|c| lex.names[c as usize].clone());
        (
            t.start,
            t.end,
            name(t.concept),
            t.generic,
            name(t.predicate),
            t.name,
            t.clause,
        )
    }

    /// `tokens_in` gives exactly the tokens of `tokens` that overlap its ranges (ids
    /// compared by the concept names they stand for).
    #[test]
    fn tokens_in_ranges_are_the_whole_texts_tokens_there() {
        let text =
            "In 12 May the floods killed 7. Seven Died in Depot Fire.\nMarch 3: 1990's toll; \
                    the Police said 40 homes, e\u{301}té 5 may rise.";
        for ranges in [
            vec![(0, text.len())],
            vec![(3, 9)],
            vec![(6, 9), (text.len() - 9, text.len() - 5)],
            vec![(31, 40), (0, 2), (33, 60)],
            vec![(57, 70), (80, 95), (96, 97)],
            vec![(text.len() - 8, text.len()), (10, 10)],
            vec![],
        ] {
            assert_tokens_in_are_the_whole_texts(text, &ranges);
        }
    }

    /// The same on random texts of pieces that start, end and join words in odd ways
    /// (apostrophes, digits, capitals, non-ASCII letters, marks) and random ranges: the
    /// words passed over between ranges are skipped, not read (issue 13).
    #[test]
    fn tokens_in_random_ranges_are_the_whole_texts_tokens_there() {
        let pieces = [
            "a", "Ab", "killed", "March", "may", " ", "  ", "\n", "1", "12", ",", ".", "'", "’",
            "''", "s", "é", "北", "🙂", "-", "Police", "and",
        ];
        let mut seed = 11u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..4000 {
            let n = next() % 40;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let ranges: Vec<(usize, usize)> = (0..next() % 4)
                .map(|_| {
                    let a = cuts[next() % cuts.len()];
                    (a, cuts[next() % cuts.len()].max(a))
                })
                .collect();
            assert_tokens_in_are_the_whole_texts(&text, &ranges);
        }
    }

    /// A token's `capitalized` and `opens_alias` are what reading its word anew gives:
    /// a capital anywhere in it; its full lowercase, without a possessive, first in an
    /// alias of [`ENTITY_ALIASES`] (ASCII words, folded once per distinct word, and
    /// others alike).
    #[test]
    fn token_flags_are_the_words_own() {
        let firsts: Vec<&str> = ENTITY_ALIASES
            .iter()
            .filter_map(|(a, _)| a.split(' ').next())
            .collect();
        let text = "The Tories' vote, LIBERAL Democrats and the SNP’s 48; Sinn Féin, SINN FÉIN, \
                    Plaid's, Ulster Unionists, the GoP and ÉLAN plaid Greens’ libDem iPhone Ｌabour";
        let mut lex = Lexicon::new();
        let tokens = lex.tokens(text);
        let mut opened = 0;
        for t in &tokens {
            let w = &text[t.start..t.end];
            let folded = crate::case::lowercase(w);
            let folded = POSSESSIVES
                .iter()
                .find_map(|s| folded.strip_suffix(s))
                .unwrap_or(&folded);
            assert_eq!(t.capitalized, w.chars().any(char::is_uppercase), "{w:?}");
            assert_eq!(t.opens_alias, firsts.contains(&folded), "{w:?}");
            opened += usize::from(t.opens_alias);
        }
        assert_eq!(opened, 12, "{tokens:?}");
    }

    #[test]
    fn months_next_to_numbers_tie_nothing() {
        let mut lex = Lexicon::new();
        let t = lex.tokens("March 12: the march drew crowds");
        assert_eq!(t[0].concept, None);
        assert!(t[3].concept.is_some());
    }
}

/// Words at most from a figure's noun to the "other" of a list it opens.
pub const LIST_REACH: usize = 6;

/// The head of the list a figure's noun opens, when it ends in "and other" + a noun
/// ("homes, businesses and other structures", "schools or other buildings"): the index
/// of that noun in `window`. Only words and commas between.
fn list_head(text: &str, window: &[Token], noun_at: usize) -> Option<usize> {
    let end = (noun_at + LIST_REACH).min(window.len().saturating_sub(1));
    for k in noun_at + 1..end {
        let gap = text.get(window[k - 1].end..window[k].start)?;
        if !matches!(gap, " " | ", ") {
            return None;
        }
        let word = &text[window[k].start..window[k].end];
        let joined = text
            .get(window[k].end..window[k + 1].start)
            .is_some_and(|g| g == " ");
        if word.eq_ignore_ascii_case("other") && joined && k > noun_at + 1 {
            let before = &text[window[k - 1].start..window[k - 1].end];
            if ["and", "or"].iter().any(|w| before.eq_ignore_ascii_case(w)) {
                return Some(k + 1);
            }
        }
    }
    None
}
