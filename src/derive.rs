//! Derived figures: durations computed from a start date in the text and the source's
//! date ("since 1987" in an article of 12 March 2025 is a duration of 38 years).
//!
//! Accepted: a trigger from [`TRIGGERS`] followed by a date written `1987`,
//! `February 2022`, `Feb. 2022`, `24 February 2022` or `February 24, 2022`. The source's
//! date is [`Source::date`], else [`Options::reference_date`], else the first full date
//! in the first [`HEADER_BYTES`] of the text (a dateline or byline). Without a date the
//! phrase is skipped, with one warning per source.
//!
//! The derived [`Mention`]'s `text` is the phrase it came from ("began in February
//! 2022"), `value` the duration as a reader would count it (whole years for a year,
//! whole months for a month), and `low`/`high` the durations from the latest and the
//! earliest day the phrase allows.

use crate::dates::{days_from_civil, days_in_month, parse_iso_date};
use crate::options::Options;
use crate::report::{Dimension, Mention, Source, Warning};

/// Words that introduce a start date, longest first.
pub const TRIGGERS: &[&str] = &[
    "has been going on since",
    "broke out in",
    "broke out on",
    "erupted in",
    "erupted on",
    "began in",
    "began on",
    "begun in",
    "started in",
    "started on",
    "beginning in",
    "launched in",
    "launched on",
    "founded in",
    "established in",
    "since",
];

/// How far into a text a dateline or byline date is looked for.
pub const HEADER_BYTES: usize = 600;

const DAY_S: f64 = 86_400.0;
const YEAR_DAYS: f64 = 365.25;

/// A date as written: a year, maybe a month, maybe a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Year.
    pub year: i64,
    /// Month 1..=12.
    pub month: Option<u32>,
    /// Day of the month.
    pub day: Option<u32>,
}

/// Figures derived from what the text states.
pub fn derived(
    source: &Source,
    found: &[Mention],
    options: &Options,
    warnings: &mut Vec<Warning>,
) -> Vec<Mention> {
    derived_counted_to(source, found, options, &|| None, warnings)
}

/// [`derived`], with a year to count to for a source with no date: `story_year` gives
/// the year the sources of the call name most ([`reference_year`]); a source with no
/// date of its own is counted to that year, as a whole year (its `low` and `high` run
/// from its first to its last day), with a warning that says so.
pub fn derived_counted_to(
    source: &Source,
    found: &[Mention],
    options: &Options,
    story_year: &dyn Fn() -> Option<u32>,
    warnings: &mut Vec<Warning>,
) -> Vec<Mention> {
    let starts = start_phrases(&source.text);
    derived_from_starts(source, &starts, found, options, story_year, warnings)
}

/// [`derived_counted_to`] from the source's [`start_phrases`], read once (issue 13: the
/// caller reads them for [`reference_year_from`] too).
pub fn derived_from_starts(
    source: &Source,
    starts: &[(usize, usize, Written)],
    found: &[Mention],
    options: &Options,
    story_year: &dyn Fn() -> Option<u32>,
    warnings: &mut Vec<Warning>,
) -> Vec<Mention> {
    let text = source.text.as_str();
    if starts.is_empty() {
        return Vec::new();
    }
    let reference = source
        .date
        .as_deref()
        .or(options.reference_date.as_deref())
        .and_then(parse_iso_date)
        .or_else(|| header_date(text, starts))
        .map(Reference::Day)
        .or_else(|| story_year().map(|y| Reference::Year(i64::from(y))));
    let first_phrase = &text[starts[0].0..starts[0].1];
    let undated = |what: String| {
        Warning {
        source: Some(source.id.clone()),
        message: format!(
            "\"{first_phrase}\" {what}: source \"{}\" has no date (set its `date` or the `reference_date` option).",
            source.id
        ),
    }
    };
    let Some(today) = reference else {
        warnings.push(undated("was not turned into a duration".into()));
        return Vec::new();
    };
    // `found` is in text order and its spans do not overlap (so their ends are in
    // order too): the one duration that may overlap a phrase is found by bisection
    // (issue 13: not a pass over every figure for each phrase).
    let durations: Vec<(usize, usize)> = found
        .iter()
        .filter(|m| m.dimension == Dimension::Duration)
        .map(|m| (m.start, m.end))
        .collect();
    let sorted = durations.windows(2).all(|w| w[0].1 <= w[1].0);
    let mut out = Vec::new();
    // What the last phrase's sentence scan found, for the next one (linear in a sentence
    // of thousands of phrases).
    let mut sentence = Scanned::default();
    for &(start, end, date) in starts {
        let taken = if sorted {
            let k = durations.partition_point(|&(_, e)| e <= start);
            durations.get(k).is_some_and(|&(s, _)| s < end)
        } else {
            durations.iter().any(|&(s, e)| s < end && start < e)
        };
        if taken {
            continue;
        }
        if let Some(m) = duration_mention(text, start, end, date, today, &mut sentence) {
            out.push(m);
        }
    }
    if let Reference::Year(y) = today {
        warnings.push(undated(if out.is_empty() {
            "was not turned into a duration".into()
        } else {
            format!("was counted to {y}, the year the sources name most")
        }));
    }
    out
}

/// Words before a year that put it ahead of the story ("by 2030", "until 2040"): such
/// a year is not the story's own.
pub const AHEAD_WORDS: &[&str] = &["by", "until", "till", "through", "before"];

/// How many times at least the sources name the year their durations are counted to:
/// a year named once is as often a past event's ("the 2015 quake in Nepal") as the
/// story's own.
pub const REFERENCE_YEAR_TIMES: usize = 2;

/// The year an undated source's durations are counted to: the one the sources name
/// most (the latest among equals) and at least [`REFERENCE_YEAR_TIMES`] times, not
/// counting start dates ("since 1987") nor years ahead ([`AHEAD_WORDS`]).
pub fn reference_year(sources: &[Source]) -> Option<u32> {
    let starts: Vec<Vec<(usize, usize, Written)>> =
        sources.iter().map(|s| start_phrases(&s.text)).collect();
    reference_year_from(sources, &starts)
}

/// [`reference_year`] from each source's [`start_phrases`] (in the order of `sources`).
pub fn reference_year_from(
    sources: &[Source],
    starts: &[Vec<(usize, usize, Written)>],
) -> Option<u32> {
    crate::align::year_named_most(sources, REFERENCE_YEAR_TIMES, &|n, at| {
        let text = sources[n].text.as_str();
        // (in text order and apart: found by bisection, not a pass per year)
        let k = starts[n].partition_point(|&(_, e, _)| e <= at);
        let in_start = starts[n].get(k).is_some_and(|&(s, _, _)| s <= at);
        let before = text[..at].trim_end();
        let from = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[from..];
        let ahead = AHEAD_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
        !in_start && !ahead
    })
}

/// What a duration is counted to.
#[derive(Debug, Clone, Copy)]
enum Reference {
    /// The source's date (days since 1970-01-01).
    Day(i64),
    /// Only a year (the one the sources name most): any of its days.
    Year(i64),
}

impl Reference {
    /// The first and the last day it may be, and the day the value is counted to (the
    /// year's middle, for a year).
    fn days(self) -> (i64, i64, i64) {
        match self {
            Reference::Day(d) => (d, d, d),
            Reference::Year(y) => (
                days_from_civil(y, 1, 1),
                days_from_civil(y, 12, 31),
                days_from_civil(y, 7, 2),
            ),
        }
    }
}

/// The duration from a written start date to `reference`.
fn duration_mention(
    text: &str,
    start: usize,
    end: usize,
    date: Written,
    reference: Reference,
    sentence: &mut Scanned,
) -> Option<Mention> {
    let (earliest, latest, today) = reference.days();
    let (ty, tm, _) = civil(today);
    let (first, last, value_days) = match (date.month, date.day) {
        (Some(m), Some(d)) => {
            let day = days_from_civil(date.year, m, d);
            (day, day, (today - day) as f64)
        }
        (Some(m), None) => {
            let months = (ty * 12 + i64::from(tm)) - (date.year * 12 + i64::from(m));
            (
                days_from_civil(date.year, m, 1),
                days_from_civil(date.year, m, days_in_month(date.year, m)),
                months as f64 * YEAR_DAYS / 12.0,
            )
        }
        _ => (
            days_from_civil(date.year, 1, 1),
            days_from_civil(date.year, 12, 31),
            (ty - date.year) as f64 * YEAR_DAYS,
        ),
    };
    // A start in the reference's own year is too close to count when only the year is
    // known ("since 2019" in a story of 2019).
    let same_year = matches!(reference, Reference::Year(y) if date.year >= y);
    if first > earliest || same_year {
        return None;
    }
    let low = (earliest - last).max(0) as f64 * DAY_S;
    let high = (latest - first) as f64 * DAY_S;
    // max/min, not f64::clamp: its panic message would pull float formatting into wasm
    let value = (value_days * DAY_S).max(low).min(high);
    let (sentence_start, sentence_end) = sentence_around(text, start, end, sentence);
    let to = match reference {
        Reference::Day(day) => {
            let (y, m, d) = civil(day);
            format!("the source's date {y:04}-{m:02}-{d:02}")
        }
        Reference::Year(y) => format!("{y}, the year the sources name most"),
    };
    Some(Mention {
        id: String::new(),
        source: String::new(),
        text: text[start..end].to_string(),
        start,
        end,
        start_utf16: 0,
        end_utf16: 0,
        dimension: Dimension::Duration,
        unit: "s".into(),
        value: Some(value),
        low: Some(low),
        high: Some(high),
        low_open: false,
        high_open: false,
        hedge: None,
        hedge_kind: "range".into(),
        subject: String::new(),
        qualifiers: Vec::new(),
        sentence_start,
        sentence_end,
        sentence_start_utf16: 0,
        sentence_end_utf16: 0,
        frame: Default::default(),
        derived: Some(format!(
            "from \"{}\" to {to}: {}",
            &text[start..end],
            human_duration(value)
        )),
    })
}

/// The bytes a trigger starts with, in either ASCII case (issue 13: most words are
/// passed over at once).
static TRIGGER_FIRST: [bool; 256] = {
    let mut set = [false; 256];
    let mut k = 0;
    while k < TRIGGERS.len() {
        let b = TRIGGERS[k].as_bytes()[0];
        set[b as usize] = true;
        set[b.to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    set
};

/// For each lowercase byte a trigger starts with, a bit per lowercase letter `a..=z`
/// that follows it in some trigger: "said" and "for" are ruled out by their second byte.
static TRIGGER_SECOND: [u32; 256] = {
    let mut set = [0u32; 256];
    let mut k = 0;
    while k < TRIGGERS.len() {
        let t = TRIGGERS[k].as_bytes();
        set[t[0] as usize] |= 1 << (t[1] - b'a');
        k += 1;
    }
    set
};

/// Whether `b`, lowercased, may follow `first` (lowercase) in a trigger.
#[inline]
fn second_fits(first: u8, b: Option<&u8>) -> bool {
    let Some(&b) = b else { return false };
    let b = b.to_ascii_lowercase();
    b.is_ascii_lowercase() && TRIGGER_SECOND[usize::from(first)] >> (b - b'a') & 1 != 0
}

/// ASCII letters and digits (`u8::is_ascii_alphanumeric` as a table).
static ALNUM: [bool; 256] = {
    let mut set = [false; 256];
    let mut b = 0;
    while b < 256 {
        set[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    set
};

/// Every trigger followed by a start date: (start, end, date), in text order.
pub fn start_phrases(text: &str) -> Vec<(usize, usize, Written)> {
    // (issue 13) The text is read as written, its ASCII case ignored (the triggers are
    // lowercase: a test checks it); only the bytes a date after a trigger may take are
    // lowercased (a copy of the whole text was made for every source).
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Perf (issue 7, 13): a byte is a candidate only at a word start and when a trigger
    // starts with it, both read from tables (this loop was 12% of extraction).
    let mut at_word = true;
    while let Some(&x) = b.get(i) {
        if !(at_word && TRIGGER_FIRST[usize::from(x)]) {
            at_word = !ALNUM[usize::from(x)];
            i += 1;
            continue;
        }
        let first = x.to_ascii_lowercase();
        let trigger = second_fits(first, b.get(i + 1)).then(|| {
            TRIGGERS.iter().find(|t| {
                t.as_bytes().first() == Some(&first)
                    && b.get(i..i + t.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(t.as_bytes()))
            })
        });
        if let Some(t) = trigger.flatten() {
            let after = i + t.len();
            if b.get(after) == Some(&b' ') {
                if let Some((end, date)) = date_at(text, after + 1) {
                    out.push((i, end, date));
                    i = end;
                    at_word = !b[end - 1].is_ascii_alphanumeric();
                    continue;
                }
            }
        }
        at_word = !ALNUM[usize::from(x)];
        i += 1;
    }
    out
}

/// The most bytes [`read_date`] reads from where it starts (the longest date, "24
/// September, 2022": five digits, a space, a month and its dot, a space, five digits, a
/// comma, a space, five digits, and the byte after it), rounded up.
const DATE_BYTES: usize = 48;

/// [`read_date`] at byte `at` of `text` (a char boundary), from the lowercased bytes
/// it may read: the same answer as on the whole text lowercased.
fn date_at(text: &str, at: usize) -> Option<(usize, Written)> {
    let mut end = (at + DATE_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let lower = text.get(at..end)?.to_ascii_lowercase();
    read_date(&lower, 0).map(|(e, date)| (at + e, date))
}

/// A date written at `at`: year, month year, day month year, or month day, year.
/// Returns its end and the date; `None` unless it ends at a word boundary.
pub fn read_date(lower: &str, at: usize) -> Option<(usize, Written)> {
    let (mut pos, day) = match read_number(lower, at) {
        Some((end, n, 4)) => return boundary(lower, end).then_some((end, year(n)?)),
        Some((end, n, 1..=2)) if lower[end..].starts_with(' ') => (end + 1, Some(n as u32)),
        _ => (at, None),
    };
    let (end, month) = read_month(lower, pos)?;
    pos = end;
    let mut day = day;
    if day.is_none() {
        if let Some((e, n, 1..=2)) =
            read_number(lower, pos + 1).filter(|_| lower[pos..].starts_with(' '))
        {
            if lower[e..].starts_with(", ") {
                day = Some(n as u32);
                pos = e + 1;
            }
        }
    }
    if !lower[pos..].starts_with(' ') {
        return None;
    }
    let (end, n, 4) = read_number(lower, pos + 1)? else {
        return None;
    };
    let date = Written {
        year: year(n)?.year,
        month: Some(month),
        day,
    };
    if let Some(d) = day {
        if d == 0 || d > days_in_month(date.year, month) {
            return None;
        }
    }
    boundary(lower, end).then_some((end, date))
}

fn year(n: i64) -> Option<Written> {
    (1700..=2200).contains(&n).then_some(Written {
        year: n,
        month: None,
        day: None,
    })
}

/// Digits at `at`: (end, value, digit count).
fn read_number(s: &str, at: usize) -> Option<(usize, i64, usize)> {
    let b = s.as_bytes();
    let mut end = at;
    while end < b.len() && b[end].is_ascii_digit() && end - at < 5 {
        end += 1;
    }
    let n = s.get(at..end)?.parse().ok()?;
    Some((end, n, end - at))
}

/// A month name at `at` (with an optional abbreviation dot): (end, month).
fn read_month(s: &str, at: usize) -> Option<(usize, u32)> {
    let rest = s.get(at..)?;
    // One month table for the crate (numerals'), matched without case: `s` is lowercased.
    crate::numerals::lexicon::MONTHS
        .iter()
        .find_map(|(name, m)| {
            let r = rest
                .get(..name.len())
                .filter(|p| p.eq_ignore_ascii_case(name))
                .map(|_| &rest[name.len()..])?;
            match r.as_bytes().first() {
                Some(b'.') if name.len() <= 4 => Some((at + name.len() + 1, *m)),
                Some(c) if c.is_ascii_alphanumeric() => None,
                _ => Some((at + name.len(), *m)),
            }
        })
}

fn boundary(s: &str, end: usize) -> bool {
    s.as_bytes()
        .get(end)
        .map_or(true, |c| !c.is_ascii_alphanumeric() && *c != b'%')
}

/// The first full date (day, month and year) in the header of a text that is not part
/// of a start phrase.
fn header_date(text: &str, starts: &[(usize, usize, Written)]) -> Option<i64> {
    let mut limit = HEADER_BYTES.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let lower = text[..limit].to_ascii_lowercase();
    let b = lower.as_bytes();
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_alphanumeric() || !b[i].is_ascii_alphanumeric() {
            continue;
        }
        if starts.iter().any(|(s, e, _)| *s <= i && i < *e) {
            continue;
        }
        if let Some(day) = parse_iso_date(lower.get(i..i + 10).unwrap_or("")) {
            return Some(day);
        }
        if let Some((
            _,
            Written {
                year,
                month: Some(m),
                day: Some(d),
            },
        )) = read_date(&lower, i)
        {
            return Some(days_from_civil(year, m, d));
        }
    }
    None
}

/// Year, month, day of a day number (inverse of `days_from_civil`).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// What [`sentence_around`] scanned for the phrase before: its start and the first
/// byte its backward scan reached, its end and where its forward scan stopped.
#[derive(Debug, Clone, Copy, Default)]
struct Scanned {
    start: usize,
    back: usize,
    end: usize,
    forth: usize,
    set: bool,
}

/// The sentence around a byte range: from after the previous `.`/`!`/`?` + space or
/// newline to the next one. Phrases come in text order; `last` is what the scan for
/// the one before found, so that no byte is scanned twice: reaching the previous
/// phrase's start going back, the scan would go on as it did; starting before where
/// its forward scan stopped, no stop lies between.
fn sentence_around(text: &str, start: usize, end: usize, last: &mut Scanned) -> (usize, usize) {
    let b = text.as_bytes();
    let stop = |i: usize| {
        b[i] == b'\n'
            || (matches!(b[i], b'.' | b'!' | b'?')
                && b.get(i + 1).map_or(true, |c| c.is_ascii_whitespace()))
    };
    let mut s = start;
    while s > 0 && !stop(s - 1) {
        if last.set && s == last.start {
            s = last.back;
            break;
        }
        s -= 1;
    }
    let mut e = end;
    if last.set && last.end <= end && end <= last.forth {
        e = last.forth;
    } else {
        while e < b.len() && !stop(e) {
            e += 1;
        }
    }
    *last = Scanned {
        start,
        back: s,
        end,
        forth: e,
        set: true,
    };
    let e = (e + 1).min(b.len());
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    (s, e)
}

/// A duration in seconds in plain words: "38 years", "3.5 years", "5 months", "12 days".
pub fn human_duration(seconds: f64) -> String {
    let days = seconds / DAY_S;
    let (n, unit) = if days >= YEAR_DAYS {
        (days / YEAR_DAYS, "year")
    } else if days >= 2.0 * YEAR_DAYS / 12.0 {
        (days * 12.0 / YEAR_DAYS, "month")
    } else {
        (days, "day")
    };
    let rounded = (n * 10.0).round() / 10.0;
    let s = crate::fmt::fixed(rounded, if rounded.fract() == 0.0 { 0 } else { 1 });
    format!("{s} {unit}{}", if rounded == 1.0 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `start_phrases` relies on to read the text as written.
    #[test]
    fn triggers_are_lowercase() {
        for t in TRIGGERS {
            assert_eq!(*t, t.to_ascii_lowercase(), "{t:?}");
        }
    }

    /// [`date_at`] reads as [`read_date`] on the whole text lowercased, at every byte.
    #[test]
    fn date_at_reads_as_the_whole_text() {
        let text = "Since 24 September, 2022 and 1987. SEPT. 3, 2019 Feb. 2022 12 may 20222 \
                    february 24, 2022x since 1999% é 3 March 2020";
        let lower = text.to_ascii_lowercase();
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(date_at(text, at), read_date(&lower, at), "{at}");
        }
    }

    fn derive_one(text: &str, date: Option<&str>) -> Vec<Mention> {
        let mut s = Source::new("a", text);
        s.date = date.map(str::to_string);
        let mut w = Vec::new();
        derived(&s, &[], &Options::default(), &mut w)
    }

    fn years(m: &Mention) -> f64 {
        m.value.unwrap() / (YEAR_DAYS * DAY_S)
    }

    #[test]
    fn since_a_year() {
        let d = derive_one(
            "The barrier has protected the city since 1987.",
            Some("2025-03-12"),
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "since 1987");
        assert!((years(&d[0]) - 38.0).abs() < 1e-9);
        assert!(d[0].low.unwrap() < d[0].value.unwrap());
    }

    #[test]
    fn began_in_a_month() {
        let text = "since the war began in February 2022, officials said.";
        let d = derive_one(text, Some("2025-08-18"));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "began in February 2022");
        assert_eq!(&text[d[0].start..d[0].end], d[0].text);
        assert!((years(&d[0]) - 3.5).abs() < 1e-9);
    }

    #[test]
    fn full_dates_and_datelines() {
        let text = "KYIV, Aug. 18, 2025 — The fighting broke out on February 24, 2022 in the east.";
        let d = derive_one(text, None);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "broke out on February 24, 2022");
        let expected =
            (parse_iso_date("2025-08-18").unwrap() - parse_iso_date("2022-02-24").unwrap()) as f64;
        assert_eq!(d[0].value, Some(expected * DAY_S));
    }

    #[test]
    fn no_date_no_figure_and_one_warning() {
        let mut w = Vec::new();
        let s = Source::new("a", "Since 1998 and since 2001, nothing.");
        assert!(derived(&s, &[], &Options::default(), &mut w).is_empty());
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn not_a_start_date() {
        for t in [
            "since 19870 people",
            "since 1987%",
            "since May",
            "since then, 2020",
            "began in 12 steps",
        ] {
            assert!(derive_one(t, Some("2025-01-01")).is_empty(), "{t}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for d in [-1000, 0, 59, 365, 19_000, 20_000, 80_000] {
            let (y, m, dd) = civil(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn words_for_durations() {
        assert_eq!(human_duration(38.0 * YEAR_DAYS * DAY_S), "38 years");
        assert_eq!(human_duration(3.5 * YEAR_DAYS * DAY_S), "3.5 years");
        assert_eq!(human_duration(10.0 * DAY_S), "10 days");
    }

    #[test]
    fn the_reference_year_skips_start_dates_and_years_ahead() {
        // "since 1998" is a start, "by 2030" a year ahead; a curly quote before a year
        // is a character of three bytes, not a word.
        let a = Source::new(
            "a",
            "The party\u{2019}s 2024 win, its best since 1998, will shape plans by 2030.",
        );
        let b = Source::new(
            "b",
            "\u{2019}2024 was the year; by 2030 a new vote, by 2030 at the latest.",
        );
        assert_eq!(reference_year(&[a.clone(), b]), Some(2024));
        // A year named once is not enough.
        assert_eq!(reference_year(&[a.clone()]), None);
        // A start in the reference's own year is not counted.
        let c = Source::new(
            "c",
            "In 2024, unrest that began in 2024 spread through the 2024 season; it had simmered since 2019.",
        );
        let mut w = Vec::new();
        let d = derived_counted_to(
            &c,
            &[],
            &Options::default(),
            &|| reference_year(std::slice::from_ref(&c)),
            &mut w,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].text, "since 2019");
        assert!(w[0].message.contains("counted to 2024"), "{w:?}");
    }
}
