//! The Report: the plain data every surface returns (DESIGN.md, "Report (JSON, version 1)").
//!
//! Field names are the API: the native CLI prints these structs with `--json` and the
//! wasm `compare` returns the same object. Open interval bounds serialize as `null`.

use serde::{Deserialize, Serialize};

/// The Report format version.
pub const REPORT_VERSION: u32 = 1;

/// One input text: an article, a press release, a transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique, non-empty id ("reuters", "002"); mentions refer to it.
    pub id: String,
    /// The text itself (UTF-8 in Rust, any JS string in wasm).
    pub text: String,
    /// Optional display title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Optional publication date, `YYYY-MM-DD`, used to derive durations
    /// ("began in February 2022" + date = "3.5 years").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl Source {
    /// A source with an id and a text.
    ///
    /// ```
    /// let s = fact_compare::Source::new("a", "Up to 40 people were hurt.");
    /// assert_eq!(s.id, "a");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            text: text.into(),
            title: None,
            date: None,
        }
    }
}

/// What a figure measures, coarsely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// People, objects, events: unit `count`.
    Count,
    /// Money: unit is an ISO 4217 code (`USD`, `EUR`, ...).
    Money,
    /// Percentages and fractions of a whole: unit `fraction` (20% = 0.2).
    Percent,
    /// Durations and ages: unit `s`.
    Duration,
    /// Unit `m`.
    Length,
    /// Unit `m2`.
    Area,
    /// Unit `kg`.
    Mass,
    /// Unit `m3`.
    Volume,
    /// Unit `m/s`.
    Speed,
    /// Unit `K`.
    Temperature,
    /// Unit `J`.
    Energy,
    /// A multiple of another figure ("double", "three times", "eightfold"): unit
    /// `ratio`, the factor.
    Ratio,
    /// A place in an order ("the second-highest", "the third since 2015"): unit `rank`.
    Rank,
    /// A year that is itself what the sentence claims ("founded in 2006"): unit `year`.
    Year,
    /// Anything else (earthquake magnitudes: unit `magnitude`).
    Other,
}

impl Dimension {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Count => "count",
            Dimension::Money => "money",
            Dimension::Percent => "percent",
            Dimension::Duration => "duration",
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Energy => "energy",
            Dimension::Ratio => "ratio",
            Dimension::Rank => "rank",
            Dimension::Year => "year",
            Dimension::Other => "other",
        }
    }
}

/// The kind of a scope qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QualifierKind {
    /// "in Kharkiv", "across the country".
    Place,
    /// "on Monday", "by 2035", "at its peak", "last year".
    Time,
    /// Who gave the figure: "police said", "according to organizers".
    Attribution,
    /// Other scope words: "gross", "net", "per year", "in total".
    Scope,
}

/// A scope word or phrase found near a figure, with its span in the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Qualifier {
    /// Place, time, attribution or other scope.
    pub kind: QualifierKind,
    /// The phrase as written (`text == source[start..end]`).
    pub text: String,
    /// UTF-8 byte offset of the phrase.
    pub start: usize,
    /// UTF-8 byte offset one past the phrase.
    pub end: usize,
    /// UTF-16 offset of the phrase, for JavaScript.
    pub start_utf16: usize,
    /// UTF-16 offset one past the phrase.
    pub end_utf16: usize,
}

/// One numeric claim in one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Report-unique id, `"{source}:{n}"`.
    pub id: String,
    /// The id of the source it was found in.
    pub source: String,
    /// The exact surface phrase: `text == source.text[start..end]`.
    pub text: String,
    /// UTF-8 byte offset of `text`.
    pub start: usize,
    /// UTF-8 byte offset one past `text`.
    pub end: usize,
    /// UTF-16 offset of `text`, for JavaScript.
    pub start_utf16: usize,
    /// UTF-16 offset one past `text`.
    pub end_utf16: usize,
    /// What the figure measures.
    pub dimension: Dimension,
    /// Canonical unit: `count`, ISO 4217 code, `fraction`, `s`, `m`, `m2`, `kg`, `m3`,
    /// `m/s`, `K`, `J`, `magnitude`.
    pub unit: String,
    /// The figure as stated, in the canonical unit; for vague magnitudes ("tens of
    /// thousands") and ranges, the midpoint of `[low, high]`.
    pub value: Option<f64>,
    /// Lower bound the wording allows; `null` = unbounded.
    pub low: Option<f64>,
    /// Upper bound the wording allows; `null` = unbounded.
    pub high: Option<f64>,
    /// Whether `low` itself is excluded ("more than 3").
    #[serde(default)]
    pub low_open: bool,
    /// Whether `high` itself is excluded ("nearly 4", "fewer than 10").
    #[serde(default)]
    pub high_open: bool,
    /// The hedge words as written ("nearly", "up to"), if any.
    pub hedge: Option<String>,
    /// The hedge class: `exact`, `approx`, `nearly`, `more_than`, `at_least`,
    /// `less_than`, `up_to`, `range`, `vague`.
    pub hedge_kind: String,
    /// A short phrase for what is measured ("civilians killed", "weapons package").
    pub subject: String,
    /// Scope words near the figure: places, times, attributions.
    pub qualifiers: Vec<Qualifier>,
    /// UTF-8 byte offsets of the sentence the mention is in.
    pub sentence_start: usize,
    /// UTF-8 byte offset one past the sentence.
    pub sentence_end: usize,
    /// UTF-16 offset of the sentence.
    pub sentence_start_utf16: usize,
    /// UTF-16 offset one past the sentence.
    pub sentence_end_utf16: usize,
    /// Set when the figure is computed rather than stated ("since 2022" + the source's
    /// date gives a duration); the text is then the phrase it was derived from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<String>,
    /// What the figure measures (filled in by `compare`; empty from `extract`).
    #[serde(default)]
    pub frame: Frame,
}

/// What a figure measures, read from its own phrase and clause (DESIGN.md,
/// "Alignment"): shown so that a reader sees why figures were tied or kept apart.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Frame {
    /// The thing the figure quantifies or is said of ("civilians", "turnout", "seats").
    pub measured: Option<String>,
    /// What happened to it ("killed", "injured", "pledged", "rose").
    pub predicate: Option<String>,
    /// What makes it specific: whom or where it is of ("Labour", "Turkey"), the row of
    /// a table ("District 12"), the side of a pair or a vote, an outlook ("expected").
    pub entities: Vec<String>,
    /// Which event of several, when the text says ("second quake").
    pub event: Option<String>,
}

/// How the figures in a group relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Stated values equal within the rounding tolerance.
    Agree,
    /// Intervals overlap but the stated values are not equal.
    Differ,
    /// At least two intervals cannot both hold.
    Conflict,
    /// Values disagree but the qualifiers differ: they may measure different things.
    Scope,
    /// Only one source gives this figure.
    Single,
}

impl Verdict {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Differ => "differ",
            Verdict::Conflict => "conflict",
            Verdict::Scope => "scope",
            Verdict::Single => "single",
        }
    }
}

/// Mentions across sources that measure the same thing, with a verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Report-unique id, `"g{n}"`.
    pub id: String,
    /// A short label ("civilians killed").
    pub label: String,
    /// The shared dimension.
    pub dimension: Dimension,
    /// The shared canonical unit.
    pub unit: String,
    /// How the figures relate.
    pub verdict: Verdict,
    /// max stated / min stated - 1 (0 when they agree or only one value is stated).
    pub spread: f64,
    /// One line a reader can check.
    pub explanation: String,
    /// The words that tied the mentions together.
    pub tied_by: Vec<String>,
    /// Mention ids.
    pub mentions: Vec<String>,
    /// Sub-rows of one quantity that differ by attribution, time, place or scope, each
    /// judged on its own; empty when the group has one facet only.
    #[serde(default)]
    pub facets: Vec<Facet>,
}

/// One facet of a group: the figures of one attribution, time, place or scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facet {
    /// What sets the facet apart: attribution, time, place or scope.
    pub kind: QualifierKind,
    /// The facet's name as written ("police", "Monday", "Turkey").
    pub label: String,
    /// Its mention ids (the facets of a group partition its mentions).
    pub mentions: Vec<String>,
    /// How the facet's own figures relate.
    pub verdict: Verdict,
}

/// Summary of one source in a Report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The source id.
    pub id: String,
    /// The title, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Length of the text in Unicode scalar values.
    pub chars: usize,
}

/// A recoverable problem, returned as data (the text still gets compared).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// The source concerned, if any.
    pub source: Option<String>,
    /// A sentence saying what happened.
    pub message: String,
}

/// The result of `compare` or `extract`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always 1.
    pub version: u32,
    /// The sources, in input order.
    pub sources: Vec<SourceInfo>,
    /// Every mention, source by source, in text order.
    pub mentions: Vec<Mention>,
    /// Groups (empty for `extract`).
    pub groups: Vec<Group>,
    /// Non-fatal diagnostics.
    #[serde(default)]
    pub warnings: Vec<Warning>,
}
