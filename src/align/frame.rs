//! What a figure measures, as data: the entities that make one quantity differ from
//! another of the same unit (DESIGN.md, "Alignment"), read from the figure's own
//! phrase and clause.
//!
//! - **Keys** (compared by [`apart`]): whom or where the figure is of. The place it
//!   is measured in when that place is named ("in Turkey", "across Turkey and Syria",
//!   "in government-held areas"); else the nearest name in its clause ("Labour 203",
//!   "the Conservatives won 365", "iPhone revenue"); the row key of a table or list
//!   line ("District 12: ..."); the side of a pair ("passed 218-214": the first and
//!   the second figure); the side of a vote ("in favour", "against").
//!   Two figures whose keys differ measure different things only when the input
//!   itself contrasts those keys: some source gives figures of one bucket (dimension
//!   and unit) under both. A name that every source attaches to its figures
//!   ("Twitter") is then no key at all.
//! - **Segment**: the part of a business a sum of sales is of ("iPhone revenue",
//!   "revenue from services", "Mac sales: $7.2 billion") is a key like any other; a
//!   part and the whole ("revenue of $91.8 billion") always differ.
//! - **Outlook** (strict): an expectation or a guidance ("analysts expected", "a
//!   forecast of", "guidance of") is never the result itself, which carries none.
//!   A place key that joins places the input gives apart ("across Turkey and Syria")
//!   is the total over them: the same scope as a figure said of no place.
//! - **Event**: an ordinal before the event ("a second quake of magnitude 7.6") sets it
//!   apart from the unmarked (first) one, compared by rank ("second large quake" and
//!   "second tremor" are one event); an aftershock is a later event of unknown rank,
//!   apart only from the first; so does a year before the story's own that
//!   dates the figure ("In 1999, ... it killed 17,000"). A sentence that refers back
//!   ("It measured 7.5", "The tremor measured 7.5") takes the ordinal event of the
//!   sentence before in its paragraph. Two sources' equal figures still meet when only
//!   one of them carries the mark.
//! - **Price** (always contrasted): an offer ("offered", "bid") and a market price
//!   ("closed", "trading") are two prices. A mark that heads the figure's own phrase
//!   ("the closing price of $38.80") or opens a relative clause said of it ("the
//!   $38.80 at which the shares closed") is that figure's, not the one before it.
//! - **Change** (strict): a signed figure after another ("Lab 203 (-59)") or a count
//!   after "<verb> by" ("rose by six") is the change, not the level.
//! - **Baseline**: the level of a year before ("up from $7.9 billion a year ago") is
//!   not this period's level (unless another source states the same value bare).
//!
//! Word lists are the tables below, one entry per line.

use super::features::{Clause, Token};
use super::fxhash::{FxMap, FxSet};
use super::synonyms::{ALIAS_WORDS, ENTITY_ALIASES};
use crate::report::{Mention, QualifierKind};

/// Words that make a figure an expectation rather than a result (`expected`). Not
/// "predicted": a poll's or a model's prediction of a count still to come (an exit
/// poll's seats) is one quantity with the count, as [`SENTENCE_EXPECTED_WORDS`]
/// says of forecasts.
pub const EXPECTED_WORDS: &[&str] = &[
    "expected",
    "expectation",
    "expectations",
    "estimate",
    "estimates",
    "consensus",
    "forecast",
    "forecasts",
    "forecasting",
    "projected",
    "projection",
    "projections",
    "anticipated",
    "analysts",
    "polled",
    "expecting",
];

/// Words that make a figure a company's own outlook for a later period (`guidance`).
pub const GUIDANCE_WORDS: &[&str] = &["guidance", "outlook", "guided", "expects", "sees"];

/// Words that put a price on the market rather than in an offer (both sides must say
/// which they are for the difference to count).
pub const MARKET_WORDS: &[&str] = &[
    "traded", "trading", "closed", "closing", "opened", "opening", "trades",
];

/// Words that make a price an offer.
pub const OFFER_WORDS: &[&str] = &["offer", "offered", "offering", "bid", "bids", "bidding"];

/// (word, side) of a vote.
pub const SIDE_WORDS: &[(&str, &str)] = &[
    ("favour", "for"),
    ("favor", "for"),
    ("support", "for"),
    ("supported", "for"),
    ("backed", "for"),
    ("backing", "for"),
    ("yes", "for"),
    ("aye", "for"),
    ("ayes", "for"),
    ("against", "against"),
    ("opposed", "against"),
    ("oppose", "against"),
    ("opposing", "against"),
    ("nay", "against"),
    ("nays", "against"),
    ("no", "against"),
    ("noes", "against"),
];

/// Words that give a new value of something that changes: one source may then state
/// several values of one quantity ("rose to 1,500 ... by evening it passed 2,000").
pub const UPDATE_WORDS: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "climbed",
    "climbing",
    "jumped",
    "increased",
    "reached",
    "passed",
    "passes",
    "surpassed",
    "surpasses",
    "topped",
    "now",
    "updated",
    "revised",
    "grew",
    "grown",
    "mounted",
    "soared",
    "earlier",
    "initially",
    "later",
    "latest",
];

/// Ordinals that set an event apart from the unmarked first one.
pub const EVENT_ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

/// Words that name a later event of a series without saying which ("an aftershock of
/// magnitude 6.3"): such a figure is not the first event's, and it may be any later
/// one's ([`apart`]: it meets a "second" or a "third" but not the unmarked first).
pub const LATER_EVENTS: &[&str] = &["aftershock", "aftershocks"];

/// The event of a figure marked as a later one of unknown rank ([`LATER_EVENTS`]).
pub const LATER_EVENT: &str = "later";

/// Nouns of an event that a later sentence may refer back to ("A second quake struck
/// at noon. It measured 7.5."): the event named with an ordinal before carries over.
pub const EVENT_NOUNS: &[&str] = &[
    "quake",
    "earthquake",
    "tremor",
    "shock",
    "aftershock",
    "blast",
    "explosion",
    "eruption",
    "storm",
    "attack",
    "strike",
    "round",
    "ballot",
    "vote",
    "march",
    "wave",
];

/// Words that open a sentence referring back to the thing of the sentence before ("It
/// measured 7.5", "There, the toll rose to 1,400", "The toll there ..."): the
/// pronouns; a figure in such a sentence takes the event the sentence before names.
pub const BACK_REFERENCES: &[&str] = &["it", "this", "that", "there", "its"];

/// Links between a mark word and a figure that make the mark head the figure's own
/// phrase ("the closing price of $38.80", "a second earthquake of magnitude 7.6", "a
/// quake measuring 7.5"): the mark is that figure's, though a figure before it is as
/// near (see [`heads`]).
pub const HEAD_LINKS: &[&str] = &["of", "at", "measuring", "measured"];

/// Words at most between a mark and the link of [`HEAD_LINKS`] before the figure.
pub const HEAD_WORDS: usize = 2;

/// Bytes of the sentence before a figure's read for an event it refers back to (a
/// constant bound on the work per figure).
pub const BACK_REACH: usize = 400;

/// Words between two figures that make them the two sides of one pair ("218-214",
/// "62% vs. 38%", "62 to 38 percent").
pub const PAIR_JOINERS: &[&str] = &["-", "–", "—", "to", "vs", "vs.", "versus", "v", "v."];

/// Prepositions of a place that the figure is measured in ("in Turkey", "across Turkey
/// and Syria"), not one it comes from or happens at ("from Barcelona", "at the stadium").
pub const SCOPE_PREPS: &[&str] = &["in", "across", "throughout", "inside", "within"];

/// Content words between a figure and a name (or a marker) that is still its own.
pub const NAME_REACH: usize = 3;
/// Words of a listed name ("Liberal Democrats: 11").
pub const NAME_WORDS: usize = 3;
/// Content words between a figure and an outlook, side or event word.
pub const MARK_REACH: usize = 4;
/// Bytes between the two figures of a pair ("218-214", "62% vs. 38%").
pub const PAIR_GAP: usize = 6;
/// Bytes between the two figures of a pair with a plural noun between ("31 votes to 19").
pub const PAIR_NOUN_GAP: usize = 16;

/// Capitalized words that are never names of what a figure is of.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "by", "for", "with", "from", "it",
    "its", "this", "that", "these", "those", "there", "he", "she", "they", "we", "i", "about",
    "around", "nearly", "almost", "more", "less", "some", "over", "up", "just", "only", "at",
    "after", "before", "as", "total", "mr", "ms", "mrs", "dr",
];

/// The entities read for one mention.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Entities {
    /// Contrast keys (lowercase), each with its display form.
    pub(crate) keys: Vec<(String, String)>,
    /// `expected` or `guidance`; `None` for a result.
    pub(crate) outlook: Option<&'static str>,
    /// An ordinal event ("second quake").
    pub(crate) event: Option<String>,
    /// A signed change after a level ("(-59)").
    pub(crate) change: bool,
    /// The name key stands right before the figure, as on a list line ("SNP: 48").
    pub(crate) listed: bool,
    /// The figure is a new value of something that changes ("the toll rose to 50").
    pub(crate) update: bool,
    /// The figure is the level of a year before, the base of a comparison ("up from
    /// $13.2 billion a year ago", "In the same quarter last year, it earned $58
    /// billion"), not this period's level.
    pub(crate) baseline: bool,
}

/// The words a figure's own clause marks it with: `window` is the bounded token window
/// of its sentence, `[first, last)` the figure's own tokens, `dist` the content-word
/// distance of a token to the figure, `own` whether a token is in the figure's clause
/// and nearer to it than to any other figure.
pub(crate) fn read(
    text: &str,
    window: &[Token],
    (first, last): (usize, usize),
    m: &Mention,
    neighbours: (Option<(usize, usize)>, Option<(usize, usize)>),
    dist: &dyn Fn(usize) -> usize,
    own: &dyn Fn(usize) -> bool,
) -> Entities {
    let mut e = Entities::default();
    let word = |i: usize| text[window[i].start..window[i].end].to_ascii_lowercase();
    let in_qualifier = |t: &Token, kinds: &[QualifierKind]| {
        m.qualifiers
            .iter()
            .any(|q| kinds.contains(&q.kind) && q.start <= t.start && t.end <= q.end)
    };
    // The place the figure is of, when a named place qualifies it.
    if let Some((key, shown)) = place_key(m)
        .or_else(|| clause_place(text, window, (first, last), m, (dist, own), neighbours))
    {
        e.keys.push((key, shown));
    }
    // The nearest name in the clause (a party, a product, a country): "Labour 203".
    let mut best: Option<(usize, usize)> = None;
    for (i, t) in window.iter().enumerate() {
        if (first..last).contains(&i) || t.concept.is_none() || !capitalized(text, t) {
            continue;
        }
        let w = word(i);
        let d = dist(i);
        if d > NAME_REACH
            || NOT_NAMES.contains(&w.as_str())
            || crate::context::tables::AGENTS.contains(&w.as_str())
            || crate::lexicon::words::TIME_NAMES.contains(&w.as_str())
            || in_qualifier(
                t,
                &[
                    QualifierKind::Attribution,
                    QualifierKind::Time,
                    QualifierKind::Place,
                ],
            )
            || !(own(i) || name_before(text, t, m))
        {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, i));
        }
    }
    if e.keys.is_empty() {
        // Only a name right before the figure, as on a list line: a name elsewhere in
        // the clause is as often the story's actor as what the figure is of (measured:
        // keys from every name cost more pairs than they saved on dev-news). A known
        // entity of a results list (a party: [`ENTITY_ALIASES`]) is the exception.
        if let Some((_, i)) = best.filter(|&(_, i)| name_before(text, &window[i], m)) {
            e.listed = true;
            e.keys.push(listed_key(text, window, i));
        } else if let Some(i) = neighbours
            .0
            .filter(|&(_, end)| signed_after(text, end, m))
            .and_then(|(start, _)| listed_before(text, window, start))
        {
            // "Labour Party: 203 (-59)": the change is of the level's listed name.
            e.keys.push(listed_key(text, window, i));
        }
    }
    // A known entity of a results list (a party: [`ENTITY_ALIASES`]) in the clause,
    // also beside a place ("the Tories won 365 seats in the Commons").
    if !e.keys.iter().any(|(k, _)| known_entity(k)) {
        if let Some(key) = clause_entity(text, window, (first, last), m, dist, own, neighbours)
            .or_else(|| sentence_subject(text, window, first, m, neighbours.0))
        {
            e.keys.push(key);
        }
    }
    // The point a distance is measured from: "150 miles from the fire".
    if let Some(key) = reference_point(text, m) {
        e.keys.push(key);
    }
    // What a sum is for: "€40 million for schools".
    if let Some((key, shown)) = purpose(text, window, last) {
        e.keys.push((key, shown));
    }
    // The segment a sum of sales is of: "iPhone revenue of $55.9 billion".
    if let Some(key) = segment(text, window, (first, last), m, (dist, own), neighbours.0) {
        let part = if key.0.is_empty() {
            ("part:whole", "whole")
        } else {
            e.keys.push(key);
            ("part:segment", "segment")
        };
        e.keys.push((part.0.to_string(), part.1.to_string()));
    }
    // The row key of a table or list line: a name and a number before the figure.
    if let Some((key, shown)) = row_key(text, window, first, m) {
        e.keys.push((key, shown));
    }
    // Markers of the figure's own clause. A mark that heads a figure's own phrase ("the
    // closing price of $38.80", "a second earthquake of magnitude 7.6") is that
    // figure's, though the figure before it is as near (on a tie, a word between two
    // figures is the one's before it).
    let next_first = neighbours
        .1
        .map(|(s, _)| window.partition_point(|t| t.start < s));
    for (i, _) in window.iter().enumerate() {
        let heads_mine = (i < first && heads(text, window, i, (first, m.start)))
            || relative_of(text, window, last, i);
        let heads_next = i >= last
            && next_first
                .zip(neighbours.1)
                .is_some_and(|(n, (at, _))| heads(text, window, i, (n, at)));
        if (first..last).contains(&i)
            || heads_next
            || !(heads_mine || (dist(i) <= MARK_REACH && own(i)))
        {
            continue;
        }
        let w = word(i);
        if UPDATE_WORDS.contains(&w.as_str()) {
            e.update = true;
        }
        if e.outlook.is_none() {
            if EXPECTED_WORDS.contains(&w.as_str()) && own_outlook(text, window, i) {
                e.outlook = Some("guidance");
            } else if EXPECTED_WORDS.contains(&w.as_str())
                && !hedge_estimated(text, window, i, first)
            {
                e.outlook = Some("expected");
            } else if GUIDANCE_WORDS.contains(&w.as_str()) {
                e.outlook = Some("guidance");
            }
        }
        // Prices only: a premium "over the closing price" is of the offer and of the
        // market at once.
        let price = m.dimension == crate::report::Dimension::Money;
        let price_kind = if MARKET_WORDS.contains(&w.as_str()) {
            Some("price:market")
        } else if OFFER_WORDS.contains(&w.as_str()) {
            Some("price:offer")
        } else {
            None
        };
        if let Some(k) = price_kind.filter(|k| price && !e.keys.iter().any(|x| x.0 == *k)) {
            e.keys.push((k.into(), w.clone()));
        }
        if let Some((_, side)) = SIDE_WORDS.iter().find(|(s, _)| *s == w) {
            if dist(i) <= 1 && !e.keys.iter().any(|k| k.0.starts_with("side:")) {
                e.keys.push((concat(&["side:", side]), w.clone()));
            }
        }
        if e.event.is_none() && i < first && EVENT_ORDINALS.contains(&w.as_str()) {
            e.event = Some(event_phrase(text, window, i, first));
        } else if e.event.is_none() && LATER_EVENTS.contains(&w.as_str()) {
            e.event = Some(w.clone());
        }
    }
    // An event named in the sentence before, when this one refers back to it.
    if e.event.is_none() {
        e.event = event_before(text, window, m);
    }
    // "Strong aftershocks followed, including a quake measuring magnitude 7.5": the
    // event the figure measures is one of the aftershocks named earlier in its sentence.
    if e.event.is_none() && measures_event(text, window, (first, last)) {
        let from = neighbours
            .0
            .map_or(m.sentence_start, |(_, end)| end.max(m.sentence_start));
        e.event = window[..first]
            .iter()
            .rev()
            .take_while(|t| t.start >= from)
            .map(|t| text[t.start..t.end].to_ascii_lowercase())
            .find(|w| LATER_EVENTS.contains(&w.as_str()));
    }
    // "The toll could rise to 20,000": a projection of the quantity, not a count of it.
    if e.outlook.is_none() && (projected(text, window, first) || surmised(text, window, last)) {
        e.outlook = Some("projection");
    }
    let (prev, next) = neighbours;
    // An expectation earlier in the sentence governs the figures after it ("analysts
    // had expected earnings of $4.54 a share, on revenue of $88.4 billion").
    if e.outlook.is_none() {
        e.outlook = sentence_expects(text, window, first, prev);
    }
    // The two sides of a pair: "passed 218-214", "62% vs. 38%".
    let alike = |(s, t): (usize, usize)| text.get(s..t).is_some_and(|o| shape(o) == shape(&m.text));
    // A dash between two figures with their own unit words restates one in another
    // unit ("150,000 acres—nearly 235 square miles—"): no pair.
    let worded = |(s, t): (usize, usize)| {
        text.get(s..t)
            .is_some_and(|o| o.contains(char::is_alphabetic))
            || m.text.contains(char::is_alphabetic)
    };
    let dashed = |a: usize, b: usize| {
        text.get(a..b)
            .is_some_and(|g| matches!(g.trim(), "-" | "–" | "—"))
    };
    if next
        .is_some_and(|n| alike(n) && joined(text, m.end, n.0) && !(worded(n) && dashed(m.end, n.0)))
    {
        e.keys.push(("pair:first".into(), "first of a pair".into()));
    } else if prev.is_some_and(|p| {
        alike(p) && joined(text, p.1, m.start) && !(worded(p) && dashed(p.1, m.start))
    }) {
        e.keys
            .push(("pair:second".into(), "second of a pair".into()));
    }
    e.baseline = baseline(text, m);
    // A signed figure in brackets right after another: the change.
    // (A plus sign the figure's text leaves out is the sign's, not the gap's: "365
    // (+47)".)
    e.change = prev.is_some_and(|p| signed_after(text, p.1, m)) || increment(text, m);
    e
}

/// The key of a listed name whose last word is token `i` ("SNP: 48"), with the words
/// before it of the same name ("Green Party", "Sinn Fein", "Liberal Democrats"): a
/// known entity's key when the whole name is an alias, else `who:<name>`.
fn listed_key(text: &str, window: &[Token], i: usize) -> (String, String) {
    let mut from = i;
    while from > 0
        && from + NAME_WORDS > i + 1
        && capitalized(text, &window[from - 1])
        && text
            .get(window[from - 1].end..window[from].start)
            .is_some_and(|g| g == " ")
    {
        from -= 1;
    }
    let shown = &text[window[from].start..window[i].end];
    let key = alias_in(text, &window[from..=i])
        .filter(|&(_, n)| n == i + 1 - from)
        .map_or_else(
            || concat(&["who:", &shown.to_ascii_lowercase()]),
            |(c, _)| concat(&[ENTITY_KIND, ":", c]),
        );
    (key, shown.to_string())
}

/// The token of a name listed right before the figure that starts at byte `at` ("SNP:
/// 48", "Lab 203"), as [`name_before`] reads one: the last capitalized word before it
/// with only a colon, a dash or a space between.
fn listed_before(text: &str, window: &[Token], at: usize) -> Option<usize> {
    let k = window.partition_point(|t| t.end <= at).checked_sub(1)?;
    let t = &window[k];
    let w = text[t.start..t.end].to_ascii_lowercase();
    let gap = text.get(t.end..at)?;
    let listed = gap.len() <= 4
        && gap
            .chars()
            .all(|c| c.is_whitespace() || c == ':' || c == '-');
    (listed
        && capitalized(text, t)
        && t.concept.is_some()
        && !NOT_NAMES.contains(&w.as_str())
        && !crate::lexicon::words::TIME_NAMES.contains(&w.as_str()))
    .then_some(k)
}

/// Whether a figure is a signed one in brackets right after the figure that ends at
/// `prev_end` ("Lab 203 (-59)", "365 (+47)", "48 [+13]"): the change of that level. A
/// sign the figure's own text leaves out ("+" before "47") counts as its own.
fn signed_after(text: &str, prev_end: usize, m: &Mention) -> bool {
    let gap = text.get(prev_end..m.start).unwrap_or("");
    let (gap, plus) = match gap.strip_suffix('+') {
        Some(g) => (g, true),
        None => (gap, false),
    };
    let signed = plus || m.text.starts_with(['-', '+', '−']);
    // (a footnote star may mark the level: "364* (+47)"; a table's columns may stand
    // further apart: "57    +9")
    let columns = gap.len() <= SIGNED_COLUMN_GAP && gap.chars().all(|c| c == ' ' || c == '\t');
    signed
        && (gap.len() <= 3 || columns)
        && gap
            .trim()
            .chars()
            .all(|c| matches!(c, '(' | '[' | '*') || c.is_whitespace())
}

/// Bytes of spaces at most between a level and its signed change in a table's columns.
pub const SIGNED_COLUMN_GAP: usize = 8;

/// The known entity ([`ENTITY_ALIASES`]) nearest the figure in its own clause, at most
/// [`NAME_REACH`] content words away and outside its attribution ("the Tories won
/// 365", "365 seats for the Conservatives"): `who:<canonical>` and the words as written.
fn clause_entity(
    text: &str,
    window: &[Token],
    (first, last): (usize, usize),
    m: &Mention,
    dist: &dyn Fn(usize) -> usize,
    own: &dyn Fn(usize) -> bool,
    (prev, next): (Option<(usize, usize)>, Option<(usize, usize)>),
) -> Option<(String, String)> {
    let alike = |(s, e): (usize, usize)| text.get(s..e).is_some_and(|o| shape(o) == shape(&m.text));
    let attribution = |t: &Token| {
        m.qualifiers
            .iter()
            .any(|q| q.kind == QualifierKind::Attribution && q.start <= t.start && t.end <= q.end)
    };
    let mut best: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < window.len() {
        if (first..last).contains(&i) || !capitalized(text, &window[i]) {
            i += 1;
            continue;
        }
        // The tail of a longer name is not the alias ("Civic Alliance", "New Labour").
        let tail = i > 0
            && capitalized(text, &window[i - 1])
            && !NOT_NAMES.contains(
                &text[window[i - 1].start..window[i - 1].end]
                    .to_ascii_lowercase()
                    .as_str(),
            )
            && text.get(window[i - 1].end..window[i].start) == Some(" ");
        let Some((canonical, n)) = alias_in(text, &window[i..]).filter(|_| !tail) else {
            i += 1;
            continue;
        };
        // The nearest word of the phrase to the figure.
        let d = (i..i + n).map(dist).min().unwrap_or(usize::MAX);
        // Before the figure with nothing between but words of its own clause, the name
        // is its subject, however near another figure across a mark ("a majority of
        // 86 - with Labour tumbling to 191").
        let end = window[i + n - 1].end;
        let subject = end <= m.start
            && prev.map_or(true, |(_, e)| e <= window[i].start)
            && text
                .get(end..m.start)
                .is_some_and(|g| !g.contains(SUBJECT_BREAKS));
        // A figure of the same shape between the name and this one has the name first
        // ("the Liberals won 120 of the 400 seats": 120's, not 400's); a name after
        // this figure across a mark that opens the next figure's clause is that
        // figure's subject ("a majority of 20 - with the Greens falling to 88").
        let start = window[i].start;
        let other_between = prev.is_some_and(|p| alike(p) && end <= p.0)
            || next.is_some_and(|nx| {
                alike(nx)
                    && m.end <= start
                    && end <= nx.0
                    && subject_of(text, (m.end, start), (end, nx.0))
            });
        let mine = ((i..i + n).any(own) || subject) && !attribution(&window[i]) && !other_between;
        if mine && d <= NAME_REACH && best.as_ref().map_or(true, |b| d < b.0) {
            let shown = text[window[i].start..window[i + n - 1].end].to_string();
            best = Some((d, concat(&[ENTITY_KIND, ":", canonical]), shown));
        }
        i += n;
    }
    best.map(|(_, k, s)| (k, s))
}

/// The known entity ([`ENTITY_ALIASES`]) that opens the figure's sentence, its
/// subject, for a figure of that sentence with no entity of its own ("The Greens were
/// the night's winners, gaining 9 seats and ending on 31"). Not for the whole after a
/// part ("won 120 of the 400 seats"), nor when another known entity stands between.
fn sentence_subject(
    text: &str,
    window: &[Token],
    first: usize,
    m: &Mention,
    prev: Option<(usize, usize)>,
) -> Option<(String, String)> {
    let start = m.sentence_start.min(m.start);
    let mut k0 = window.partition_point(|t| t.start < start);
    // past a short opening phrase and its comma ("Without a doubt, the Greens ...")
    if let Some(j) = (k0..(k0 + INTRO_WORDS).min(first)).find(|&j| {
        text.get(window[j].end..window.get(j + 1).map_or(window[j].end, |t| t.start))
            .is_some_and(|g| g.trim() == ",")
    }) {
        if text
            .get(start..window[j].end)
            .is_some_and(|o| !o.contains(|c: char| c.is_ascii_digit()))
        {
            k0 = j + 1;
        }
    }
    let start = if k0 > 0 && k0 < window.len() && window[k0].start > start {
        window[k0 - 1].end
    } else {
        start
    };
    let mut k = k0;
    while k < first
        && PURPOSE_DETERMINERS
            .iter()
            .any(|d| text[window[k].start..window[k].end].eq_ignore_ascii_case(d))
    {
        k += 1;
    }
    // only the sentence's own first words: nothing but spaces and marks before them
    let opening = text
        .get(start..window.get(k0)?.start)?
        .chars()
        .all(|c| !c.is_alphanumeric());
    if k >= first || !opening {
        return None;
    }
    if !capitalized(text, &window[k]) {
        return None;
    }
    let (canonical, n) = alias_in(text, &window[k..first])?;
    // no other known entity between the subject and the figure
    let other = (k + n..first).any(|j| {
        capitalized(text, &window[j])
            && alias_in(text, &window[j..first]).is_some_and(|(c, _)| c != canonical)
    });
    let whole = prev.is_some_and(|(_, end)| {
        text.get(end..m.start)
            .is_some_and(|g| matches!(g.trim(), "of" | "of the" | "out of"))
    });
    if other || whole {
        return None;
    }
    let shown = text[window[k].start..window[k + n - 1].end].to_string();
    Some((concat(&[ENTITY_KIND, ":", canonical]), shown))
}

/// Words at most of a phrase that opens a sentence before its subject and a comma.
pub const INTRO_WORDS: usize = 4;

/// Whether a name between two figures is the second's subject: a mark or a clause word
/// between the first figure and the name (`before`: byte range), none from the name to
/// the second figure (`after`), at most [`NAME_REACH`] words there ("86 - with Labour
/// tumbling to 191", "40, while the Greens took 22").
fn subject_of(text: &str, before: (usize, usize), after: (usize, usize)) -> bool {
    let (Some(b), Some(a)) = (text.get(before.0..before.1), text.get(after.0..after.1)) else {
        return false;
    };
    let b_lower = b.to_ascii_lowercase();
    let breaks = b.contains(SUBJECT_BREAKS)
        || b.contains(" - ")
        || super::features::words(&b_lower)
            .iter()
            .any(|&(x, y)| SUBJECT_OPENERS.contains(&&b_lower[x..y]));
    breaks
        && !a.contains(SUBJECT_BREAKS)
        && !a.contains(" - ")
        && super::features::words(a).len() <= NAME_REACH
}

/// Words that open a clause whose subject follows them ("with Labour tumbling to 191",
/// "while the Greens took 22").
pub const SUBJECT_OPENERS: &[&str] = &["with", "while", "whereas", "and", "but"];

/// Nouns of what a business takes in, which a product or a market may divide
/// ("iPhone revenue", "Greater China sales") from the whole ("revenue of $91.8 billion").
pub const SEGMENT_NOUNS: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "shipments",
    "bookings",
    "deliveries",
];

/// Words before a segment noun that name no segment: sizes, periods and words of the
/// whole ("quarterly revenue", "Total sales", "record revenue").
pub const NOT_SEGMENTS: &[&str] = &[
    "total",
    "net",
    "gross",
    "annual",
    "overall",
    "record",
    "global",
    "worldwide",
    "company",
    "group",
    "combined",
    "full-year",
    "fiscal",
    "holiday",
    "quarter",
    "period",
    "year-ago",
    "year-earlier",
    "first-quarter",
    "second-quarter",
    "third-quarter",
    "fourth-quarter",
    "all-time",
    "q1",
    "q2",
    "q3",
    "q4",
    "fq1",
    "fq2",
    "fq3",
    "fq4",
    "strong",
    "weak",
    "higher",
    "lower",
    "his",
    "her",
    "our",
    "their",
    "its",
    "whose",
    "expected",
    "forecast",
    "estimated",
    "projected",
    // verbs that take the noun as their object ("to post sales of ...")
    "see",
    "expect",
    "post",
    "posts",
    "report",
    "reports",
    "record",
    "records",
    "generate",
    "generates",
    "deliver",
    "delivers",
    "book",
    "books",
    "log",
    "logs",
    "show",
    "shows",
    "has",
    "have",
    "had",
    "hit",
    "hits",
    "lift",
    "lifts",
    "boost",
    "boosts",
    "drive",
    "drives",
    "cut",
    "cuts",
    "grow",
    "grows",
    "raise",
    "raises",
    "beat",
    "beats",
    "miss",
    "misses",
    "top",
    "tops",
];

/// Verbs whose particle stands before a segment noun, with the segment as their
/// subject ("iPhone pulled in revenues of $55.9 billion").
pub const SEGMENT_VERBS: &[&str] = &["pulled", "brought", "took", "raked"];

/// The key of the part of a business a figure of [`SEGMENT_NOUNS`] is of: the word
/// right before the noun nearest the figure in its clause ("iPhone revenue of $55.9
/// billion", "$13.6 billion in Greater China sales", "services revenue": `seg:iphone`,
/// `seg:china`, `seg:services`), or the subject of a verb with a particle ("iPhone
/// pulled in revenues of ..."); an empty key when the noun has none ("revenue of $91.8
/// billion", "quarterly revenue"): the whole. A segment's key contrasts as any key
/// (two segments differ only when the input sets them apart); the segment and the
/// whole always do (`part:segment`, `part:whole`: [`INHERENT_KINDS`]). Not a possessive ("Apple's revenue" is the whole), a number, a
/// time, a word of [`NOT_SEGMENTS`] or a word in "-ly".
fn segment(
    text: &str,
    window: &[Token],
    (first, last): (usize, usize),
    m: &Mention,
    (dist, own): (&dyn Fn(usize) -> usize, &dyn Fn(usize) -> bool),
    prev: Option<(usize, usize)>,
) -> Option<(String, String)> {
    let word = |k: usize| &text[window[k].start..window[k].end];
    // "iPhone sales: $55.9 billion": the label of a list line.
    let label = |i: usize| {
        i + 1 == first
            && text
                .get(window[i].end..m.start)
                .is_some_and(|g| g.trim_end() == ":")
    };
    let noun = (0..window.len())
        .filter(|&i| !(first..last).contains(&i) && dist(i) <= NAME_REACH)
        .filter(|&i| {
            own(i)
                || label(i)
                || (i < first
                    && (heads(text, window, i, (first, m.start))
                        || opens_clause(text, window, i, (first, m.start), prev)))
        })
        .filter(|&i| {
            SEGMENT_NOUNS
                .iter()
                .any(|n| word(i).eq_ignore_ascii_case(n))
        })
        .min_by_key(|&i| dist(i))?;
    let shown_noun = word(noun);
    // the word before `k`, next to it in one phrase
    let before = |k: usize| {
        k.checked_sub(1).filter(|&j| {
            text.get(window[j].end..window[k].start) == Some(" ") && !(first..last).contains(&j)
        })
    };
    let segment_word = |k: usize| {
        let w = word(k);
        let lower = w.to_ascii_lowercase();
        window[k].concept.is_some()
            && !lower.ends_with("ly")
            && !lower.ends_with("ed")
            && !lower.ends_with("ing")
            && ![RESULT_WORDS, EXPECTED_WORDS, GUIDANCE_WORDS]
                .iter()
                .any(|list| list.contains(&lower.as_str()))
            && !NOT_NAMES.contains(&lower.as_str())
            && !NOT_SEGMENTS.contains(&lower.as_str())
            && !crate::lexicon::words::TIME_NAMES.contains(&lower.as_str())
    };
    // A possessive or a number before the noun ("the cloud unit's sales", "2019
    // sales"): what it is of is not read here.
    if before(noun)
        .is_some_and(|k| word(k).contains(|c: char| c.is_ascii_digit() || c == '\'' || c == '’'))
    {
        return None;
    }
    let name = before(noun)
        .and_then(|k| {
            if segment_word(k) {
                return Some(k);
            }
            // "iPhone pulled in revenues": the verb's subject, a name
            let verb = before(k).filter(|&v| {
                word(k).eq_ignore_ascii_case("in")
                    && SEGMENT_VERBS
                        .iter()
                        .any(|s| word(v).eq_ignore_ascii_case(s))
            })?;
            before(verb).filter(|&n| capitalized(text, &window[n]) && segment_word(n))
        })
        .or_else(|| {
            // "revenue from hardware", "sales for its smartphones"
            let after = |k: usize| {
                window.get(k + 1).filter(|u| {
                    text.get(window[k].end..u.start) == Some(" ")
                        && !(first..last).contains(&(k + 1))
                })?;
                Some(k + 1)
            };
            let prep = after(noun).filter(|&k| {
                SEGMENT_PREPS
                    .iter()
                    .any(|p| word(k).eq_ignore_ascii_case(p))
            })?;
            let mut k = after(prep)?;
            if PURPOSE_DETERMINERS
                .iter()
                .any(|d| word(k).eq_ignore_ascii_case(d))
            {
                k = after(k)?;
            }
            segment_word(k).then_some(k)
        });
    Some(match name.map(word) {
        Some(n) => (
            concat(&["seg:", &super::features::stem(&n.to_ascii_lowercase())]),
            if name < Some(noun) {
                concat(&[n, " ", shown_noun])
            } else {
                concat(&[shown_noun, " of ", n])
            },
        ),
        None => (String::new(), String::new()),
    })
}

/// Whether token `i` opens the figure's own clause after the figure before it ("...
/// $6.3 billion, while revenue from services reached $4.4 billion": "revenue" is the
/// second figure's, though as near the first): a comma or a semicolon between the
/// figure before and the token, none from the token to this figure, at most
/// [`NAME_REACH`] + 2 words.
fn opens_clause(
    text: &str,
    window: &[Token],
    i: usize,
    (first, at): (usize, usize),
    prev: Option<(usize, usize)>,
) -> bool {
    let Some((_, prev_end)) = prev else {
        return false;
    };
    let breaks = [',', ';', ':', '(', ')', '.'];
    i + NAME_REACH + 2 >= first
        && prev_end <= window[i].start
        && text
            .get(prev_end..window[i].start)
            .is_some_and(|g| g.contains([',', ';']))
        && text
            .get(window[i].start..at)
            .is_some_and(|g| !g.contains(breaks))
}

/// Prepositions after a segment noun that name the segment ("revenue from hardware").
pub const SEGMENT_PREPS: &[&str] = &["from", "for"];

/// Marks between a name and a figure after it that end the name's clause.
const SUBJECT_BREAKS: &[char] = &[',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '.'];

/// The longest alias of [`ENTITY_ALIASES`] that the tokens open with, as (canonical
/// name, tokens it spans): "Liberal Democrats' 11%" -> ("liberal democrat", 2).
fn alias_in(text: &str, tokens: &[Token]) -> Option<(&'static str, usize)> {
    if !tokens.first().is_some_and(|t| t.opens_alias) {
        return None; // (issue 13: read once per word by `features`)
    }
    let mut phrase = String::new();
    let mut found = None;
    for (n, t) in tokens.iter().take(ALIAS_WORDS).enumerate() {
        if n > 0 {
            let gap = text.get(tokens[n - 1].end..t.start).unwrap_or("");
            if gap != " " {
                break;
            }
            phrase.push(' ');
        }
        // (issue 13: the small lowercase table; it differs from `to_lowercase` only on
        // a final capital sigma, which no alias holds)
        let w = crate::case::lowercase(&text[t.start..t.end]);
        let w = ["'s", "’s", "'", "’"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(&w);
        phrase.push_str(w);
        if let Some((_, c)) = ENTITY_ALIASES.iter().find(|(a, _)| *a == phrase) {
            found = Some((c, n + 1));
        }
    }
    found
}

/// The kind of a known entity's key: its own kind, so that it sets figures apart only
/// from another known entity's ("Tories" vs "Labour"), never from a name the table
/// does not know, which may be the same party abbreviated ("Free Democrats" / "FD").
pub const ENTITY_KIND: &str = "party";

/// Whether a key is a known entity's ([`ENTITY_ALIASES`]): such keys always contrast.
pub(crate) fn known_entity(key: &str) -> bool {
    key.strip_prefix(ENTITY_KIND)
        .and_then(|k| k.strip_prefix(':'))
        .is_some_and(|c| ENTITY_ALIASES.iter().any(|(_, k)| k == c))
}

/// Words that give a result as it came out ("posted", "reported"): an expectation
/// before them does not reach the figures after them.
pub const RESULT_WORDS: &[&str] = &[
    "posted",
    "reported",
    "reports",
    "earned",
    "delivered",
    "recorded",
    "logged",
    "generated",
    "totaled",
    "totalled",
    "actual",
    "actually",
    "came",
    "announced",
];

/// Words that make every figure after them in the sentence an expectation (a stricter
/// list than [`EXPECTED_WORDS`]: "analysts" and "estimates" also open counts).
/// Forecasts and projections are not among them: when a quantity lies ahead (next
/// year's deficit, an exit poll's seats), every outlet's figure is one ("measured: a
/// forecast of 2.9% vs the council's 3.1%" is one quantity in dispute).
pub const SENTENCE_EXPECTED_WORDS: &[&str] = &[
    "expected",
    "expectation",
    "expectations",
    "expecting",
    "consensus",
    "polled",
];

/// Estimate words, an expectation only after a market's estimator
/// ([`MARKET_ESTIMATORS`]).
pub const ESTIMATE_WORDS: &[&str] = &["estimate", "estimates"];

/// Who makes a market's estimates ("consensus estimates", "Wall Street's estimate").
pub const MARKET_ESTIMATORS: &[&str] = &["consensus", "street", "analysts", "analyst", "analysts’"];

/// Words that end the backward search for an expectation: a new clause of reason or
/// comparison ("is expected to go up, as it does not yet include 200 towns").
pub const SCAN_STOPS: &[&str] = &["as", "since", "if", "because", "though", "although"];

/// Whether an expectation word ([`SENTENCE_EXPECTED_WORDS`]) stands earlier in the figure's
/// sentence with no result word ([`RESULT_WORDS`]) or new clause between, and is not
/// said of a figure right before it ("$4.55 expected"). `prev`: the figure before.
fn sentence_expects(
    text: &str,
    window: &[Token],
    first: usize,
    prev: Option<(usize, usize)>,
) -> Option<&'static str> {
    for i in (0..first.min(window.len())).rev() {
        let t = &window[i];
        let gap = text.get(t.end..window.get(i + 1).map_or(t.end, |u| u.start));
        if t.clause == Clause::Starts || gap.is_some_and(|g| g.contains([';', '(', ')', '\n'])) {
            return None;
        }
        let w = text[t.start..t.end].to_ascii_lowercase();
        if RESULT_WORDS.contains(&w.as_str()) || SCAN_STOPS.contains(&w.as_str()) {
            return None;
        }
        // "estimates" alone are as often a count's ("crowd estimates"): only the
        // market's ("consensus estimates", "Wall Street's estimate") are expectations.
        let market = |k: usize| {
            let v = text[window[k].start..window[k].end].to_ascii_lowercase();
            let v = v
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches(['’', '\'']);
            MARKET_ESTIMATORS.contains(&v)
        };
        let expects = if hedge_estimated(text, window, i, first) {
            false
        } else if ESTIMATE_WORDS.contains(&w.as_str()) {
            i > 0 && market(i - 1)
        } else {
            SENTENCE_EXPECTED_WORDS.contains(&w.as_str())
        };
        if expects {
            let after_figure = prev.is_some_and(|(_, end)| {
                end <= t.start
                    && text.get(end..t.start).is_some_and(|g| {
                        g.split_whitespace().count() <= 1 && !g.contains([',', ';'])
                    })
            });
            if after_figure {
                return None;
            }
            return Some(if own_outlook(text, window, i) {
                "guidance"
            } else {
                "expected"
            });
        }
    }
    None
}

/// Modal words that, right before a verb of reaching or change, make the figure after
/// it a projection ("could rise to", "may exceed", "is likely to top", "will reach").
/// Not "will" or "would": those state plans ("spending would rise 4.2%", "duty will
/// rise by 3c"), which are the quantity itself.
pub const PROJECTION_MODALS: &[&str] = &["could", "may", "might", "likely"];

/// Verbs that, after a modal ([`PROJECTION_MODALS`]), project a figure.
/// Only verbs of growth past a figure already counted: "could reach €300 million" or
/// "could be 300" as often estimate a sum no one has counted yet, one quantity with the
/// other estimates.
pub const PROJECTION_VERBS: &[&str] = &[
    "rise", "climb", "exceed", "surpass", "grow", "increase", "soar", "jump", "double", "triple",
    "mount", "swell",
];

/// Words that may stand between a modal, its verb and the figure ("could well rise
/// to", "is likely to climb past", "may eventually exceed").
pub const PROJECTION_FILLERS: &[&str] = &[
    "to",
    "past",
    "above",
    "beyond",
    "over",
    "by",
    "as",
    "high",
    "well",
    "still",
    "further",
    "eventually",
    "soon",
    "easily",
    "even",
    "much",
    "significantly",
    "substantially",
];

/// Whether the words right before a figure project it: a modal, then a verb of
/// reaching or change, with only fillers between and after ([`PROJECTION_MODALS`],
/// [`PROJECTION_VERBS`], [`PROJECTION_FILLERS`]); not when negated ("could not reach").
fn projected(text: &str, window: &[Token], first: usize) -> bool {
    let word = |i: usize| text[window[i].start..window[i].end].to_ascii_lowercase();
    // A hedge of the figure's own may be the verb or its filler ("may exceed 1,500",
    // "is likely to climb past 1,000").
    let from = match window.get(first) {
        Some(_) if PROJECTION_VERBS.contains(&word(first).as_str()) => first + 1,
        Some(_) if PROJECTION_FILLERS.contains(&word(first).as_str()) => first + 1,
        _ => first.min(window.len()),
    };
    let mut verb = false;
    for i in (0..from).rev().take(PROJECTION_REACH) {
        let w = word(i);
        if !verb && PROJECTION_VERBS.contains(&w.as_str()) {
            verb = true;
        } else if verb && PROJECTION_MODALS.contains(&w.as_str()) {
            return true;
        } else if !PROJECTION_FILLERS.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// Whether the figure's own clause goes on to surmise it: a modal of doubt and
/// "have" or "be" within [`PROJECTION_REACH`] words after it ("thousands of children
/// may have died", "as many as 300 could be trapped").
fn surmised(text: &str, window: &[Token], last: usize) -> bool {
    let word = |i: usize| text[window[i].start..window[i].end].to_ascii_lowercase();
    let end = (last + PROJECTION_REACH).min(window.len());
    for i in last..end {
        let gap = text
            .get(window[i.max(1) - 1].end..window[i].start)
            .unwrap_or("");
        if (i > last && window[i].clause == Clause::Starts)
            || gap.contains([',', ';', '.', '(', ')', '\n', ':'])
        {
            return false;
        }
        if SURMISE_MODALS.contains(&word(i).as_str()) {
            return i + 1 < window.len() && matches!(word(i + 1).as_str(), "have" | "be");
        }
    }
    false
}

/// Modals of doubt after a figure ([`surmised`]).
pub const SURMISE_MODALS: &[&str] = &["may", "might", "could"];

/// Words read back from a figure for a projection ([`projected`]).
pub const PROJECTION_REACH: usize = 6;

/// Subjects that make an expectation the company's own outlook ("It is expecting
/// revenue of ...", "the company expects"), not the analysts'.
pub const OWN_SUBJECTS: &[&str] = &["it", "company", "firm", "group", "management", "we"];

/// Words between such a subject and its expectation word that keep the voice active
/// ("it is expecting", "the company now expects"; not "had been expected").
pub const ACTIVE_AUX: &[&str] = &["is", "now", "still", "also", "currently", "has", "had"];

/// Whether the expectation word at token `i` is the company's own ([`OWN_SUBJECTS`]
/// then words of [`ACTIVE_AUX`]), an outlook of its own (`guidance`); a passive
/// ("the company had been expected to post") stays the analysts'.
fn own_outlook(text: &str, window: &[Token], i: usize) -> bool {
    let word = |k: usize| text[window[k].start..window[k].end].to_ascii_lowercase();
    let mut k = i;
    for _ in 0..=2 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let w = word(k);
        if OWN_SUBJECTS.contains(&w.as_str()) {
            // "had expected" is active; "had been expected" never reaches here
            return !(word(i) == "expected" && i >= 1 && word(i - 1) == "is");
        }
        if !ACTIVE_AUX.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// Verbs that, before *by*, make the figure after them an increment ("the toll rose by
/// six"): a change of a count or a sum, not its level.
pub const INCREMENT_VERBS: &[&str] = &[
    "rose",
    "risen",
    "increased",
    "grew",
    "grown",
    "climbed",
    "jumped",
    "fell",
    "fallen",
    "dropped",
    "decreased",
    "declined",
    "up",
    "down",
    "swelled",
    "gained",
    "lost",
];

/// Whether a count or a sum is an increment: "<verb> by" right before it ("increased by
/// six on Sunday", "fell by $2 million"). Percentages are left alone: "rose by 9%" and
/// "a 9% rise" are one change told two ways.
fn increment(text: &str, m: &Mention) -> bool {
    if m.dimension == crate::report::Dimension::Percent {
        return false;
    }
    let from = m.start.saturating_sub(INCREMENT_REACH);
    let from = (from..=m.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(m.start);
    // (issue 13: lent when there is no capital, as in most spans)
    let before = &text[from..m.start];
    let before = if before.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(before.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(before)
    };
    let mut words = before.split_whitespace().rev();
    let (last, second) = (words.next(), words.next());
    let by_verb = last == Some("by") && second.is_some_and(|w| INCREMENT_VERBS.contains(&w));
    // "up 13 seats", "down 4"; "a net loss of 10 seats", "a gain of 12" (counts only:
    // "a loss of $2 billion" is a sum lost, the level itself).
    // Only after a mark or a form of "be" ("48, up 13", "is down 4"): after a verb the
    // word is its particle ("bringing down thousands of buildings").
    let direct = last.is_some_and(|w| DIRECT_CHANGE_WORDS.contains(&w))
        && (second.is_some_and(|w| w.ends_with([',', '(', ';']) || BE_WORDS.contains(&w))
            || matches!(second, Some("-" | "–" | "—")));
    let noun = m.dimension == crate::report::Dimension::Count
        && last == Some("of")
        && second.is_some_and(|w| CHANGE_NOUNS.contains(&w));
    // "losing 59 seats", "shedding a total of 12": a count lost is a change.
    let verb = m.dimension == crate::report::Dimension::Count && {
        let mut ws = before.split_whitespace().rev().peekable();
        let mut w = ws.next();
        if w == Some("of") && ws.peek() == Some(&"total") {
            ws.next();
            let article = ws.next();
            w = if article == Some("a") {
                ws.next()
            } else {
                None
            };
        }
        w.is_some_and(|w| CHANGE_VERBS.contains(&w))
    };
    by_verb || direct || noun || verb
}

/// Verbs right before a count (or "a total of" it) that make it a change ("losing 59
/// seats", "shedding a total of 12"). Not "gaining": "the party gaining 368 seats" is
/// as often the seats won.
pub const CHANGE_VERBS: &[&str] = &["losing", "shedding"];

/// Words right before a figure that make it a change ("up 13 seats", "down 59").
pub const DIRECT_CHANGE_WORDS: &[&str] = &["up", "down"];

/// Forms of "be" before "up" or "down" that make the figure after them a change ("is
/// up 5").
pub const BE_WORDS: &[&str] = &["is", "are", "was", "were", "be", "been"];

/// Nouns that, before *of*, make a count a change ("a net loss of 10 seats", "a gain
/// of 12").
pub const CHANGE_NOUNS: &[&str] = &[
    "gain", "gains", "loss", "losses", "increase", "decrease", "rise", "fall", "drop", "swing",
];

/// Bytes before a figure read for "<verb> by".
pub const INCREMENT_REACH: usize = 24;

/// Phrases that point a year back ("a year ago", "the year-ago quarter", "the same
/// period last year"), lowercase, matched at word starts.
pub const YEAR_BACK: &[&str] = &[
    "a year ago",
    "a year earlier",
    "a year before",
    "one year ago",
    "one year earlier",
    "year-ago",
    "year ago",
    "year-earlier",
    "last year",
    "the year prior",
    "the prior year",
    "the previous year",
    "the year before",
];

/// Bytes before a figure read for "up from" or "down from".
pub const FROM_REACH: usize = 16;

/// Bytes after a figure searched for the year-back phrase that is its own ("$13.17
/// billion a year ago").
pub const YEAR_BACK_REACH: usize = 40;

/// How far into its sentence, before its first figure, a year-back phrase may stand and
/// still scope the sentence ("In the same quarter last year, ..."), in bytes. Chosen by
/// hand, well past any real sentence's opening; it keeps the work per figure constant on
/// one very long sentence (a figure-dense line of 1 MB).
pub const OPENING_REACH: usize = 400;

/// Whether a figure is the level of a year before (see [`Entities::baseline`]): a
/// year-back phrase right after it, in its own clause and with no other figure between
/// ("$13.17 billion a year ago"; not "9% from a year earlier", the change since then);
/// or one that opens its sentence before any figure ("In the same period one year ago,
/// Apple earned $4.18").
fn baseline(text: &str, m: &Mention) -> bool {
    // (issue 13: lent when there is no capital, as in most spans: three copies a figure;
    // and cut before it is folded, where only a prefix is read: ASCII folding keeps
    // every byte offset and leaves digits and marks as they are)
    fn fold(s: &str) -> std::borrow::Cow<'_, str> {
        if s.bytes().fold(false, |a, b| a | b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(s.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }
    let lower = |a: usize, b: usize| text.get(a..b).map(fold);
    let prefix = |a: usize, b: usize, stop: &dyn Fn(char) -> bool| {
        text.get(a..b)
            .map(|s| fold(&s[..s.find(stop).unwrap_or(s.len())]))
    };
    // "203 seats (down from 262)", "up from 40": the level the change is from (not a
    // percentage: "up from 9%" is as often the rate's own earlier value, told once).
    let mut from = m.start.saturating_sub(FROM_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if m.dimension != crate::report::Dimension::Percent {
        if let Some(before) = lower(from, m.start) {
            let mut words = before.split_whitespace().rev();
            let (last, second) = (words.next(), words.next());
            let second = second.map(|w| w.trim_start_matches(['(', '[', ',']));
            if last == Some("from") && second.is_some_and(|w| matches!(w, "up" | "down")) {
                return true;
            }
        }
    }
    let stop = |c: char| matches!(c, ',' | ';' | '.' | '\n' | '(' | ')') || c.is_ascii_digit();
    let sentence_end = m.sentence_end.max(m.end).min(text.len());
    let mut reach = (m.end + YEAR_BACK_REACH).min(sentence_end);
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    if let Some(after) = prefix(m.end, reach, &stop) {
        let after = &*after;
        if let Some(at) = find_phrase(after, YEAR_BACK) {
            let between = &after[..at];
            let change = between
                .split_whitespace()
                .any(|w| w == "from" || w == "since");
            if !(change && m.dimension == crate::report::Dimension::Percent) {
                return true;
            }
        }
    }
    // Only the sentence's opening words can open it: a bounded prefix keeps the work per
    // figure constant however long the sentence (one figure-dense line of 1 MB).
    let open_start = m.sentence_start.min(m.start);
    let mut open_end = (open_start + OPENING_REACH).min(m.start);
    while !text.is_char_boundary(open_end) {
        open_end -= 1;
    }
    prefix(open_start, open_end, &|c: char| c.is_ascii_digit())
        .is_some_and(|before| find_phrase(&before, YEAR_BACK).is_some())
}

/// The byte offset of the first phrase of `list` in `hay` that starts a word.
///
/// Each phrase's matches are its non-overlapping ones, left to right, as
/// `match_indices` finds them. (issue 13: one pass over the bytes of `hay` that may
/// start a phrase; a `StrSearcher` built per phrase and call was 14% of a
/// figure-dense compare.)
fn find_phrase(hay: &str, list: &[&str]) -> Option<usize> {
    if list.iter().any(|p| p.is_empty()) {
        return Some(0);
    }
    let h = hay.as_bytes();
    let mut firsts = [0u64; 4];
    for p in list {
        let b = p.as_bytes()[0];
        firsts[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    let mut best: Option<usize> = None;
    for (j, &b) in h.iter().enumerate() {
        if best.is_some_and(|x| j >= x) {
            break;
        }
        // a phrase starts with a whole char: where its first byte is, a char starts
        if firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0
            || (j > 0 && hay[..j].ends_with(char::is_alphanumeric))
        {
            continue;
        }
        for p in list.iter().filter(|p| h[j..].starts_with(p.as_bytes())) {
            // an earlier match of the phrase that overlaps this one may hide it:
            // then its first match that starts a word is read the long way
            let overlapped =
                (j.saturating_sub(p.len() - 1)..j).any(|i| h[i..].starts_with(p.as_bytes()));
            let at = if overlapped {
                word_match(hay, p)
            } else {
                Some(j)
            };
            best = match (best, at) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
        }
    }
    best
}

/// The first of the non-overlapping matches of `phrase` in `hay`, left to right, that
/// starts a word.
fn word_match(hay: &str, phrase: &str) -> Option<usize> {
    let (h, p) = (hay.as_bytes(), phrase.as_bytes());
    let mut i = 0;
    while i + p.len() <= h.len() {
        // a match starts where `phrase`'s first char does: on a char boundary
        if h[i..].starts_with(p) {
            if i == 0 || !hay[..i].ends_with(char::is_alphanumeric) {
                return Some(i);
            }
            i += p.len().max(1);
        } else {
            i += 1;
        }
    }
    None
}

/// Whether a word has a capital letter: at its start ("Labour") or inside ("iPhone").
fn capitalized(_text: &str, t: &Token) -> bool {
    t.capitalized // (issue 13: `text[t.start..t.end].chars().any(char::is_uppercase)`, read once)
}

/// A name before the figure with only a colon, a dash or spaces between: a list line
/// ("SNP: 48", "Lab 203"). With only a space between, the figure must open with its
/// number: in "Syria passed 11,000" or "Turkey surpassed 5,000" the name is the
/// subject of a verb the figure opens with (and may be the tail of "Turkey and
/// Syria"), not a list line's label.
///
/// Not in a headline written in title case ("Blaze Scorches 140,000 Acres In A Week"):
/// there every word is capitalized, the figure's own noun too, and the word before it
/// is a verb, not a label.
fn name_before(text: &str, t: &Token, m: &Mention) -> bool {
    let opens_with_number = !m.text.starts_with(char::is_alphabetic);
    !title_cased(&m.text)
        && t.end <= m.start
        && text.get(t.end..m.start).is_some_and(|g| {
            let marked = g.contains([':', '-']);
            (g.len() <= 4
                && g.chars().all(|c| c.is_whitespace() || c == ':' || c == '-')
                && (marked || opens_with_number))
                || LIST_JOINERS.contains(&g.trim_end())
        })
}

/// Whether a figure's words after its number are capitalized like a title's ("140,000
/// Acres", "$2 Billion"), not an abbreviation ("5 MW").
fn title_cased(figure: &str) -> bool {
    let after = figure
        .find(|c: char| c.is_ascii_digit())
        .map_or("", |i| &figure[i..]);
    after.split(|c: char| !c.is_alphabetic()).any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    })
}

/// What stands between a name and its figure in a running list ("Los Angeles, with
/// 450,000, and New York, with 400,000").
pub const LIST_JOINERS: &[&str] = &[", with", " with", ", at", ", on"];

/// "an estimated 500", "estimated 500", "an expected 79 people dead": an expectation
/// word right before the figure after an article hedges the figure itself (a reporter's
/// estimate of the result), it does not make it a forecast.
fn hedge_estimated(text: &str, window: &[Token], i: usize, first: usize) -> bool {
    let word = |k: usize| &text[window[k].start..window[k].end];
    let article = i > 0
        && ["an", "a"]
            .iter()
            .any(|a| word(i - 1).eq_ignore_ascii_case(a))
        && text.get(window[i - 1].end..window[i].start) == Some(" ");
    i + 1 == first && (word(i).eq_ignore_ascii_case("estimated") || article)
}

/// "second quake": the ordinal and the word after it.
fn event_phrase(text: &str, window: &[Token], i: usize, first: usize) -> String {
    let to = if i + 1 < first { i + 1 } else { i };
    text[window[i].start..window[to].end].to_ascii_lowercase()
}

/// The rank an event mark gives ("second quake", "second large" -> "second"; an
/// aftershock -> [`LATER_EVENT`]; a past year as it is): what [`apart`] compares.
fn event_rank(event: &str) -> &str {
    let head = event.split(' ').next().unwrap_or(event);
    if LATER_EVENTS.contains(&head) {
        LATER_EVENT
    } else if EVENT_ORDINALS.contains(&head) {
        head
    } else {
        event
    }
}

/// Whether two figures' events keep them apart: different ranks, where a later event
/// of unknown rank ([`LATER_EVENT`]) is apart only from the unmarked first and from a
/// past year.
fn events_apart(a: Option<&str>, b: Option<&str>) -> bool {
    let later_fits = |x: &str, y: &str| x == LATER_EVENT && EVENT_ORDINALS.contains(&y);
    match (a.map(event_rank), b.map(event_rank)) {
        (Some(x), Some(y)) => x != y && !later_fits(x, y) && !later_fits(y, x),
        (x, y) => x != y,
    }
}

/// Whether the mark at token `i` heads the phrase of the figure whose first token is
/// `first` and which starts at byte `at`: at most [`HEAD_WORDS`] words, then a link of [`HEAD_LINKS`] right before
/// the figure, with only spaces between them ("closing price of $38.80", "second
/// earthquake of magnitude 7.6", "quake measuring 7.5").
fn heads(text: &str, window: &[Token], i: usize, (first, at): (usize, usize)) -> bool {
    if i + 2 > first || first - i > HEAD_WORDS + 2 || first > window.len() {
        return false;
    }
    let link = &window[first - 1];
    let spaced = (i..first - 1).all(|k| {
        text.get(window[k].end..window[k + 1].start)
            .is_some_and(|g| g == " ")
    }) && text.get(link.end..at).is_some_and(|g| g == " ");
    spaced
        && HEAD_LINKS
            .iter()
            .any(|l| text[link.start..link.end].eq_ignore_ascii_case(l))
}

/// Whether the figure measures an event itself: an event noun heads its phrase ("a
/// quake measuring 7.5", "a tremor of magnitude 6.1") or follows it ("a magnitude 7.8
/// earthquake").
fn measures_event(text: &str, window: &[Token], (first, last): (usize, usize)) -> bool {
    let word = |k: usize| {
        window
            .get(k)
            .map(|t| text[t.start..t.end].to_ascii_lowercase())
    };
    let event = |k: usize| word(k).is_some_and(|w| EVENT_NOUNS.contains(&w.as_str()));
    let linked = first >= 2
        && word(first - 1).is_some_and(|w| HEAD_LINKS.contains(&w.as_str()))
        && event(first - 2);
    linked || event(last)
}

/// Whether token `i` is in a relative clause that opens right after the figure and is
/// said of it ("the $38.80 at which the shares closed"), at most [`HEAD_WORDS`] + 1
/// words into it, with no mark between.
fn relative_of(text: &str, window: &[Token], last: usize, i: usize) -> bool {
    let word = |k: usize| window.get(k).map_or("", |t| &text[t.start..t.end]);
    let opens = RELATIVE_OPENINGS
        .iter()
        .any(|(a, b)| word(last).eq_ignore_ascii_case(a) && word(last + 1).eq_ignore_ascii_case(b));
    opens
        && i >= last + 2
        && i <= last + HEAD_WORDS + 3
        && (last..i).all(|k| {
            text.get(window[k].end..window[k + 1].start)
                .is_some_and(|g| g == " ")
        })
}

/// The words that open a relative clause said of the figure before them ("the $38.80
/// at which the shares closed").
pub const RELATIVE_OPENINGS: &[(&str, &str)] = &[("at", "which"), ("at", "where")];

/// The event that the sentence before names with an ordinal ("A second quake struck at
/// noon."), in the same paragraph, when the figure's sentence refers back to it: it
/// opens with a pronoun of [`BACK_REFERENCES`] ("It measured 7.5") or with "the" and
/// the event's noun ("The tremor measured 7.5"). Reads at most [`BACK_REACH`] bytes.
fn event_before(text: &str, window: &[Token], m: &Mention) -> Option<String> {
    let start = m.sentence_start.min(m.start);
    // the sentence's first words (the window holds the figure's sentence)
    let mut opening = window
        .iter()
        .filter(|t| t.start >= start && t.end <= m.start)
        .take(2)
        .map(|t| text[t.start..t.end].to_ascii_lowercase());
    let (first_word, second_word) = (opening.next()?, opening.next());
    let mut from = start.saturating_sub(BACK_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // the sentence before, in the same paragraph: after the last sentence end or line
    // break before it (or from the reach's start, when it is longer)
    let body = text.get(from..start)?.trim_end();
    let body = body.strip_suffix(['.', '!', '?'])?;
    let at = body.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    if text[from + at..start].contains('\n') {
        return None;
    }
    let sentence = body[at..].to_ascii_lowercase();
    let words = super::features::words(&sentence);
    let word = |k: usize| words.get(k).map(|&(a, b)| &sentence[a..b]);
    let (ordinal, noun) = (0..words.len()).find_map(|k| {
        let w = word(k)?;
        let noun = word(k + 1).filter(|n| EVENT_NOUNS.contains(n));
        EVENT_ORDINALS.contains(&w).then_some((w, noun?))
    })?;
    let stem = super::features::stem;
    let refers = BACK_REFERENCES.contains(&first_word.as_str())
        || (first_word == "the" && second_word.is_some_and(|w| stem(&w) == stem(noun)));
    refers.then(|| concat(&[ordinal, " ", noun]))
}

/// The written shape of a figure, for the two sides of a pair: whether it is a
/// percentage and whether it opens with a currency sign ("62%" and "38%" pair; "16.9%"
/// and "$12.72 billion" do not).
fn shape(figure: &str) -> (bool, bool) {
    // (issue 13: searched without case, not in a lowercase copy: four copies per figure)
    let has = |w: &str| {
        figure
            .as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    (
        figure.contains('%') || has("percent") || has("per cent"),
        figure.starts_with(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '+' | '−')),
    )
}

/// "for schools", "for the hospitals" right after the figure: what it is for.
fn purpose(text: &str, window: &[Token], last: usize) -> Option<(String, String)> {
    let f = window.get(last)?;
    if !text[f.start..f.end].eq_ignore_ascii_case("for") {
        return None;
    }
    let mut k = last + 1;
    if window.get(k).is_some_and(|t| {
        PURPOSE_DETERMINERS
            .iter()
            .any(|d| text[t.start..t.end].eq_ignore_ascii_case(d))
    }) {
        k += 1;
    }
    let t = window.get(k)?;
    let word = &text[t.start..t.end];
    let adjacent = text
        .get(f.end..t.start)
        .is_some_and(|g| g.trim().len() <= 4 && !g.contains([',', '.', ';']));
    (t.concept.is_some() && adjacent && !word.starts_with(|c: char| c.is_ascii_digit())).then(
        || {
            let stem = super::features::stem(&word.to_ascii_lowercase());
            (concat(&["for:", &stem]), concat(&["for ", word]))
        },
    )
}

/// The point a distance is measured from, right after it: "from" ("80 km from the
/// coast"), or a direction and "of" ("90 miles north of the capital"), past a bracket
/// that restates the figure ("90 miles (145 km) north of ..."): `from:<stem>` of the
/// word after the determiner. Two distances from different points are two quantities
/// ([`INHERENT_KINDS`]).
fn reference_point(text: &str, m: &Mention) -> Option<(String, String)> {
    if m.dimension != crate::report::Dimension::Length {
        return None;
    }
    let mut end = (m.end + REFERENCE_REACH)
        .min(m.sentence_end.max(m.end))
        .min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut rest = text.get(m.end..end)?.trim_start();
    if let Some(after) = rest.strip_prefix('(') {
        rest = after.split_once(')')?.1.trim_start();
    }
    let mut words = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')'))
        .filter(|w| !w.is_empty());
    let mut w = words.next()?.to_ascii_lowercase();
    let direction = DIRECTIONS.contains(&w.as_str());
    if direction {
        w = words.next()?.to_ascii_lowercase();
    }
    if !(w == "from" || (direction && w == "of")) {
        return None;
    }
    let mut point = words.next()?;
    if PURPOSE_DETERMINERS
        .iter()
        .any(|d| point.eq_ignore_ascii_case(d))
    {
        point = words.next()?;
    }
    let bare = ["'s", "’s", "‘s"]
        .iter()
        .find_map(|p| point.strip_suffix(p))
        .unwrap_or(point);
    if bare.is_empty() || bare.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let stem = super::features::stem(&bare.to_ascii_lowercase());
    Some((concat(&["from:", &stem]), concat(&["from ", bare])))
}

/// Bytes after a distance read for the point it is measured from.
pub const REFERENCE_REACH: usize = 60;

/// Directions between a distance and "of" ("90 miles north of").
pub const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "away",
    "outside",
    "inland",
    "offshore",
];

/// Determiners between "for" and what a sum is for.
const PURPOSE_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "new"];

/// Whether the gap between two figures joins them as a pair.
fn joined(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    let g = gap.trim();
    let joiner = |g: &str| PAIR_JOINERS.iter().any(|j| g.eq_ignore_ascii_case(j));
    // "218-214", "62% vs. 38%"; or with the counted noun between: "31 votes to 19".
    (gap.len() <= PAIR_GAP && joiner(g))
        || (gap.len() <= PAIR_NOUN_GAP
            && g.split_once(' ').is_some_and(|(noun, j)| {
                noun.chars().all(char::is_alphabetic) && noun.ends_with('s') && joiner(j.trim())
            }))
}

/// The key of a named place qualifier: "in Turkey" -> `who:turkey`; "across Turkey
/// and Syria" -> `who:syria+turkey`; "in government-held areas" -> `who:government`.
fn place_key(m: &Mention) -> Option<(String, String)> {
    for q in &m.qualifiers {
        let scoping = q
            .text
            .split(' ')
            .next()
            .is_some_and(|p| SCOPE_PREPS.iter().any(|s| p.eq_ignore_ascii_case(s)));
        if q.kind != QualifierKind::Place || !scoping {
            continue;
        }
        let names = place_names(&q.text);
        if names.is_empty() {
            continue;
        }
        let shown = q
            .text
            .split_once(' ')
            .map_or(q.text.as_str(), |(_, rest)| rest)
            .to_string();
        return Some((concat(&["who:", &names.join("+")]), shown));
    }
    None
}

/// The places a place qualifier names, lowercase: each run of capitalized words one
/// space apart is one name ("in New York" -> `new york`; "across Turkey and Syria" ->
/// `turkey`, `syria`); a possessive ends a name ("Syria's north"), dots join the
/// letters of an abbreviation ("the U.S." -> `us`), and an abbreviation after a comma
/// is the state of the name before it ("Springfield, Ill."). A city word closing a
/// name of three words or more is dropped ("New York City" -> `new york`). An area
/// held by a side ("government-held areas", "Syria's rebel-held north") is named by
/// the side alone: it is the narrower scope.
pub(crate) fn place_names(q: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut held: Vec<String> = Vec::new();
    // the words of the name being read, as byte ranges of `q`
    let mut current: Vec<(usize, usize)> = Vec::new();
    let mut after_comma = false;
    let close = |current: &mut Vec<(usize, usize)>, names: &mut Vec<String>, after_comma: bool| {
        if current.len() >= 3
            && current.last().is_some_and(|&(a, b)| {
                PLACE_SUFFIXES
                    .iter()
                    .any(|s| q[a..b].eq_ignore_ascii_case(s))
            })
        {
            current.pop();
        }
        let (Some(&(a, _)), Some(&(_, b))) = (current.first(), current.last()) else {
            return;
        };
        let name = q[a..b].to_ascii_lowercase().replace('.', "");
        let abbreviation = current.len() == 1 && q[a..b].contains('.') && after_comma;
        if !abbreviation && !name.is_empty() && !BROAD_PLACES.contains(&name.as_str()) {
            names.push(name);
        }
        current.clear();
    };
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in q.char_indices().chain(std::iter::once((q.len(), ' '))) {
        let part = c.is_alphanumeric() || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                words.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    let mut prev_end = 0;
    for &(a, b) in &words {
        let w = &q[a..b];
        let gap = q.get(prev_end..a).unwrap_or(",");
        let lower = w.to_ascii_lowercase();
        let held_word = w.contains('-') && HELD_SUFFIXES.iter().any(|s| lower.ends_with(s));
        let capital = w.starts_with(char::is_uppercase) && !NOT_NAMES.contains(&lower.as_str());
        // "U.S.", "D.C.": short words each closed by a dot are one abbreviation
        let end = if capital && b - a <= 2 && q[b..].starts_with('.') {
            b + 1
        } else {
            b
        };
        let dotted = gap.is_empty() && end > b;
        let joins = capital && !current.is_empty() && (gap == " " || dotted);
        if dotted && joins {
            if let Some(last) = current.last_mut() {
                last.1 = end;
            }
            prev_end = end;
            continue;
        }
        if !joins {
            close(&mut current, &mut names, after_comma);
            after_comma = gap.contains(',');
        }
        if held_word {
            let head = lower.split('-').next().unwrap_or("");
            held.push(held_synonym(head).to_string());
        } else if capital {
            current.push((a, end));
        }
        prev_end = end;
    }
    close(&mut current, &mut names, after_comma);
    if !held.is_empty() {
        names = held;
    }
    crate::sort::sort(&mut names);
    names.dedup();
    names
}

/// Places that hold whole countries: a figure said of one is not set apart from a
/// figure said of a country in it ("four seasons in Europe", "four seasons in Spain").
pub const BROAD_PLACES: &[&str] = &[
    "europe",
    "asia",
    "africa",
    "oceania",
    "antarctica",
    "north america",
    "south america",
    "latin america",
    "the americas",
    "americas",
    "middle east",
    "the middle east",
];

/// Words for a city that may close a place's name ("New York City").
pub const PLACE_SUFFIXES: &[&str] = &["city"];

/// A place the figure's own clause names with a scope preposition that no place
/// qualifier holds ("the toll in Syria's rebel-held north rose to 211", "400,000 took
/// to the streets of Verona"): the capitalized words after the preposition (or after
/// [`PLACE_OF_NOUNS`] and "of"), read as [`place_names`] reads a qualifier. The
/// preposition is the figure's own word, or stands before it in its clause with no
/// mark and no other figure between.
fn clause_place(
    text: &str,
    window: &[Token],
    (first, last): (usize, usize),
    m: &Mention,
    (dist, own): (&dyn Fn(usize) -> usize, &dyn Fn(usize) -> bool),
    (prev, next): (Option<(usize, usize)>, Option<(usize, usize)>),
) -> Option<(String, String)> {
    let word = |k: usize| crate::case::lowercase(&text[window[k].start..window[k].end]);
    let in_qualifier = |t: &Token| {
        m.qualifiers.iter().any(|q| {
            matches!(q.kind, QualifierKind::Attribution | QualifierKind::Time)
                && q.start <= t.start
                && t.end <= q.end
        })
    };
    let mut best: Option<(usize, (String, String))> = None;
    for i in 0..window.len() {
        if (first..last).contains(&i) || in_qualifier(&window[i]) {
            continue;
        }
        // (issue 13: an ASCII word is matched without a lowercase copy, and a word that
        // cannot fold to ASCII is none of these ASCII words: a copy per token of every
        // window was a tenth of a compare of figures among CJK and emoji)
        let raw = &text[window[i].start..window[i].end];
        let of_place = || i > 0 && PLACE_OF_NOUNS.contains(&word(i - 1).as_str());
        let scope = if raw.is_ascii() {
            SCOPE_PREPS.iter().any(|p| raw.eq_ignore_ascii_case(p))
                || (raw.eq_ignore_ascii_case("of") && of_place())
        } else if raw
            .chars()
            .all(|c| c != '\u{130}' && crate::case::lower_char(c).is_ascii())
        {
            let w = word(i);
            SCOPE_PREPS.contains(&w.as_str()) || (w == "of" && of_place())
        } else {
            false
        };
        if !scope {
            continue;
        }
        let t = &window[i];
        let before_in_clause = i < first
            && prev.map_or(true, |(_, e)| e <= t.start)
            && dist(i) <= PLACE_REACH
            && text
                .get(t.end..m.start)
                .is_some_and(|g| !g.contains(SUBJECT_BREAKS) && !g.contains(" - "));
        let after_own =
            i >= last && next.map_or(true, |(s, _)| t.end <= s) && own(i) && dist(i) <= MARK_REACH;
        if !(before_in_clause || after_own) {
            continue;
        }
        // The phrase after the preposition: its determiner, then capitalized words,
        // possessives, "and" and held areas, up to the first other word.
        let mut k = i + 1;
        if window.get(k).is_some_and(|_| word(k) == "the") {
            k += 1;
        }
        let Some(head) = window.get(k) else {
            continue;
        };
        let hw = word(k);
        let held = |w: &str| HELD_SUFFIXES.iter().any(|s| w.ends_with(s));
        let held_after = |k: usize| {
            HELD_SUFFIXES
                .iter()
                .any(|h| text[window[k].end..].starts_with(h))
        };
        let held_next = held_after(k);
        if (!head.capitalized && !held_next)
            || NOT_NAMES.contains(&hw.as_str())
            || crate::context::tables::AGENTS.contains(&hw.as_str())
            || crate::lexicon::words::TIME_NAMES.contains(&hw.as_str())
            || alias_in(text, &window[k..]).is_some()
        {
            continue;
        }
        let short = |j: usize| window[j].capitalized && window[j].end - window[j].start <= 2;
        let mut end = k;
        while end + 1 < window.len()
            && !(first..last).contains(&(end + 1))
            && end + 1 < k + PLACE_WORDS
            && text
                .get(window[end].end..window[end + 1].start)
                .is_some_and(|g| {
                    (!g.contains(SUBJECT_BREAKS) && g.len() <= 3)
                        || (g == "." && short(end) && short(end + 1))
                })
            && (window[end + 1].capitalized
                || word(end + 1) == "and"
                || held(&concat(&["-", &word(end + 1)]))
                || held_after(end + 1)
                || ["s"].contains(&word(end + 1).as_str()))
        {
            end += 1;
        }
        // not a closing "and", nor a pronoun after it ("in Spain and I felt")
        while end > k && (word(end) == "and" || NOT_NAMES.contains(&word(end).as_str())) {
            end -= 1;
        }
        // an abbreviation's closing dot ("in the U.S.")
        let stop = if short(end) && text[window[end].end..].starts_with('.') {
            window[end].end + 1
        } else {
            window[end].end
        };
        let phrase = &text[window[i].start..stop];
        let names = place_names(phrase);
        if names.is_empty() {
            continue;
        }
        let d = dist(i);
        if best.as_ref().map_or(true, |(bd, _)| d < *bd) {
            let shown = text[head.start..stop].to_string();
            best = Some((d, (concat(&["who:", &names.join("+")]), shown)));
        }
    }
    best.map(|(_, k)| k)
}

/// Endings of a word for an area held by a side ("rebel-held").
pub const HELD_SUFFIXES: &[&str] = &["-held", "-controlled", "-run"];

/// Nouns after which "of" names the place a figure is of ("the streets of Verona").
pub const PLACE_OF_NOUNS: &[&str] = &["streets", "city", "town", "capital", "region", "province"];

/// Content words at most between a scope preposition before the figure and the figure.
pub const PLACE_REACH: usize = 8;

/// Words of a place phrase at most.
pub const PLACE_WORDS: usize = 6;

/// One word for the sides that hold an area: "rebel-held" and "opposition-held" are one.
fn held_synonym(head: &str) -> &str {
    match head {
        "rebel" | "insurgent" | "opposition" => "opposition",
        "regime" | "state" | "government" => "government",
        h => h,
    }
}

/// "District 12: ..." before the figure, on its line: a name and a number that is no
/// figure.
fn row_key(text: &str, window: &[Token], first: usize, m: &Mention) -> Option<(String, String)> {
    // The line's start, looked for no further back than the window's first token (a key
    // is one of the window's tokens): constant work per figure on one very long line.
    let lo = window.first().map_or(m.start, |t| t.start).min(m.start);
    let line_start = match text[lo..m.start].rfind('\n') {
        Some(i) => lo + i + 1,
        None => {
            let bullet =
                |c: char| (c.is_whitespace() && c != '\n') || matches!(c, '-' | '*' | '•' | '|');
            let open = text[..lo].trim_end_matches(bullet);
            if !open.is_empty() && !open.ends_with('\n') {
                return None; // words before the window on its line: no key opens the line
            }
            open.len()
        }
    };
    for k in (1..first).rev() {
        let (a, b) = (&window[k - 1], &window[k]);
        if a.start < line_start {
            break;
        }
        let at_line_start = text[line_start..a.start]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '|'));
        if !at_line_start {
            continue;
        }
        let digits = text[b.start..b.end].bytes().all(|c| c.is_ascii_digit());
        let adjacent = text.get(a.end..b.start).is_some_and(|g| g == " ");
        // The number closes the key: "District 12:", "Ward 4 |", not "Con 364 (+47)".
        // (not a decimal point: "Monday's 7.8-magnitude quake")
        let rest = &text[b.end..];
        let closes = rest.starts_with([':', '|', '\t', ')'])
            || (rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()));
        if digits
            && adjacent
            && closes
            && text[a.start..].starts_with(char::is_uppercase)
            && b.end <= m.start
        {
            let shown = &text[a.start..b.end];
            return Some((
                concat(&["row:", &shown.to_ascii_lowercase()]),
                shown.to_string(),
            ));
        }
    }
    None
}

/// Keys of one bucket that the input contrasts: some source gives two figures that
/// measure alike (`alike`: the same counted noun or predicate, or two lines of one
/// list) under two different keys of one kind. `per_source`: for each source, its
/// figures' keys (`keys_of`); names that a story attaches to figures of different
/// things ("Neymar", "Barcelona") contrast nothing.
pub(crate) fn contrasted<'a>(
    per_source: &[Vec<usize>],
    keys_of: &dyn Fn(usize) -> &'a [(String, String)],
    alike: &dyn Fn(usize, usize) -> bool,
) -> FxSet<&'a str> {
    let mut out: FxSet<&'a str> = FxSet::default();
    for figures in per_source {
        for &a in figures {
            for (k, _) in keys_of(a) {
                if known_entity(k) || INHERENT_KINDS.contains(&kind(k)) {
                    out.insert(k.as_str());
                }
            }
        }
        // Bounded (issue 13): each figure is compared with the next few of its source.
        for (n, &a) in figures.iter().enumerate() {
            for &b in figures[n + 1..].iter().take(CONTRAST_WINDOW) {
                if !alike(a, b) {
                    continue;
                }
                for (ka, _) in keys_of(a) {
                    for (kb, _) in keys_of(b) {
                        if ka != kb && kind(ka) == kind(kb) {
                            out.insert(ka.as_str());
                            out.insert(kb.as_str());
                        }
                    }
                }
            }
        }
    }
    out
}

/// Kinds of keys that always contrast, as a known entity's do: an offer and a market
/// price are two prices, a segment's sales and the whole's two sums, by what the words
/// say, whatever else the input gives.
pub const INHERENT_KINDS: &[&str] = &["price", "part", "from"];

/// Whether a place key joins places that the input contrasts one by one ("across
/// Turkey and Syria" where sources give Turkey's and Syria's figures apart): the
/// figure is the total over them, the same scope as a figure said of no place, and
/// its key contrasts nothing.
pub(crate) fn total_over(key: &str, contrasted: &FxSet<&str>) -> bool {
    let Some(names) = key.strip_prefix("who:").filter(|n| n.contains('+')) else {
        return false;
    };
    names
        .split('+')
        .filter(|n| contrasted.contains(concat(&["who:", n]).as_str()))
        .count()
        >= 2
}

/// Figures of one source read after each figure when looking for contrasts.
pub const CONTRAST_WINDOW: usize = 16;

/// A key of a figure as compared: (key id, kind id, contrasted in the input).
pub(crate) type Keyed = (u32, u32, bool);

/// Whether two figures' entities say they measure different things: a contrasted key
/// on each side that the other lacks, of the same kind; a different outlook, event or
/// change. `ka`, `kb`: the interned keys of `a` and `b`.
///
/// `came_true` (two sources' equal figures whose intervals meet: not "more than 20,000"
/// and "nearly 20,000") lets a figure marked as of another event or of a year before
/// meet one with no such mark: a past quantity that one outlet dates ("paid 105 million
/// euros a year before", "the quake in 2015") and another states bare with the same
/// value is one quantity; and a projection meet the count it came true as ("could rise
/// to 365" / "won 365"). Two different marks still keep them apart. `restated` (equal
/// values) lets a marked change or baseline meet a bare one.
pub(crate) fn apart(
    came_true: bool,
    a: &Entities,
    ka: &[Keyed],
    b: &Entities,
    kb: &[Keyed],
    restated: bool,
) -> bool {
    let event_apart = events_apart(a.event.as_deref(), b.event.as_deref())
        && !(came_true && (a.event.is_none() || b.event.is_none()));
    let baseline_apart = a.baseline != b.baseline && !restated;
    // A change one source marks ("up 11", "(+11)") and another states bare ("11 more
    // than last time", a table's change column) is one quantity when the values agree.
    let change_apart = a.change != b.change && !restated;
    // Two sources' equal figures, one projected ("could rise to 365") and one counted
    // (365), are one quantity: the projection came true.
    let projected = |e: &Entities| e.outlook == Some("projection");
    let outlook_apart = a.outlook != b.outlook && !(came_true && (projected(a) || projected(b)));
    if outlook_apart || event_apart || change_apart || baseline_apart {
        return true;
    }
    let lacks = |x: &[Keyed], k: u32| !x.iter().any(|y| y.0 == k);
    ka.iter().any(|&(x, kind_x, cx)| {
        cx && lacks(kb, x)
            && kb
                .iter()
                .any(|&(y, kind_y, cy)| cy && kind_y == kind_x && lacks(ka, y))
    })
}

/// The kind of a key: `who` (a name or a place: "Syria's toll" and "the toll in Syria"
/// are of one country), `row`, `pair`, `side`, `price`.
pub(crate) fn kind(key: &str) -> &str {
    key.split_once(':').map_or("", |(a, _)| a)
}

/// A figure with no place of its own in the sentence after one with a place, in the
/// same paragraph, counting the same thing (the same predicate or counted noun): the
/// place carries over ("In Syria, the ministry counted 810 dead. By evening the toll
/// had risen to 1,602."). Not when the figure has a place qualifier of its own or its
/// sentence says it is a total ([`TOTAL_WORDS`]: "across both countries"). `(p, i)`:
/// the indices of the two figures, in text order, in their source's `text`.
/// The party, place and row keys of the level `p` given to its change `i` (each kind
/// the change does not carry itself): "365 (+47)", "48, up 13".
pub(crate) fn take_keys_of_level(feats: &mut [super::features::Features], p: usize, i: usize) {
    for kind in ["who:", "row:", "party:"] {
        let has = |f: &super::features::Features| {
            f.entities.keys.iter().any(|(k, _)| k.starts_with(kind))
        };
        if has(&feats[i]) {
            continue;
        }
        let keys: Vec<(String, String)> = feats[p]
            .entities
            .keys
            .iter()
            .filter(|(k, _)| k.starts_with(kind))
            .cloned()
            .collect();
        feats[i].entities.keys.extend(keys);
    }
}

pub(crate) fn inherit_place(
    feats: &mut [super::features::Features],
    (p, i): (usize, usize),
    (mp, mi): (&Mention, &Mention),
    text: &str,
) {
    let gap = text.get(mp.end..mi.start).unwrap_or("\n");
    // "365 (+47)", "364* (+47)": the change of the level before it is of its party,
    // place or row (as a bracketed figure is: `align::inherit_keys`).
    // "48, up 13", "captured 11, representing a net loss of 10": a change right after
    // a level in its sentence is that level's change, of its party, place or row.
    let change_of_level = feats[i].entities.change
        && !feats[p].entities.change
        && mp.sentence_start == mi.sentence_start
        && gap.len() <= LEVEL_GAP
        && !gap.contains(['.', ';', '\n']);
    if signed_after(text, mp.end, mi) || change_of_level {
        take_keys_of_level(feats, p, i);
        return;
    }
    let next_sentence = mp.sentence_end <= mi.sentence_start && !gap.contains('\n');
    if !next_sentence || mi.qualifiers.iter().any(|q| q.kind == QualifierKind::Place) {
        return;
    }
    let (a, b) = (&feats[p], &feats[i]);
    // Read once per figure at most: only the first figure of a sentence gets here.
    let sentence = text
        .get(mi.sentence_start..mi.sentence_end)
        .unwrap_or("")
        .to_ascii_lowercase();
    let words = super::features::words(&sentence);
    // "The toll there rose to 1,602": the sentence points back to the place.
    let there = words.iter().enumerate().any(|(k, &(x, y))| {
        let next = words.get(k + 1).map_or("", |&(a, b)| &sentence[a..b]);
        PLACE_BACK_REFERENCES.contains(&&sentence[x..y]) && !EXISTENTIAL_VERBS.contains(&next)
    });
    let alike = (a.predicate.is_some() && a.predicate == b.predicate)
        || (a.noun.is_some() && a.noun == b.noun)
        || there;
    let has =
        |f: &super::features::Features| f.entities.keys.iter().any(|(k, _)| k.starts_with("who:"));
    if !alike || has(b) || b.entities.listed || a.entities.listed {
        return;
    }
    let keys: Vec<(String, String)> = a
        .entities
        .keys
        .iter()
        .filter(|(k, _)| k.starts_with("who:"))
        .cloned()
        .collect();
    if keys.is_empty() {
        return;
    }
    let total = words
        .into_iter()
        .any(|(a, b)| TOTAL_WORDS.contains(&&sentence[a..b]));
    if total {
        return;
    }
    feats[i].entities.keys.extend(keys);
}

/// Bytes at most between a level and its change after it in one sentence ("48, up
/// 13").
pub const LEVEL_GAP: usize = 40;

/// Words that point back to the place of the sentence before ("the toll there"): a
/// figure of such a sentence takes that place though it counts another thing.
pub const PLACE_BACK_REFERENCES: &[&str] = &["there"];

/// Verbs after *there* that make it the existential one ("there were 470,000 people"),
/// which points to no place.
pub const EXISTENTIAL_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "may",
    "might", "could", "remain", "remains", "remained", "seem", "seems", "seemed", "appear",
    "appears", "appeared",
];

/// Words that make a figure a total over places, which takes no place from the sentence
/// before ("combined", "across both countries").
pub const TOTAL_WORDS: &[&str] = &[
    "combined",
    "total",
    "overall",
    "both",
    "altogether",
    "nationwide",
    "worldwide",
    "countrywide",
    "together",
];

/// Words at most between a figure and the "in YEAR" that dates it.
pub const YEAR_GAP_WORDS: usize = 3;

/// Words between a figure and an "in YEAR" that put the year in another clause.
pub const YEAR_BREAKS: &[&str] = &[
    "and", "but", "since", "when", "while", "which", "who", "after", "before",
];

/// Years a story may name: 1800 to 2099.
const YEARS: std::ops::RangeInclusive<u32> = 1800..=2099;

/// The year a time qualifier puts its figure in ("In 1999", "in 2009"): only "in", as a
/// comparison's base ("since 1935", "from the 2017 election") dates the other side,
/// not the figure.
fn qualifier_year(q: &str) -> Option<u32> {
    let (prep, year) = q.split_once(' ')?;
    if !prep.eq_ignore_ascii_case("in") {
        return None;
    }
    year_of(year)
}

/// The year a word writes: four ASCII digits within [`YEARS`].
fn year_of(word: &str) -> Option<u32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| YEARS.contains(y))
}

/// The year the input names most often (its own year: dates, datelines), if any.
pub(crate) fn story_year(sources: &[crate::report::Source]) -> Option<u32> {
    year_named_most(sources, 1, &|_, _| true)
}

/// The year the input names most often and at least `least` times, the latest among
/// equals, counting only the years that `counted(source index, byte offset)` accepts.
pub(crate) fn year_named_most(
    sources: &[crate::report::Source],
    least: usize,
    counted: &dyn Fn(usize, usize) -> bool,
) -> Option<u32> {
    // One counter per year of YEARS (a plain array: no tree code in the wasm module).
    let mut counts = [0usize; (*YEARS.end() - *YEARS.start() + 1) as usize];
    for (n, s) in sources.iter().enumerate() {
        let b = s.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let word = start == 0 || !b[start - 1].is_ascii_alphanumeric();
            let after = i == b.len() || !b[i].is_ascii_alphanumeric();
            if word && after && counted(n, start) {
                if let Some(y) = year_of(&s.text[start..i]) {
                    counts[(y - YEARS.start()) as usize] += 1;
                }
            }
        }
    }
    // The most frequent; the latest among equals.
    (0u32..)
        .zip(counts)
        .filter(|&(_, n)| n >= least)
        .max_by_key(|&(i, n)| (n, i))
        .map(|(i, _)| YEARS.start() + i)
}

/// A figure placed by its time qualifier in a year before the story's own ("In 1999 ...
/// it killed more than 17,000 people", "ridership reached 1.1 million in 2009") is of
/// another, past event: its event is that year, and it meets only figures of that year
/// ([`apart`]). The story's year is the one its texts name most often.
pub(crate) fn mark_past_years(
    feats: &mut [super::features::Features],
    mentions: &[Mention],
    sources: &[crate::report::Source],
) {
    let Some(now) = story_year(sources) else {
        return;
    };
    // By index (the map type of the sources' order elsewhere: one copy of its code).
    let by_id: FxMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let text_of = |id: &str| by_id.get(id).map_or("", |&i| sources[i].text.as_str());
    for (f, m) in feats.iter_mut().zip(mentions) {
        if f.entities.event.is_some() {
            continue;
        }
        // "up from 52 in 2021": the base of a change, which other sources give
        // without its year.
        let base = m.qualifiers.iter().any(|q| {
            let t = q.text.to_ascii_lowercase();
            t.starts_with("from") || t.ends_with(" from")
        });
        // The year is the figure's own when its qualifier opens the sentence ("In 1999,
        // when a quake ... it killed 17,000") or stands a few words from the figure
        // in its clause ("reached 1.1 million in 2009", "the fire in 1991 caused 25
        // deaths"); not across a clause ("stood for 30 years and was last inspected in
        // 2019") or after "since" ("its best since it was founded in 1994").
        let own = |q: &crate::report::Qualifier| {
            let text = text_of(m.source.as_str());
            let opens = text
                .get(m.sentence_start.min(q.start)..q.start)
                .is_some_and(|g| {
                    g.trim_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '*' | '-'))
                        .is_empty()
                });
            let (a, b) = if q.end <= m.start {
                (q.end, m.start)
            } else {
                (m.end, q.start)
            };
            let gap = text.get(a..b.max(a)).unwrap_or(",");
            let words = super::features::words(gap);
            let near = words.len() <= YEAR_GAP_WORDS
                && !gap.contains([',', ';', '(', ')'])
                && !words.iter().any(|&(x, y)| {
                    YEAR_BREAKS
                        .iter()
                        .any(|w| gap[x..y].eq_ignore_ascii_case(w))
                });
            opens || near
        };
        let year = m
            .qualifiers
            .iter()
            .filter(|q| q.kind == QualifierKind::Time && !base)
            .find_map(|q| qualifier_year(&q.text).filter(|_| own(q)))
            .or_else(|| year_named_event(text_of(m.source.as_str()), m));
        if let Some(y) = year.filter(|&y| y < now) {
            f.entities.event = Some(format!("in {y}"));
        }
    }
}

/// The year of an event a year names earlier in the figure's clause, as an adjective
/// after an article ("A 2011 earthquake near the coast left nearly 20,000 dead", "the
/// 1999 flood destroyed 4,000 homes"); not after a word of comparison ("the most since
/// the 2015 election", "more than the 2015 quake": [`YEAR_BREAKS`], "than", "from").
fn year_named_event(text: &str, m: &Mention) -> Option<u32> {
    // No further back than CLAUSE_BYTES: constant work per figure in a sentence of
    // thousands of figures.
    let mut from = m
        .sentence_start
        .min(m.start)
        .max(m.start.saturating_sub(CLAUSE_BYTES));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..m.start)?;
    // The figure's own clause: after the last comma, semicolon or colon before it.
    let clause_at = before.rfind([',', ';', ':']).map_or(0, |k| k + 1);
    let clause = &before[clause_at..];
    let words = super::features::words(clause);
    for (k, &(x, y)) in words.iter().enumerate() {
        let Some(year) = year_of(&clause[x..y]) else {
            continue;
        };
        let article = k > 0
            && EVENT_ARTICLES
                .iter()
                .any(|a| clause[words[k - 1].0..words[k - 1].1].eq_ignore_ascii_case(a));
        let noun_after = words
            .get(k + 1)
            .is_some_and(|&(a, b)| clause[a..b].bytes().all(|c| c.is_ascii_alphabetic()));
        let compared = words[..k].iter().rev().take(YEAR_GAP_WORDS).any(|&(a, b)| {
            YEAR_BREAKS
                .iter()
                .chain(&["than", "from"])
                .any(|w| clause[a..b].eq_ignore_ascii_case(w))
        });
        if article && noun_after && !compared {
            return Some(year);
        }
    }
    None
}

/// How far back at most [`year_named_event`] reads a figure's clause, in bytes.
pub const CLAUSE_BYTES: usize = 400;

/// Words before a year that make it name an event ([`year_named_event`]).
pub const EVENT_ARTICLES: &[&str] = &["a", "an", "the"];

/// The pieces joined into one key or label: one copy of the code for every such
/// string (a `format!` each costs the wasm module its own argument setup).
fn concat(parts: &[&str]) -> String {
    parts.concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_of_several_words_is_one_name() {
        let names = |q: &str| place_names(q).join("+");
        assert_eq!(names("in Rio Verde"), "rio verde");
        assert_eq!(names("across Norway and Sweden"), "norway+sweden");
        // A city word closing a long name, a state after a comma, dotted letters.
        assert_eq!(names("in Port Ellis City"), "port ellis");
        assert_eq!(names("in Harwick City"), "harwick city");
        assert_eq!(names("in Dunmore, Ga."), "dunmore");
        assert_eq!(names("in the U.K."), "uk");
        // A possessive ends a name; a held area is named by its side.
        assert_eq!(names("in Norway's Finnmark region"), "finnmark+norway");
        assert_eq!(names("in Norway's rebel-held north"), "opposition");
        assert_eq!(
            names("in government-controlled areas of Norway"),
            "government"
        );
    }
}
