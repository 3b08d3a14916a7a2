//! Align: group the mentions that measure the same thing (DESIGN.md, "Alignment").
//!
//! 1. **Buckets.** Only mentions of the same dimension and canonical unit can meet
//!    (euros never meet dollars; "20%" meets "one-fifth" because both are `fraction`).
//! 2. **Features.** Each mention becomes weighted concepts from its sentence
//!    (`features.rs`): the counted noun and object right after the figure weigh most,
//!    weights fall off with distance, synonyms share a concept ([`SYNONYMS`]), and each
//!    concept is weighted by how rare it is in the input texts (a word in every
//!    sentence ties nothing).
//! 3. **Scores** (`score.rs`). Each mention's concept weights are scaled so that its
//!    strongest is 1; two mentions score the sum, over the concepts they share, of the
//!    smaller of the two weights (scaled by [`SCORE_SCALE`], capped at 1): a shared word
//!    scores high when it matters to both figures, and words that only one sentence has
//!    cost nothing. Computed through an inverted index inside each bucket. Factors:
//!    halved when both figures count different things ("40 schools" vs "6 bridges");
//!    zero when their predicates differ ("3 killed" vs "40 injured": see
//!    [`PREDICATES`]); lower for far-apart values and for two figures of one source.
//!    Priors added on top: [`PREDICATE_MATCH`] for a shared predicate, [`VALUE_PRIOR`]
//!    for close durations, distances and magnitudes (not deadlines), [`MONEY_PRIOR`] and
//!    [`EQUAL_COUNT`] for equal figures, [`PRECISE_PRIOR`] for equal figures written
//!    with three significant digits or more; two equal figures of one sentence across a
//!    dash restate each other. Each mention keeps its best [`MAX_LINKS`] links at or
//!    above [`Options::min_tie_score`].
//! 4. **Groups.** Links are merged best first; two groups join only if the mean score
//!    between their members is also high ([`Weights::link_factor`] of the threshold), so chains
//!    of weak links do not snowball, and never when a member of each has an opposed
//!    predicate or both are figures of one sentence counting different nouns. A mention
//!    belongs to one group; mentions of the same source may share one (a headline and
//!    its body). Each group lists the words that tied it and gets a short label
//!    (`label.rs`: "civilians killed", "length of the war").
//!
//! Work is near-linear: each mention meets only mentions that share a concept with it.

mod demonyms;
mod facets;
mod features;
mod frame;
pub(crate) mod fxhash;
mod label;
mod prune;
mod score;
mod synonyms;
mod weights;

use std::ops::Range;

use fxhash::{FxMap, FxSet};

use crate::options::Options;
use crate::report::{Frame, Group, Mention, Source, Verdict};
use crate::verdict::{judge_in, span, Span};
use features::{Features, Lexicon, Token};
use score::{near_values, scaled, Ctx};

pub(crate) use frame::year_named_most;
pub use synonyms::{GENERIC, PREDICATES, STOPWORDS, SYNONYMS};
pub use weights::Weights;

/// Links kept per mention.
pub const MAX_LINKS: usize = 12;
/// Members of each group sampled for the linkage.
pub const LINK_SAMPLE: usize = 12;
/// Shared-word sums are scaled by this (a score of 1 takes two fully shared words).
pub const SCORE_SCALE: f32 = 0.6;
/// Figures further apart than this ratio are probably different quantities...
pub const FAR_RATIO: f64 = 20.0;
/// Ratio beyond which two figures with different counted nouns are never tied
/// (`score.rs`, `other_count_far`; measured on dev-news: 2 raised pair precision by a
/// point over 4, at a cost of one right pair in a thousand).
pub const NOUN_FAR_RATIO: f64 = 2.0;
/// One source's two figures within this ratio, of a rarely stated dimension (an area,
/// a distance, a magnitude) or of one named entity with the same keys ("Labour's 202" /
/// "Lab 203"), are one quantity told twice (`score.rs`, `one_source_twice`), not two.
pub const RESTATED_MEASURE_RATIO: f64 = 1.05;
/// A counted noun "stands near" a figure at this proximity weight or more.
pub const NOUN_NEAR: f32 = 0.65;
/// Entries read either side of a mention's own place in a concept's posting list.
pub const POSTING_WINDOW: usize = 48;
/// At most this many words are listed in `tied_by`.
pub const MAX_TIED_BY: usize = 5;
/// Two figures of a rarely stated dimension (not a count, a sum or a percentage)
/// within this ratio of each other...
pub const NEAR_VALUE: f64 = 1.35;
/// ...score this much on top of their shared words: a duration, a distance or a
/// magnitude that two outlets give alike is probably the same one, even when their
/// sentences share no word ("nearly two weeks on strike" / "11 days of disruption";
/// "a 2-mile radius" / "within 3.2 kilometres"). Deadlines and forecasts ("within 10
/// days", "in a week or two") get no prior: plans for different things often share
/// round figures.
pub const VALUE_PRIOR: f32 = 0.35;
/// Two equal figures of one source at most this many bytes apart, with a dash or a
/// bracket between, restate each other.
pub const APPOSITION_GAP: usize = 40;
/// What stands between a figure and its restatement.
const APPOSITION_MARKS: &[char] = &['—', '–', '(', '['];
/// Share of [`Weights::noun_mismatch`]'s penalty kept when both figures share a predicate.
pub const SAME_PREDICATE_NOUN: f32 = 0.5;
/// Score added when two sources state the same count or percentage: a tie-breaker
/// among figures whose words already tie ("19 league goals" meets "19 goals", not
/// "34 league games").
pub const EQUAL_COUNT: f32 = 0.1;
/// Score added when two sources state the same figure written with [`PRECISE_DIGITS`]
/// significant digits or more ("$10.01 billion" twice, "1,602" twice, "13,966,565"):
/// a figure that precise is rarely two quantities' by chance, even when the two
/// sentences share no word ("Wearables: $10.01 billion" / "Other Products revenues rose
/// to $10.01 billion"). Chosen by hand on dev-news (mean pair recall / verdicts right of
/// 108): 0.3 gave .731 / 89, 0.5 .738 / 92, 0.8 the same as 0.5; four digits instead of
/// three .732 / 90.
pub const PRECISE_PRIOR: f32 = 0.5;
/// Significant digits (leading and trailing zeros aside) of a figure as written that make
/// it precise ([`PRECISE_PRIOR`]).
pub const PRECISE_DIGITS: usize = 3;
/// The largest score a prior adds between two sources (one prior applies per pair).
const MAX_PRIOR: f32 = max(
    max(max(VALUE_PRIOR, PREDICATE_MATCH), PRECISE_PRIOR),
    max(MONEY_PRIOR, EQUAL_COUNT),
);

const fn max(a: f32, b: f32) -> f32 {
    if a > b {
        a
    } else {
        b
    }
}
/// Members of each group checked for a clash before two groups join.
pub const CLASH_SAMPLE: usize = 24;
/// Bytes of a headline at most (a first line longer than this is a paragraph).
pub const HEADLINE_MAX: usize = 160;
/// Score added when two sources state the same amount of money ("£52 million" twice):
/// less than [`VALUE_PRIOR`], since round sums recur; it needs a shared word or two.
pub const MONEY_PRIOR: f32 = 0.2;
/// Score added when two figures of different sources share a predicate
/// ([`PREDICATES`]: both "killed", both "cancelled"); their counted nouns may then
/// differ ("7 workers" / "7 people"; "trains and buses" / "services").
pub const PREDICATE_MATCH: f32 = 0.25;

/// Group mentions across sources (see [`groups`]) and fill in each mention's
/// [`Frame`]: what it measures, as read for the grouping.
pub fn align(sources: &[Source], mentions: &mut [Mention], options: &Options) -> Vec<Group> {
    let (groups, feats, lex) = grouped(sources, mentions, options);
    // Each frame is written into its mention as it is read (no list of frames beside
    // the mentions: issue 13, memory on figure-dense text).
    for (m, f) in mentions.iter_mut().zip(&feats) {
        m.frame = frame_of(m, f, &lex);
    }
    groups
}

/// Fill in each mention's [`Frame`] alone (what `extract` reports): the same frames
/// [`align`] reads for the grouping.
pub fn frames(sources: &[Source], mentions: &mut [Mention]) {
    let mut lex = Lexicon::new();
    let order = source_order(sources);
    let src = source_of(mentions, &order);
    let tokens: Vec<Vec<Token>> = features::tokens_near(&mut lex, sources, mentions, &order);
    let spans = source_spans(mentions, &src, sources.len());
    let mut feats = all_features(&mut lex, sources, &tokens, mentions, &src, &spans);
    drop((tokens, spans));
    inherit_keys(&mut feats, mentions, &src, sources);
    frame::mark_past_years(&mut feats, mentions, sources);
    for (m, f) in mentions.iter_mut().zip(&feats) {
        m.frame = frame_of(m, f, &lex);
    }
}

/// Each source's index by its id.
fn source_order(sources: &[Source]) -> FxMap<&str, usize> {
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect()
}

/// The source index of each mention ([`NO_SOURCE`] for an id no source has): looked
/// up once, compared far more often than read.
fn source_of(mentions: &[Mention], order: &FxMap<&str, usize>) -> Vec<usize> {
    mentions
        .iter()
        .map(|m| order.get(m.source.as_str()).copied().unwrap_or(NO_SOURCE))
        .collect()
}

/// The source index of a mention whose source id is unknown.
const NO_SOURCE: usize = usize::MAX;

/// The features of every mention (empty for a mention of no known source).
fn all_features(
    lex: &mut Lexicon,
    sources: &[Source],
    tokens: &[Vec<Token>],
    mentions: &[Mention],
    src: &[usize],
    spans: &[Vec<(usize, usize)>],
) -> Vec<Features> {
    mentions
        .iter()
        .zip(src)
        .map(|(m, &i)| match sources.get(i) {
            Some(s) => features::features(lex, &s.text, &tokens[i], m, &spans[i]),
            None => Features::default(),
        })
        .collect()
}

/// Spans of every mention per source (in text order), for "closer to another figure".
fn source_spans(mentions: &[Mention], src: &[usize], n: usize) -> Vec<Vec<(usize, usize)>> {
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (m, &i) in mentions.iter().zip(src) {
        if let Some(list) = spans.get_mut(i) {
            list.push((m.start, m.end));
        }
    }
    spans
}

/// Group mentions across sources: every mention lands in exactly one group; groups that
/// span two or more sources come first, then single-source groups, each in text order.
pub fn groups(sources: &[Source], mentions: &[Mention], options: &Options) -> Vec<Group> {
    grouped(sources, mentions, options).0
}

/// [`groups`] with other weights than the fitted ones (`weights.min_tie_score` then
/// replaces [`Options::min_tie_score`]): what `examples/fit.rs` searches over.
pub fn groups_weighted(
    sources: &[Source],
    mentions: &[Mention],
    options: &Options,
    weights: &Weights,
) -> Vec<Group> {
    grouped_with(sources, mentions, options, weights).0
}

/// The groups, with each mention's features and the lexicon they name concepts in
/// (for its frame), with the fitted weights.
fn grouped(
    sources: &[Source],
    mentions: &[Mention],
    options: &Options,
) -> (Vec<Group>, Vec<Features>, Lexicon) {
    let weights = Weights {
        min_tie_score: options.min_tie_score,
        ..Weights::fitted()
    };
    grouped_with(sources, mentions, options, &weights)
}

/// The groups, each mention's features and the lexicon.
fn grouped_with(
    sources: &[Source],
    mentions: &[Mention],
    options: &Options,
    fitted: &Weights,
) -> (Vec<Group>, Vec<Features>, Lexicon) {
    let mut lex = Lexicon::new();
    let order = source_order(sources);
    // Source index of each mention (compared far more often than read).
    let src = source_of(mentions, &order);
    let tokens: Vec<Vec<Token>> = sources.iter().map(|s| lex.tokens(&s.text)).collect();
    let idf = idf(sources, &tokens, lex.names.len());
    let spans = source_spans(mentions, &src, sources.len());
    let mut feats = all_features(&mut lex, sources, &tokens, mentions, &src, &spans);
    drop((tokens, spans));
    // Perf (issue 7): computed once; `unwrap_or(idf_unseen(&idf))` folded over every
    // concept on each call, O(mentions x concepts), 23% of a 100-source compare.
    let unseen = idf_unseen(&idf);
    let idf_of = |c: u32| idf.get(c as usize).copied().unwrap_or(unseen);

    let (bucketed, buckets) = buckets(mentions);
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    {
        let vectors: Vec<Vec<(u32, f32)>> = feats
            .iter()
            .map(|f| relative(f.weights.iter().map(|&(c, w)| (c, w * idf_of(c))).collect()))
            .collect();
        inherit_keys(&mut feats, mentions, &src, sources);
        frame::mark_past_years(&mut feats, mentions, sources);
        let contrast = contrasted_keys(&bucketed, &buckets, &feats, mentions, &src);
        let spans: Vec<Span> = mentions.iter().map(|m| span(m, options)).collect();
        let texts: Vec<&str> = src
            .iter()
            .map(|&i| sources.get(i).map_or("", |s| s.text.as_str()))
            .collect();
        let ctx = Ctx {
            texts: &texts,
            src: &src,
            mentions,
            vectors: &vectors,
            feats: &feats,
            spans: &spans,
            contrast: &contrast,
            w: *fitted,
        };
        let threshold = fitted.min_tie_score as f32;
        for r in &buckets {
            cluster(&bucketed[r.clone()], &ctx, threshold, &mut parent);
        }
        // The scoring tables are dropped here, before the groups are built.
    }
    drop((bucketed, buckets));

    let key = |i: usize| (src[i], mentions[i].start, i);
    let (mut members, list) = clusters(&mut parent);
    drop(parent);
    for r in &list {
        crate::sort::sort_by_key(&mut members[r.clone()], |&i| key(i));
    }
    // Each member's sentence, for one-sided scope (see `verdict::scope_differs`).
    let sentence = |m: &Mention| -> Option<String> {
        let &i = order.get(m.source.as_str())?;
        sources[i]
            .text
            .get(m.sentence_start..m.sentence_end)
            .map(str::to_string)
    };
    let multi = |c: &[usize]| {
        c.iter()
            .any(|&i| mentions[i].source != mentions[c[0]].source)
    };
    // Groups that span sources first, then the others, each by their first member.
    // (issue 13: each key once; as a comparator's key it was 20% of a dense compare;
    // a stable split, then lists that are mostly in order already.)
    let (mut list, mut single): (Vec<_>, Vec<_>) =
        list.into_iter().partition(|r| multi(&members[r.clone()]));
    crate::sort::sort_by_cached_key(&mut list, |r| key(members[r.start]));
    crate::sort::sort_by_cached_key(&mut single, |r| key(members[r.start]));
    list.append(&mut single);
    let groups = list
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let c = &members[r.clone()];
            make_group(n, c, mentions, &feats, &lex, &idf_of, &sentence, options)
        })
        .collect();
    drop(members);
    (groups, feats, lex)
}

/// The buckets: mentions of one dimension and canonical unit (only those can meet), as
/// ranges of one list sorted by (dimension, unit), members in index order. (A sorted
/// list, not a map of vectors: one allocation, and no hash table code in the module.)
fn buckets(mentions: &[Mention]) -> (Vec<usize>, Vec<Range<usize>>) {
    let key = |i: usize| (mentions[i].dimension, mentions[i].unit.as_str());
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| key(i));
    let ranges = runs(&order, |a, b| key(a) == key(b));
    (order, ranges)
}

/// The ranges of the runs of `list` whose neighbours are `same`.
fn runs(list: &[usize], same: impl Fn(usize, usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..=list.len() {
        if k == list.len() || !same(list[start], list[k]) {
            out.push(start..k);
            start = k;
        }
    }
    out
}

/// The mentions of each union-find root, as ranges of one list: clusters in the order
/// of their first (lowest-index) mention, members in index order. One list instead of
/// a vector per cluster: a figure-dense text has a cluster per figure.
fn clusters(parent: &mut [usize]) -> (Vec<usize>, Vec<std::ops::Range<usize>>) {
    const NONE: usize = usize::MAX;
    let n = parent.len();
    // Cluster number of each root, in order of first appearance, and its size.
    let mut number = vec![NONE; n];
    let mut sizes: Vec<usize> = Vec::new();
    let mut of = Vec::with_capacity(n);
    for i in 0..n {
        let r = find(parent, i);
        if number[r] == NONE {
            number[r] = sizes.len();
            sizes.push(0);
        }
        sizes[number[r]] += 1;
        of.push(number[r]);
    }
    drop(number);
    let mut ranges = Vec::with_capacity(sizes.len());
    let mut at = 0;
    for &size in &sizes {
        ranges.push(at..at + size);
        at += size;
    }
    let mut fill: Vec<usize> = ranges.iter().map(|r| r.start).collect();
    let mut members = vec![0; n];
    for (i, &c) in of.iter().enumerate() {
        members[fill[c]] = i;
        fill[c] += 1;
    }
    (members, ranges)
}

/// A mention's frame from its features: the counted noun (else its subject), the
/// predicate word as written, the entities' display forms, the event.
fn frame_of(m: &Mention, f: &Features, lex: &Lexicon) -> Frame {
    let surface = |c: u32| {
        f.surface
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, w)| w.clone())
            .or_else(|| lex.names.get(c as usize).cloned())
    };
    let measured = f
        .noun_phrase
        .clone()
        .or_else(|| f.noun.and_then(surface))
        .or_else(|| {
            let plain = !m.subject.is_empty() && !m.subject.starts_with(char::is_uppercase);
            plain.then(|| m.subject.clone())
        });
    let mut entities: Vec<String> = f.entities.keys.iter().map(|(_, s)| s.clone()).collect();
    if let Some(o) = f.entities.outlook {
        entities.push(o.to_string());
    }
    if f.entities.change {
        entities.push("change".to_string());
    }
    if f.entities.baseline {
        entities.push("a year before".to_string());
    }
    Frame {
        measured,
        predicate: f.predicate.and_then(surface),
        entities,
        event: f.entities.event.clone(),
    }
}

/// A figure in brackets right after another ("41,203 votes (52.1%)", "Lab 203 (-59)")
/// is of the same row, party or place: it takes the keys of the figure before it when
/// it has none of its own.
fn inherit_keys(feats: &mut [Features], mentions: &[Mention], src: &[usize], sources: &[Source]) {
    let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); sources.len()];
    for (i, &s) in src.iter().enumerate() {
        if let Some(list) = by_source.get_mut(s) {
            list.push(i);
        }
    }
    // A figure no place qualifier places, placed by a nationality adjective or a
    // possessive country name of its attribution or sentence ("Syrian state media said").
    for (i, &s) in src.iter().enumerate() {
        let e = &feats[i].entities;
        if e.listed || e.keys.iter().any(|(k, _)| k.starts_with("who:")) {
            continue;
        }
        if let Some(key) = sources
            .get(s)
            .and_then(|source| demonyms::place_of(&source.text, &mentions[i]))
        {
            feats[i].entities.keys.push(key);
        }
    }
    for (s, list) in by_source.iter_mut().enumerate() {
        crate::sort::sort_by_key(list, |&i| mentions[i].start);
        for k in 1..list.len() {
            let (p, i) = (list[k - 1], list[k]);
            let gap = sources[s]
                .text
                .get(mentions[p].end..mentions[i].start)
                .unwrap_or("");
            let bracketed = gap.len() <= APPOSITION_GAP
                && gap.trim_end().ends_with('(')
                && !gap.contains(['.', ';', '\n', ')']);
            if !bracketed {
                frame::inherit_place(
                    feats,
                    (p, i),
                    (&mentions[p], &mentions[i]),
                    &sources[s].text,
                );
                continue;
            }
            frame::take_keys_of_level(feats, p, i);
        }
    }
}

/// For each mention, its entity keys interned, each with whether it is contrasted in
/// its bucket (some source gives figures of the bucket under two keys of that kind:
/// `frame.rs`).
fn contrasted_keys(
    bucketed: &[usize],
    buckets: &[Range<usize>],
    feats: &[Features],
    mentions: &[Mention],
    src: &[usize],
) -> Vec<Vec<frame::Keyed>> {
    // (The map type the lexicon uses: one hash table type less in the wasm module.)
    let mut ids: FxMap<String, u32> = FxMap::default();
    let mut intern = |k: &str| match ids.get(k) {
        Some(&id) => id,
        None => {
            let id = ids.len() as u32;
            ids.insert(k.to_string(), id);
            id
        }
    };
    let mut out: Vec<Vec<frame::Keyed>> = feats
        .iter()
        .map(|f| {
            f.entities
                .keys
                .iter()
                .map(|(k, _)| {
                    let id = intern(k);
                    (id, intern(frame::kind(k)), false)
                })
                .collect()
        })
        .collect();
    for r in buckets {
        let members = &bucketed[r.clone()];
        // Each source's figures in text order.
        let mut by_source = members.to_vec();
        crate::sort::sort_by_key(&mut by_source, |&i| (src[i], mentions[i].start));
        let lists: Vec<Vec<usize>> = runs(&by_source, |a, b| src[a] == src[b])
            .into_iter()
            .map(|r| by_source[r].to_vec())
            .collect();
        let alike = |a: usize, b: usize| {
            let (x, y) = (&feats[a], &feats[b]);
            (x.noun.is_some() && x.noun == y.noun)
                || (x.predicate.is_some() && x.predicate == y.predicate)
                || (x.entities.listed && y.entities.listed)
                || x.entities.keys.iter().any(|(k, _)| k.starts_with("row:"))
        };
        let set = frame::contrasted(&lists, &|i| feats[i].entities.keys.as_slice(), &alike);
        for &i in members {
            for (k, (key, _)) in feats[i].entities.keys.iter().enumerate() {
                out[i][k].2 = set.contains(key.as_str()) && !frame::total_over(key, &set);
            }
        }
    }
    out
}

/// Inverse sentence frequency of every concept: ln((N + 1) / (df + 0.5)), floored at 0.
fn idf(sources: &[Source], tokens: &[Vec<Token>], n_concepts: usize) -> Vec<f32> {
    let mut df = vec![0u32; n_concepts];
    let mut n = 0u32;
    let mut seen: Vec<u32> = Vec::new();
    for (s, toks) in sources.iter().zip(tokens) {
        let bytes = s.text.as_bytes();
        seen.clear();
        for (k, t) in toks.iter().enumerate() {
            if let Some(c) = t.concept {
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
            let gap = toks.get(k + 1).map_or(bytes.len(), |u| u.start);
            let ends = bytes[t.end..gap]
                .iter()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b';'));
            if ends || k + 1 == toks.len() {
                n += 1;
                for c in seen.drain(..) {
                    df[c as usize] += 1;
                }
            }
        }
    }
    let n = n as f32;
    df.iter()
        .map(|d| ((n + 1.0) / (*d as f32 + 0.5)).ln().max(0.0))
        .collect()
}

/// The weight of a concept no sentence contains (a subject word).
fn idf_unseen(idf: &[f32]) -> f32 {
    idf.iter().copied().fold(1.0, f32::max)
}

/// Scale so that the strongest weight is 1.
fn relative(mut v: Vec<(u32, f32)>) -> Vec<(u32, f32)> {
    let top = v.iter().map(|(_, w)| *w).fold(0.0, f32::max);
    if top > 0.0 {
        for (_, w) in &mut v {
            *w /= top;
        }
    }
    v.retain(|(_, w)| *w > 0.0);
    v
}

/// Link and merge the mentions of one bucket (global indices).
fn cluster(members: &[usize], ctx: &Ctx, threshold: f32, parent: &mut [usize]) {
    let postings = Postings::new(members, ctx.vectors);
    let near = near_values(members, ctx);
    let mut acc = vec![0f32; members.len()];
    let mut seen = vec![false; members.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut edges: Vec<(f32, usize, usize)> = Vec::new();
    for (a, &i) in members.iter().enumerate() {
        for &b in &near[a] {
            if !seen[b] {
                seen[b] = true;
                touched.push(b);
            }
        }
        for &(c, w) in &ctx.vectors[i] {
            // A long posting list (a word every source uses) is read only around the
            // mention's own place: enough to find its best links, and linear overall.
            let list = postings.of(c);
            let pos = list.partition_point(|(b, _)| *b < a);
            let from = pos.saturating_sub(POSTING_WINDOW);
            let to = (pos + POSTING_WINDOW + 1).min(list.len());
            for &(b, v) in &list[from..to] {
                if b != a {
                    if !seen[b] {
                        seen[b] = true;
                        touched.push(b);
                    }
                    acc[b] += w.min(v);
                }
            }
        }
        let mut best: Vec<(f32, usize)> = touched
            .drain(..)
            .map(|b| {
                // Most candidates share one weak word: when even the largest prior
                // cannot lift them to the threshold, the pair is not scored at all.
                let hopeless =
                    scaled(acc[b]) + MAX_PRIOR < threshold && ctx.src[i] != ctx.src[members[b]];
                let s = if hopeless {
                    0.0
                } else {
                    ctx.combine(acc[b], i, members[b])
                };
                acc[b] = 0.0;
                seen[b] = false;
                (s, b)
            })
            .filter(|(s, _)| *s >= threshold)
            .collect();
        let by_score = |x: &(f32, usize), y: &(f32, usize)| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1));
        if best.len() > MAX_LINKS {
            best.select_nth_unstable_by(MAX_LINKS, by_score);
            best.truncate(MAX_LINKS);
        }
        edges.extend(
            best.into_iter()
                .map(|(s, b)| (s, members[a.min(b)], members[a.max(b)])),
        );
    }
    crate::sort::sort_by(&mut edges, |x, y| {
        y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2)))
    });
    edges.dedup_by(|x, y| x.1 == y.1 && x.2 == y.2);
    // The members of the groups being built, by root: at the root's place in `members`
    // (a bucket's members are in index order, and its roots are members).
    let mut groups: Vec<Option<Vec<usize>>> = vec![None; members.len()];
    let slot = |r: usize| members.partition_point(|&m| m < r);
    // Pairs of groups already refused, with their sizes then: the many links between
    // two large groups are judged once until one of them grows.
    let mut refused: FxSet<(usize, usize, usize, usize)> = FxSet::default();
    for (_, a, b) in edges {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra == rb {
            continue;
        }
        let size = |r: usize| {
            groups
                .get(slot(r))
                .and_then(Option::as_ref)
                .map_or(1, Vec::len)
        };
        let key = (ra.min(rb), ra.max(rb), size(ra.min(rb)), size(ra.max(rb)));
        if refused.contains(&key) {
            continue;
        }
        let mut take = |r: usize| groups.get_mut(slot(r)).and_then(Option::take);
        let ga = take(ra).unwrap_or_else(|| vec![ra]);
        let gb = take(rb).unwrap_or_else(|| vec![rb]);
        let mut put = |r: usize, g: Vec<usize>| {
            if let Some(at) = groups.get_mut(slot(r)) {
                *at = Some(g);
            }
        };
        let clash = ctx.clash(&ga, &gb);
        if clash || ctx.linkage(&ga, &gb) < threshold * ctx.w.link_factor {
            refused.insert(key);
            put(ra, ga);
            put(rb, gb);
        } else {
            parent[rb] = ra;
            let mut g = ga;
            g.extend(gb);
            put(ra, g);
        }
    }
    // One source's second, far-off figure leaves its group (`prune.rs`).
    for g in groups.iter().flatten() {
        // Two quantities straddled by one source first, then each part's far figures.
        let split = prune::split(g, ctx);
        let parts = split.as_deref().unwrap_or(std::slice::from_ref(g));
        let mut out: Vec<Vec<usize>> = Vec::new();
        for part in parts {
            let gone = prune::ejected(part, ctx);
            if !gone.is_empty() {
                let left: FxSet<usize> = gone.iter().flatten().copied().collect();
                out.push(part.iter().copied().filter(|i| !left.contains(i)).collect());
                out.extend(gone);
            } else if split.is_some() {
                out.push(part.clone());
            }
        }
        for run in &out {
            if let Some(&root) = run.first() {
                for &i in run {
                    parent[i] = root;
                }
            }
        }
    }
}

/// The posting list of each concept in a bucket: (local index, weight) in local order.
/// One list sorted by concept (stably) and the range of each concept in it, not a map of
/// vectors: two allocations per bucket instead of one per concept (issue 13).
struct Postings {
    concepts: Vec<(u32, Range<usize>)>,
    entries: Vec<(usize, f32)>,
}

impl Postings {
    fn new(members: &[usize], vectors: &[Vec<(u32, f32)>]) -> Postings {
        let mut all: Vec<(u32, usize, f32)> = Vec::new();
        for (local, &i) in members.iter().enumerate() {
            all.extend(vectors[i].iter().map(|&(c, w)| (c, local, w)));
        }
        crate::sort::sort_by_key(&mut all, |e| e.0);
        let mut concepts: Vec<(u32, Range<usize>)> = Vec::new();
        for (k, e) in all.iter().enumerate() {
            match concepts.last_mut() {
                Some((c, r)) if *c == e.0 => r.end = k + 1,
                _ => concepts.push((e.0, k..k + 1)),
            }
        }
        let entries = all.into_iter().map(|(_, local, w)| (local, w)).collect();
        Postings { concepts, entries }
    }

    /// The list of concept `c` (empty for a concept no member has).
    fn of(&self, c: u32) -> &[(usize, f32)] {
        match self.concepts.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(n) => &self.entries[self.concepts[n].1.clone()],
            Err(_) => &[],
        }
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// One report group: verdict, label, tied words.
#[allow(clippy::too_many_arguments)]
fn make_group(
    n: usize,
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
    idf_of: &dyn Fn(u32) -> f32,
    sentence: &dyn Fn(&Mention) -> Option<String>,
    options: &Options,
) -> Group {
    let ms: Vec<&Mention> = members.iter().map(|&i| &mentions[i]).collect();
    let (facets, j) = facets::facets(&ms, judge_in(&ms, options, sentence), options, sentence);
    let tied = if j.verdict == Verdict::Single && members.len() == 1 {
        Vec::new()
    } else {
        tied_words(members, mentions, feats, idf_of)
    };
    let first = &mentions[members[0]];
    Group {
        id: crate::fmt::group_id(n + 1),
        label: label::label(members, mentions, feats, lex, idf_of, &tied),
        dimension: first.dimension,
        unit: first.unit.clone(),
        verdict: j.verdict,
        spread: j.spread,
        explanation: j.explanation,
        tied_by: tied.iter().map(|(_, words)| words.clone()).collect(),
        mentions: ms.iter().map(|m| m.id.clone()).collect(),
        facets,
    }
}

/// Concepts found near two or more members (from different sources when the group
/// spans sources), strongest first, shown as the words used ("died/killed").
fn tied_words(
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    idf_of: &dyn Fn(u32) -> f32,
) -> Vec<(u32, String)> {
    let multi = members
        .iter()
        .any(|&i| mentions[i].source != mentions[members[0]].source);
    // Each member's concepts, by concept (stably: in member order), folded per concept.
    let mut each: Vec<(u32, usize, f32)> = Vec::new();
    for &i in members {
        each.extend(feats[i].weights.iter().map(|&(c, w)| (c, i, w)));
    }
    crate::sort::sort_by_key(&mut each, |e| e.0);
    let mut by_concept: Vec<(u32, (f32, Vec<&str>, Vec<String>))> = Vec::new();
    for &(c, i, w) in &each {
        if by_concept.last().map(|(k, _)| *k) != Some(c) {
            by_concept.push((c, Default::default()));
        }
        if let Some((_, e)) = by_concept.last_mut() {
            e.0 += w * idf_of(c);
            if !e.1.contains(&mentions[i].source.as_str()) || !multi {
                e.1.push(&mentions[i].source);
            }
            if let Some((_, word)) = feats[i].surface.iter().find(|(k, _)| *k == c) {
                if !e.2.contains(word) {
                    e.2.push(word.clone());
                }
            }
        }
    }
    let mut out: Vec<(f32, u32, String)> = by_concept
        .into_iter()
        .filter(|(_, (_, srcs, _))| srcs.len() >= 2)
        .map(|(c, (score, _, mut words))| {
            crate::sort::sort(&mut words);
            (score, c, words.join("/"))
        })
        .filter(|(score, _, _)| *score > 0.0)
        .collect();
    crate::sort::sort_by(&mut out, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    out.truncate(MAX_TIED_BY);
    out.into_iter().map(|(_, c, w)| (c, w)).collect()
}
