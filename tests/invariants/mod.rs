//! The invariants every Report must satisfy, whatever the text. Shared by
//! tests/properties.rs, tests/hostile.rs, tests/regressions/ and the fuzz targets
//! (fuzz/fuzz_targets/*.rs include this file by path), so that one list is the spec.
//!
//! `check` returns the first broken invariant as a sentence, so that a proptest or a
//! fuzzer can report it with the input that broke it.

#![allow(dead_code)]

use fact_compare::{Report, Source, Verdict};
use std::collections::{HashMap, HashSet};

/// The hedge classes a mention may carry (report.rs, `Mention::hedge_kind`).
pub const HEDGE_KINDS: &[&str] = &[
    "exact",
    "approx",
    "nearly",
    "more_than",
    "at_least",
    "less_than",
    "up_to",
    "range",
    "vague",
];

/// `text[start..end]`, checked: both offsets in bounds and on char boundaries.
fn slice<'a>(text: &'a str, start: usize, end: usize, what: &str) -> Result<&'a str, String> {
    if start > end || end > text.len() {
        return Err(format!(
            "{what}: span {start}..{end} out of bounds (text is {} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!(
            "{what}: span {start}..{end} is not on char boundaries"
        ));
    }
    Ok(&text[start..end])
}

/// The UTF-16 offsets must cut the UTF-16 encoding of the text to the same phrase.
fn check_utf16(
    utf16: &[u16],
    start: usize,
    end: usize,
    expected: &str,
    what: &str,
) -> Result<(), String> {
    if start > end || end > utf16.len() {
        return Err(format!(
            "{what}: UTF-16 span {start}..{end} out of bounds ({} units)",
            utf16.len()
        ));
    }
    let want: Vec<u16> = expected.encode_utf16().collect();
    if utf16[start..end] != want[..] {
        return Err(format!(
            "{what}: UTF-16 span {start}..{end} is {:?}, not {expected:?}",
            String::from_utf16_lossy(&utf16[start..end])
        ));
    }
    Ok(())
}

fn finite(x: Option<f64>, what: &str) -> Result<(), String> {
    match x {
        Some(v) if !v.is_finite() => Err(format!("{what} is {v}, not a finite number")),
        _ => Ok(()),
    }
}

/// Every invariant of a Report produced from `sources`.
pub fn check(sources: &[Source], report: &Report) -> Result<(), String> {
    if report.version != 1 {
        return Err(format!("version is {}", report.version));
    }
    if report.sources.len() != sources.len() {
        return Err(format!(
            "{} sources in, {} in the report",
            sources.len(),
            report.sources.len()
        ));
    }
    for (s, info) in sources.iter().zip(&report.sources) {
        if s.id != info.id || info.chars != s.text.chars().count() {
            return Err(format!("source info {info:?} does not match {:?}", s.id));
        }
    }
    let by_id: HashMap<&str, &Source> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut utf16: HashMap<&str, Vec<u16>> = HashMap::new();
    let mut mention_ids = HashSet::new();
    let mut mention_source: HashMap<&str, &str> = HashMap::new();
    let mut last: Option<(&str, usize, usize)> = None;
    let mut sentences_checked = std::collections::HashSet::new();
    for m in &report.mentions {
        let what = format!("mention {} {:?}", m.id, m.text);
        if !mention_ids.insert(m.id.as_str()) {
            return Err(format!("{what}: duplicate mention id"));
        }
        let Some(src) = by_id.get(m.source.as_str()) else {
            return Err(format!("{what}: unknown source {:?}", m.source));
        };
        mention_source.insert(m.id.as_str(), m.source.as_str());
        let text = &src.text;
        let units = utf16
            .entry(m.source.as_str())
            .or_insert_with(|| text.encode_utf16().collect());
        // the span is the truth
        let s = slice(text, m.start, m.end, &what)?;
        if s != m.text {
            return Err(format!("{what}: source slice is {s:?}"));
        }
        if m.start == m.end {
            return Err(format!("{what}: empty span"));
        }
        check_utf16(units, m.start_utf16, m.end_utf16, &m.text, &what)?;
        // Each sentence is checked once: many figures share one (a 1 MB "sentence"
        // of figures), and checking it per figure made this check quadratic.
        let sentence_key = (
            m.source.as_str(),
            m.sentence_start,
            m.sentence_end,
            m.sentence_start_utf16,
            m.sentence_end_utf16,
        );
        if sentences_checked.insert(sentence_key) {
            let sentence = slice(
                text,
                m.sentence_start,
                m.sentence_end,
                &format!("{what} sentence"),
            )?;
            check_utf16(
                units,
                m.sentence_start_utf16,
                m.sentence_end_utf16,
                sentence,
                &format!("{what} sentence"),
            )?;
        }
        if m.derived.is_none() && !(m.sentence_start <= m.start && m.end <= m.sentence_end) {
            return Err(format!(
                "{what}: sentence {}..{} does not contain the mention {}..{}",
                m.sentence_start, m.sentence_end, m.start, m.end
            ));
        }
        for q in &m.qualifiers {
            let qw = format!("{what} qualifier {:?}", q.text);
            let qs = slice(text, q.start, q.end, &qw)?;
            if qs != q.text {
                return Err(format!("{qw}: source slice is {qs:?}"));
            }
            check_utf16(units, q.start_utf16, q.end_utf16, &q.text, &qw)?;
        }
        // text order within a source
        if let Some((ls, a, b)) = last {
            if ls == m.source && (a, b) > (m.start, m.end) {
                return Err(format!("{what}: mentions out of text order"));
            }
        }
        last = Some((m.source.as_str(), m.start, m.end));
        // numbers
        finite(m.value, &format!("{what} value"))?;
        finite(m.low, &format!("{what} low"))?;
        finite(m.high, &format!("{what} high"))?;
        if let (Some(l), Some(h)) = (m.low, m.high) {
            if l > h {
                return Err(format!("{what}: low {l} > high {h}"));
            }
        }
        if let Some(v) = m.value {
            if m.low.is_some_and(|l| l > v) || m.high.is_some_and(|h| h < v) {
                return Err(format!(
                    "{what}: value {v} outside [{:?}, {:?}]",
                    m.low, m.high
                ));
            }
        }
        if !HEDGE_KINDS.contains(&m.hedge_kind.as_str()) {
            return Err(format!("{what}: unknown hedge kind {:?}", m.hedge_kind));
        }
        if m.unit.is_empty() {
            return Err(format!("{what}: empty unit"));
        }
    }
    let mut group_ids = HashSet::new();
    for g in &report.groups {
        let what = format!("group {} {:?}", g.id, g.label);
        if !group_ids.insert(g.id.as_str()) {
            return Err(format!("{what}: duplicate group id"));
        }
        if g.mentions.is_empty() {
            return Err(format!("{what}: no mentions"));
        }
        if !g.spread.is_finite() || g.spread < 0.0 {
            return Err(format!("{what}: spread {}", g.spread));
        }
        let mut srcs = HashSet::new();
        for id in &g.mentions {
            let Some(s) = mention_source.get(id.as_str()) else {
                return Err(format!("{what}: unknown mention {id:?}"));
            };
            srcs.insert(*s);
        }
        if srcs.len() == 1 && g.verdict != Verdict::Single {
            return Err(format!(
                "{what}: one source only, but the verdict is {:?}",
                g.verdict
            ));
        }
    }
    // The JSON surface: serializes, and reads back to the same Report.
    // (serde_json's default float parser may be one ulp off, so numbers are compared
    // with a relative tolerance.)
    // A huge Report (the hostile table's 500,000 mentions) is round-tripped through its
    // first ROUND_TRIP_SAMPLE mentions and groups: the same code serializes every one,
    // and two JSON trees of the whole took gigabytes.
    let sample;
    let report =
        if report.mentions.len() > ROUND_TRIP_SAMPLE || report.groups.len() > ROUND_TRIP_SAMPLE {
            sample = Report {
                mentions: report
                    .mentions
                    .iter()
                    .take(ROUND_TRIP_SAMPLE)
                    .cloned()
                    .collect(),
                groups: report
                    .groups
                    .iter()
                    .take(ROUND_TRIP_SAMPLE)
                    .cloned()
                    .collect(),
                version: report.version,
                sources: report.sources.clone(),
                warnings: report.warnings.clone(),
            };
            &sample
        } else {
            report
        };
    let json = serde_json::to_string(report).map_err(|e| format!("JSON: {e}"))?;
    let back: Report = serde_json::from_str(&json).map_err(|e| format!("JSON back: {e}"))?;
    let (a, b) = (
        serde_json::to_value(report).map_err(|e| e.to_string())?,
        serde_json::to_value(&back).map_err(|e| e.to_string())?,
    );
    if !same_json(&a, &b) {
        return Err("the Report does not survive a JSON round trip".into());
    }
    Ok(())
}

/// Mentions (and groups) of a Report's JSON round trip; see `check`.
const ROUND_TRIP_SAMPLE: usize = 20_000;

/// JSON values equal, numbers within a relative 1e-12.
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Run both entry points on `sources`; on success check every invariant, and that the
/// same input gives the same Report. Errors are fine (bad input); panics are not.
/// Returns whether `compare` accepted the input.
pub fn run_all(sources: &[Source]) -> Result<bool, String> {
    let options = fact_compare::Options::default();
    let extracted = fact_compare::extract(sources, &options);
    let compared = fact_compare::compare(sources, &options);
    match (&extracted, &compared) {
        (Ok(e), Ok(c)) => {
            check(sources, e).map_err(|m| format!("extract: {m}"))?;
            check(sources, c).map_err(|m| format!("compare: {m}"))?;
            if !e.groups.is_empty() {
                return Err("extract returned groups".into());
            }
            // compare keeps a derived figure only where it meets a stated one, so its
            // mentions are extract's minus some derived ones, in the same order.
            let stated: Vec<_> = e.mentions.iter().filter(|m| m.derived.is_none()).collect();
            let stated_c: Vec<_> = c.mentions.iter().filter(|m| m.derived.is_none()).collect();
            let kept_derived_ok = c
                .mentions
                .iter()
                .filter(|m| m.derived.is_some())
                .all(|m| e.mentions.contains(m));
            if stated != stated_c || !kept_derived_ok {
                return Err("extract and compare found different mentions".into());
            }
            let again = fact_compare::compare(sources, &options)
                .map_err(|e| format!("second run failed: {e}"))?;
            if &again != c {
                return Err("the same input gave a different Report".into());
            }
            Ok(true)
        }
        (Err(a), Err(b)) => {
            if a != b {
                return Err(format!("extract and compare disagree: {a} / {b}"));
            }
            if a.message().trim().is_empty() {
                return Err("an error with an empty message".into());
            }
            Ok(false)
        }
        _ => Err(format!(
            "extract and compare disagree on accepting the input: {:?} / {:?}",
            extracted.as_ref().err(),
            compared.as_ref().err()
        )),
    }
}
