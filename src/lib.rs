//! # fact-compare
//!
//! Find every numeric claim in several texts about the same event, normalize each to a
//! value and an interval, line up the claims that measure the same thing across
//! sources, and say where the sources agree, differ, conflict, or measure different
//! scopes.
//!
//! ## Pipeline
//!
//! ```text
//! text ─ segment ─ numerals ─ quantities ─ normalize ─┐      (per source)
//!                                  derive (dates) ─────┤
//!                                                      └─ align ─ verdict ─ Report
//! ```
//!
//! | module | verb |
//! |---|---|
//! | [`segment`] | split text into sentences and tokens with byte spans |
//! | [`numerals`] | read numbers written in digits or words ("ninety-nine", "2½", "$1.2bn") |
//! | [`quantities`] | attach units, currencies, hedges and ranges to numbers |
//! | [`normalize`] | convert to canonical units and intervals; build [`Mention`]s |
//! | [`derive`] | derived figures ("since 2022" + publication date = a duration) |
//! | [`align`] | group mentions that measure the same thing across sources |
//! | [`verdict`] | judge each group: agree, differ, conflict, scope, single |
//! | [`report`] | the plain data returned to every surface |
//!
//! ## The claim model
//!
//! A [`Mention`] is one claim in one source: its exact span, a dimension and canonical
//! unit, the stated `value`, and the interval `[low, high]` that its hedge allows
//! ("nearly 4 years" is [3.6, 4) years, in seconds). Hedges are never dropped.
//!
//! ## Example
//!
//! ```
//! use fact_compare::{compare, Options, Source, Verdict};
//!
//! let sources = [
//!     Source::new("a", "Officials said at least 14 people were killed in the floods."),
//!     Source::new("b", "The floods killed 9 people, officials said."),
//! ];
//! let report = compare(&sources, &Options::default()).unwrap();
//! assert_eq!(report.mentions.len(), 2);
//! assert_eq!(report.mentions[0].low, Some(14.0));
//! assert_eq!(report.mentions[0].high, None);
//! ```

pub mod align;
pub mod case;
pub mod context;
pub mod dates;
pub mod derive;
pub mod error;
pub mod fmt;
pub mod lexicon;
pub mod normalize;
pub mod numerals;
pub mod options;
pub mod quantities;
pub mod report;
pub mod segment;
pub mod sort;
pub mod utf16;
pub mod verdict;

/// The wasm-bindgen boundary (only on wasm32): `compare`, `extract`, `version` for JS.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, ErrorKind};
pub use options::Options;
pub use report::{
    Dimension, Facet, Frame, Group, Mention, Qualifier, QualifierKind, Report, Source, SourceInfo,
    Verdict, Warning, REPORT_VERSION,
};

/// Find every numeric claim in each source and group the ones that measure the same
/// thing across sources.
///
/// Errors only on bad input (no sources, empty or duplicate ids, empty text, input
/// over the limits) or bad options; any text is otherwise accepted.
pub fn compare(sources: &[Source], options: &Options) -> Result<Report, Error> {
    let mut report = extract_unframed(sources, options)?;
    report.groups = align::align(sources, &mut report.mentions, options);
    drop_lone_derived(&mut report);
    Ok(report)
}

/// A derived figure ("since 1987" + the date = 38 years) is shown only where it meets a
/// stated figure: alone it is the reader's own date arithmetic, not a claim of the text.
fn drop_lone_derived(report: &mut Report) {
    // Sorted and searched (no tree set: it would cost wasm bytes).
    let mut derived: Vec<&str> = report
        .mentions
        .iter()
        .filter(|m| m.derived.is_some())
        .map(|m| m.id.as_str())
        .collect();
    if derived.is_empty() {
        return;
    }
    sort::sort(&mut derived);
    let mut dropped: Vec<String> = Vec::new();
    report.groups.retain(|g| {
        let keep = g
            .mentions
            .iter()
            .any(|id| derived.binary_search(&id.as_str()).is_err());
        if !keep {
            dropped.extend(g.mentions.iter().cloned());
        }
        keep
    });
    // (issue 13: sorted and searched, not scanned once per mention)
    sort::sort(&mut dropped);
    report
        .mentions
        .retain(|m| dropped.binary_search(&m.id).is_err());
    for (n, g) in report.groups.iter_mut().enumerate() {
        g.id = fmt::group_id(n + 1);
    }
}

/// Find every numeric claim in each source: the same [`Report`] as [`compare`], with
/// `groups` empty (and with every derived figure, where `compare` keeps only those that
/// meet a stated figure).
///
/// ```
/// use fact_compare::{extract, Options, Source};
/// let r = extract(&[Source::new("x", "Roughly one-fifth of the land.")], &Options::default()).unwrap();
/// assert!(r.groups.is_empty());
/// ```
pub fn extract(sources: &[Source], options: &Options) -> Result<Report, Error> {
    let mut report = extract_unframed(sources, options)?;
    align::frames(sources, &mut report.mentions);
    Ok(report)
}

/// [`extract`] without the mentions' frames (`compare` reads them while grouping).
fn extract_unframed(sources: &[Source], options: &Options) -> Result<Report, Error> {
    validate(sources, options)?;
    let mut mentions = Vec::new();
    let mut infos = Vec::with_capacity(sources.len());
    let mut warnings = Vec::new();
    // Each source's start phrases ("since 1987"), read once for the derived figures and
    // the story's year (issue 13: they were read twice).
    let starts: Vec<_> = sources
        .iter()
        .map(|s| derive::start_phrases(&s.text))
        .collect();
    // Read only if some source needs it (an undated "since 1987").
    let story_year = std::cell::OnceCell::new();
    let story_year = || *story_year.get_or_init(|| derive::reference_year_from(sources, &starts));
    for (source, starts) in sources.iter().zip(&starts) {
        infos.push(SourceInfo {
            id: source.id.clone(),
            title: source.title.clone(),
            chars: source.text.chars().count(),
        });
        let found = extract_text(&source.text, options);
        let mut derived = derive::derived_from_starts(
            source,
            starts,
            &found,
            options,
            &story_year,
            &mut warnings,
        );
        let mut all = found;
        all.append(&mut derived);
        sort::sort_by_key(&mut all, |m| (m.start, m.end));
        finish_mentions(source, &mut all);
        if mentions.is_empty() {
            // (issue 13: moved, not copied: one source's mentions are most of a dense Report)
            mentions = all;
        } else {
            mentions.append(&mut all);
        }
    }
    Ok(Report {
        version: REPORT_VERSION,
        sources: infos,
        mentions,
        groups: Vec::new(),
        warnings,
    })
}

/// The mentions of one text, with `id`, `source` and the UTF-16 offsets not yet set.
/// This is the per-source pipeline: segment, numerals, quantities, normalize.
pub fn extract_text(text: &str, options: &Options) -> Vec<Mention> {
    normalize::mentions(text, options)
}

/// Set ids, the source id and UTF-16 offsets (once, at the end).
fn finish_mentions(source: &Source, mentions: &mut [Mention]) {
    let map = utf16::Utf16Map::new(&source.text);
    let mut id = format!("{}:", source.id);
    let prefix = id.len();
    for (n, m) in mentions.iter_mut().enumerate() {
        // (issue 13: written, not formatted: a dense text has a mention every 2 bytes)
        id.truncate(prefix);
        fmt::push_decimal(&mut id, n + 1);
        m.id = id.clone();
        m.source = source.id.clone();
        m.start_utf16 = map.to_utf16(m.start);
        m.end_utf16 = map.to_utf16(m.end);
        m.sentence_start_utf16 = map.to_utf16(m.sentence_start);
        m.sentence_end_utf16 = map.to_utf16(m.sentence_end);
        for q in &mut m.qualifiers {
            q.start_utf16 = map.to_utf16(q.start);
            q.end_utf16 = map.to_utf16(q.end);
        }
    }
}

/// Check the input against DESIGN.md's limits; messages name the source.
fn validate(sources: &[Source], options: &Options) -> Result<(), Error> {
    options.validate()?;
    if sources.is_empty() {
        return Err(Error::new(
            ErrorKind::NoSources,
            "No sources were given: pass at least one.",
        ));
    }
    if sources.len() > options.max_sources {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "Too many sources: {} given, the limit is {} (option `max_sources`).",
                sources.len(),
                options.max_sources
            ),
        ));
    }
    let total: usize = sources.iter().map(|s| s.text.len()).sum();
    if total > options.max_input_bytes {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "The input is too large: {total} bytes of text, the limit is {} (option `max_input_bytes`).",
                options.max_input_bytes
            ),
        ));
    }
    // Repeated ids: sort the ids once (no hash table: it would cost wasm bytes).
    let mut ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    sort::sort(&mut ids);
    let repeated = ids.windows(2).find(|w| w[0] == w[1]).map(|w| w[0]);
    for (i, s) in sources.iter().enumerate() {
        if s.id.trim().is_empty() {
            return Err(Error::new(
                ErrorKind::BadId,
                format!(
                    "Source #{} has an empty id: give every source a name.",
                    i + 1
                ),
            ));
        }
        if repeated == Some(s.id.as_str()) {
            return Err(Error::new(
                ErrorKind::BadId,
                format!("Source id \"{}\" is used twice: ids must be unique.", s.id),
            ));
        }
        if s.text.trim().is_empty() {
            return Err(Error::new(
                ErrorKind::EmptyText,
                format!("Source \"{}\" has no text.", s.id),
            ));
        }
        if looks_binary(&s.text) {
            return Err(Error::new(
                ErrorKind::NotText,
                format!("Source \"{}\" does not look like text (it is mostly control characters or NUL bytes).", s.id),
            ));
        }
        if let Some(d) = &s.date {
            if dates::parse_iso_date(d).is_none() {
                return Err(Error::new(
                    ErrorKind::BadOptions,
                    format!("Source \"{}\" has date \"{d}\": write it YYYY-MM-DD.", s.id),
                ));
            }
        }
    }
    Ok(())
}

/// More than 10% control characters (other than tab, CR, LF) means binary junk.
///
/// Read byte by byte (issue 13): a character starts at every byte that is not a UTF-8
/// continuation byte; the control characters outside ASCII are U+0080..U+009F (C2 80
/// to C2 9F) and the replacement character U+FFFD (EF BF BD).
fn looks_binary(text: &str) -> bool {
    let b = text.as_bytes();
    let mut n = 0usize;
    let mut ctrl = 0usize;
    // (issue 13) Eight bytes at once where they are all printable ASCII (0x20..=0x7e):
    // eight characters, none a control; any other byte is read alone.
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let printable = |chunk: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        let low7 = x & !HIGH;
        // bit 7 of a byte: set where it is 0x7f or above, resp. below 0x20
        let high = ((low7 + ONES) | x) & HIGH;
        let below = !(low7 + ONES * (0x80 - 0x20)) & !x & HIGH;
        high | below == 0
    };
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // (natively: in the wasm module it costs more bytes than it saves time)
        if !cfg!(target_arch = "wasm32") && b.get(i..i + 8).is_some_and(printable) {
            n += 8;
            i += 8;
            continue;
        }
        n += usize::from(x & 0xc0 != 0x80);
        let control = match x {
            0x00..=0x1f => !matches!(x, b'\t' | b'\n' | b'\r' | 0x0c),
            0x7f => true,
            0xc2 => b.get(i + 1).is_some_and(|y| (0x80..=0x9f).contains(y)),
            0xef => b[i + 1..].starts_with(&[0xbf, 0xbd]),
            _ => false,
        };
        ctrl += usize::from(control);
        i += 1;
    }
    n > 0 && ctrl * 10 > n
}

#[cfg(test)]
mod tests {
    /// The byte reading of [`super::looks_binary`] agrees with a reading of characters.
    #[test]
    fn looks_binary_counts_characters() {
        let by_chars = |text: &str| {
            let n = text.chars().count();
            let ctrl = text
                .chars()
                .filter(|&c| {
                    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}'
                })
                .count();
            n > 0 && ctrl * 10 > n
        };
        for text in [
            "",
            "plain text, 14 killed",
            "\0\0\0 abc",
            "\u{80}\u{9f}é\u{a0}ab",
            "\u{fffd}\u{fffd}xyz",
            "\u{fffd}abcdefghijklmnop",
            "\t\n\r\x0c",
            "\x7f\x01 北京 🙂",
            "ab\u{85}\u{85}",
            "a long line of plain text, then\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{e}",
            "0123456789abcdef0123456789abcdef\u{7f}\u{7f}\u{7f}\u{7f}",
            "01234567 \u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}",
            "0123456789abcdef é\u{80}\u{80}\u{80}\u{80}\u{80}\u{80}\u{80}",
            "~~~~~~~~ !!!!!!!! \u{0}",
        ] {
            assert_eq!(super::looks_binary(text), by_chars(text), "{text:?}");
        }
    }
}
