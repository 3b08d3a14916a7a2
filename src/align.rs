//! Align: group the mentions that measure the same thing (DESIGN.md, "Alignment").
//!
//! 1. **Buckets.** Only mentions of the same dimension and canonical unit can meet
//!    (euros never meet dollars; "20%" meets "one-fifth" because both are `fraction`).
//! 2. **Features.** Each mention becomes weighted concepts from its sentence
//!    ([`features`]): the counted noun and object right after the figure weigh most,
//!    weights fall off with distance, synonyms share a concept ([`synonyms`]), and each
//!    concept is weighted by how rare it is in the input texts (a word in every
//!    sentence ties nothing).
//! 3. **Scores.** Each mention's concept weights are scaled so that its strongest is
//!    1; two mentions score the sum, over the concepts they share, of the smaller of
//!    the two weights (capped at 1): a shared word scores high when it matters to both
//!    figures, and words that only one sentence has cost nothing. Computed through an
//!    inverted index inside each bucket; halved when both figures count different
//!    things ("40 schools" vs "6 bridges"). Each mention keeps its best [`MAX_LINKS`]
//!    links at or above [`Options::min_tie_score`].
//! 4. **Groups.** Links are merged best first; two groups join only if their centroids
//!    are also alike ([`CENTROID_FACTOR`] of the threshold), so chains of weak links do
//!    not snowball. A mention belongs to one group; mentions of the same source may
//!    share one (a headline and its body). Each group lists the words that tied it.
//!
//! Work is near-linear: each mention meets only mentions that share a concept with it.

mod features;
mod fxhash;
mod synonyms;

use std::collections::HashMap;

use fxhash::FxMap;

use crate::options::Options;
use crate::report::{Group, Mention, Source, Verdict};
use crate::verdict::judge;
use features::{Features, Lexicon, Token};

pub use synonyms::{GENERIC, STOPWORDS, SYNONYMS};

/// Links kept per mention.
pub const MAX_LINKS: usize = 12;
/// Two groups join only if their centroids score at least this share of the threshold.
pub const CENTROID_FACTOR: f32 = 0.75;
/// Entries read either side of a mention's own place in a concept's posting list.
pub const POSTING_WINDOW: usize = 48;
/// Score factor when two figures count different things.
pub const NOUN_MISMATCH: f32 = 0.5;
/// At most this many words are listed in `tied_by`.
pub const MAX_TIED_BY: usize = 5;

/// Group mentions across sources: every mention lands in exactly one group; groups that
/// span two or more sources come first, then single-source groups, each in text order.
pub fn groups(sources: &[Source], mentions: &[Mention], options: &Options) -> Vec<Group> {
    let mut lex = Lexicon::new();
    let order: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let tokens: Vec<Vec<Token>> = sources.iter().map(|s| lex.tokens(&s.text)).collect();
    let idf = idf(sources, &tokens, lex.names.len());
    // Spans of every mention per source, for "closer to another figure".
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sources.len()];
    for m in mentions {
        if let Some(&i) = order.get(m.source.as_str()) {
            spans[i].push((m.start, m.end));
        }
    }
    let feats: Vec<Features> = mentions
        .iter()
        .map(|m| match order.get(m.source.as_str()) {
            Some(&i) => features::features(&mut lex, &sources[i].text, &tokens[i], m, &spans[i]),
            None => Features::default(),
        })
        .collect();
    let idf_of = |c: u32| idf.get(c as usize).copied().unwrap_or(idf_unseen(&idf));
    let vectors: Vec<Vec<(u32, f32)>> = feats
        .iter()
        .map(|f| relative(f.weights.iter().map(|&(c, w)| (c, w * idf_of(c))).collect()))
        .collect();

    let mut buckets: HashMap<(crate::report::Dimension, &str), Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        buckets
            .entry((m.dimension, m.unit.as_str()))
            .or_default()
            .push(i);
    }
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    let threshold = options.min_tie_score as f32;
    for members in buckets.values() {
        cluster(members, &vectors, &feats, threshold, &mut parent);
    }

    let mut clusters: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..mentions.len() {
        let r = find(&mut parent, i);
        clusters.entry(r).or_default().push(i);
    }
    let key = |i: usize| {
        (
            order
                .get(mentions[i].source.as_str())
                .copied()
                .unwrap_or(usize::MAX),
            mentions[i].start,
            i,
        )
    };
    let mut list: Vec<Vec<usize>> = clusters.into_values().collect();
    for c in &mut list {
        c.sort_by_key(|&i| key(i));
    }
    let multi = |c: &Vec<usize>| {
        let first = &mentions[c[0]].source;
        c.iter().any(|&i| &mentions[i].source != first)
    };
    list.sort_by_key(|c| (!multi(c), key(c[0])));
    list.iter()
        .enumerate()
        .map(|(n, c)| make_group(n, c, mentions, &feats, &lex, &idf_of, options))
        .collect()
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

/// Link and merge the mentions of one bucket (indices into `vectors`).
fn cluster(
    members: &[usize],
    vectors: &[Vec<(u32, f32)>],
    feats: &[Features],
    threshold: f32,
    parent: &mut [usize],
) {
    let mut postings: FxMap<u32, Vec<(usize, f32)>> = FxMap::default();
    for (local, &i) in members.iter().enumerate() {
        for &(c, w) in &vectors[i] {
            postings.entry(c).or_default().push((local, w));
        }
    }
    let mut acc = vec![0f32; members.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut edges: Vec<(f32, usize, usize)> = Vec::new();
    for (a, &i) in members.iter().enumerate() {
        for &(c, w) in &vectors[i] {
            // A long posting list (a word every source uses) is read only around the
            // mention's own place: enough to find its best links, and linear overall.
            let list = &postings[&c];
            let pos = list.partition_point(|(b, _)| *b < a);
            let from = pos.saturating_sub(POSTING_WINDOW);
            let to = (pos + POSTING_WINDOW + 1).min(list.len());
            for &(b, v) in &list[from..to] {
                if b != a {
                    if acc[b] == 0.0 {
                        touched.push(b);
                    }
                    acc[b] += w.min(v);
                }
            }
        }
        let mut best: Vec<(f32, usize)> = touched
            .drain(..)
            .map(|b| {
                let s = acc[b].min(1.0) * noun_factor(&feats[i], &feats[members[b]]);
                acc[b] = 0.0;
                (s, b)
            })
            .filter(|(s, _)| *s >= threshold)
            .collect();
        let by_score = |x: &(f32, usize), y: &(f32, usize)| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1));
        if best.len() > MAX_LINKS {
            best.select_nth_unstable_by(MAX_LINKS, by_score);
            best.truncate(MAX_LINKS);
        }
        edges.extend(best.into_iter().map(|(s, b)| (s, a.min(b), a.max(b))));
    }
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    edges.dedup_by(|x, y| x.1 == y.1 && x.2 == y.2);
    // Centroids of the groups being built, by root (global index).
    let mut centroid: FxMap<usize, Vec<(u32, f32)>> = FxMap::default();
    for (_, a, b) in edges {
        let (ra, rb) = (find(parent, members[a]), find(parent, members[b]));
        if ra == rb {
            continue;
        }
        let ca = centroid.remove(&ra).unwrap_or_else(|| vectors[ra].clone());
        let cb = centroid.remove(&rb).unwrap_or_else(|| vectors[rb].clone());
        if overlap(&relative(ca.clone()), &relative(cb.clone())) >= threshold * CENTROID_FACTOR {
            parent[rb] = ra;
            centroid.insert(ra, add(&ca, &cb));
        } else {
            centroid.insert(ra, ca);
            centroid.insert(rb, cb);
        }
    }
}

/// [`NOUN_MISMATCH`] when both figures have a counted noun, they differ, and neither
/// noun occurs near the other figure; else 1.
fn noun_factor(a: &Features, b: &Features) -> f32 {
    let has = |f: &Features, c: u32| f.weights.binary_search_by_key(&c, |(k, _)| *k).is_ok();
    match (a.noun, b.noun) {
        (Some(x), Some(y)) if x != y && !has(b, x) && !has(a, y) => NOUN_MISMATCH,
        _ => 1.0,
    }
}

/// The score of two sparse vectors sorted by concept: the sum of the smaller weights
/// of shared concepts, capped at 1.
fn overlap(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1.min(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    sum.min(1.0)
}

/// Sum of two sparse vectors sorted by concept.
fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// One report group: verdict, label, tied words.
fn make_group(
    n: usize,
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
    idf_of: &dyn Fn(u32) -> f32,
    options: &Options,
) -> Group {
    let ms: Vec<&Mention> = members.iter().map(|&i| &mentions[i]).collect();
    let j = judge(&ms, options);
    let tied = if j.verdict == Verdict::Single && members.len() == 1 {
        Vec::new()
    } else {
        tied_words(members, mentions, feats, idf_of)
    };
    let first = &mentions[members[0]];
    Group {
        id: format!("g{}", n + 1),
        label: label(members, mentions, feats, lex, idf_of, &tied),
        dimension: first.dimension,
        unit: first.unit.clone(),
        verdict: j.verdict,
        spread: j.spread,
        explanation: j.explanation,
        tied_by: tied.iter().map(|(_, words)| words.clone()).collect(),
        mentions: ms.iter().map(|m| m.id.clone()).collect(),
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
    let mut by_concept: FxMap<u32, (f32, Vec<&str>, Vec<String>)> = FxMap::default();
    for &i in members {
        for &(c, w) in &feats[i].weights {
            let e = by_concept.entry(c).or_default();
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
            words.sort();
            (score, c, words.join("/"))
        })
        .filter(|(score, _, _)| *score > 0.0)
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    out.truncate(MAX_TIED_BY);
    out.into_iter().map(|(_, c, w)| (c, w)).collect()
}

/// A short label: the most common `subject` of the members, else the two strongest tied
/// words (or, for a lone figure, its two strongest words) in the order of the text.
fn label(
    members: &[usize],
    mentions: &[Mention],
    feats: &[Features],
    lex: &Lexicon,
    idf_of: &dyn Fn(u32) -> f32,
    tied: &[(u32, String)],
) -> String {
    let mut subjects: Vec<(&str, usize)> = Vec::new();
    for &i in members {
        let s = mentions[i].subject.trim();
        if s.is_empty() {
            continue;
        }
        match subjects.iter_mut().find(|(t, _)| t.eq_ignore_ascii_case(s)) {
            Some(e) => e.1 += 1,
            None => subjects.push((s, 1)),
        }
    }
    if let Some((s, _)) = subjects
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.len().cmp(&a.0.len())))
    {
        return s.to_string();
    }
    let first = &feats[members[0]];
    let mut picks: Vec<u32> = tied.iter().take(2).map(|(c, _)| *c).collect();
    if picks.is_empty() {
        let mut ws: Vec<(f32, u32)> = first
            .weights
            .iter()
            .map(|&(c, w)| (w * idf_of(c), c))
            .collect();
        ws.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
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
    picks.sort_by_key(|c| pos(*c));
    let words: Vec<String> = picks
        .iter()
        .map(|c| match first.surface.iter().find(|(k, _)| k == c) {
            Some((_, w)) => w.clone(),
            None => lex.names.get(*c as usize).cloned().unwrap_or_default(),
        })
        .collect();
    if words.is_empty() {
        mentions[members[0]]
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.join(" ")
    }
}
