//! Small, allocation-free matchers over the raw text, used by every recognizer.
//!
//! Phrases in the lexicons are ASCII-lowercase words separated by single spaces (plus a
//! few symbols). A space in a phrase matches one or more spaces of any kind in the
//! text (ASCII whitespace, no-break space, thin spaces). Matching is ASCII
//! case-insensitive unless asked otherwise, and a phrase that ends (starts) with a
//! letter or digit must end (start) at a word boundary.

/// Whether `c` separates words like a space does (incl. NBSP and thin spaces).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // (issue 13: the common case first; of ASCII white space only these two)
        return c == ' ' || c == '\t';
    }
    // A line break is not a space inside a claim: the segmenter ends a sentence there,
    // and CRLF must read like LF ("$ \n 20%" is no dollar amount).
    (c.is_whitespace()
        && !matches!(
            c,
            '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        ))
        || matches!(c, '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{200a}')
}

/// The character just before byte `i`, if any.
#[inline]
pub fn char_before(text: &str, i: usize) -> Option<char> {
    // (issue 13: ASCII without a boundary check; an ASCII byte is never followed by a
    // continuation byte, so `i` is a char boundary)
    match i.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(..i)?.chars().next_back(),
    }
}

/// The character at byte `i`, if any.
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// Skip spaces forward from `i`.
pub fn skip_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skip spaces backward from `i` (returns the offset after the last non-space).
pub fn skip_space_back(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_before(text, i) {
        if !is_space(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

fn same(a: u8, b: u8, case: bool) -> bool {
    if case {
        a == b
    } else {
        a.eq_ignore_ascii_case(&b)
    }
}

/// Match `phrase` starting exactly at byte `i`; the end offset on success.
///
/// Perf (issue 7): the first byte is compared inline and the rest of the match is a
/// call; callers try whole tables at every position, and the call per table row was
/// the largest single cost of extraction. Same result as the full match.
#[inline(always)]
pub fn match_at(text: &str, i: usize, phrase: &str, case: bool) -> Option<usize> {
    let (&p0, &t0) = (phrase.as_bytes().first()?, text.as_bytes().get(i)?);
    if p0 == b' ' {
        return match_at_full(text, i, phrase, case);
    }
    if !quick_same(t0, p0, case) {
        return None;
    }
    // (issue 13: and the second byte, when both are letters of the phrase: most rows
    // that share a first letter differ there)
    if let Some(&p1) = phrase.as_bytes().get(1).filter(|&&b| b != b' ') {
        if !text
            .as_bytes()
            .get(i + 1)
            .is_some_and(|&t1| quick_same(t1, p1, case))
        {
            return None;
        }
    }
    match_at_full(text, i, phrase, case)
}

/// What [`match_at`] of a phrase that opens with a space reads first at byte `i`: its
/// spaces, and the byte after them. Read once for all the rows tried there (issue 13:
/// a table's rows that open with a space are listed at every space).
#[derive(Debug, Clone, Copy)]
pub struct Spaces {
    /// One or more spaces of the text start at `i`.
    spaced: bool,
    /// The byte after them.
    next: Option<u8>,
}

impl Spaces {
    /// The spaces at byte `i` of `text`.
    pub fn at(text: &str, i: usize) -> Spaces {
        let j = skip_space(text, i);
        Spaces {
            spaced: j > i,
            next: text.as_bytes().get(j).copied(),
        }
    }

    /// A necessary condition for `match_at(text, i, phrase, _)`, from these spaces
    /// alone: false only when that match must fail (a phrase that does not open with
    /// a space is never ruled out).
    #[inline]
    pub fn may_match(self, phrase: &str) -> bool {
        let p = phrase.as_bytes();
        if p.first() != Some(&b' ') {
            return true;
        }
        self.spaced
            && match p.get(1) {
                Some(&p1) if p1 != b' ' => self.next.is_some_and(|t1| quick_same(t1, p1, false)),
                _ => true,
            }
    }
}

/// A necessary condition for `same(a, b, case)`, inline: bytes equal ignoring ASCII
/// case are equal once bit 0x20 is set in both; the full match checks exactly.
#[inline(always)]
fn quick_same(a: u8, b: u8, case: bool) -> bool {
    if case {
        a == b
    } else {
        a | 0x20 == b | 0x20
    }
}

fn match_at_full(text: &str, i: usize, phrase: &str, case: bool) -> Option<usize> {
    let t = text.as_bytes();
    let p = phrase.as_bytes();
    if p.first() == Some(&b' ') {
        // (issue 13) A leading space is one or more spaces of the text: the byte after
        // them must be the phrase's next one (the clause marks " while ", " — ", ...
        // are tried at every space of a figure's window).
        let j = skip_space(text, i);
        if j == i {
            return None;
        }
        if let Some(&p1) = p.get(1).filter(|&&b| b != b' ') {
            if !t.get(j).is_some_and(|&t1| quick_same(t1, p1, case)) {
                return None;
            }
        }
    }
    let mut ti = i;
    let mut pi = 0;
    while pi < p.len() {
        if p[pi] == b' ' {
            let j = skip_space(text, ti);
            if j == ti {
                return None;
            }
            ti = j;
            pi += 1;
            continue;
        }
        if ti >= t.len() || !same(t[ti], p[pi], case) {
            return None;
        }
        ti += 1;
        pi += 1;
    }
    if !text.is_char_boundary(ti) {
        return None;
    }
    let last = phrase.chars().next_back()?;
    if last.is_alphanumeric() && char_at(text, ti).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(ti)
}

/// Match `phrase` ending exactly at byte `end`; the start offset on success.
///
/// Perf (issue 7): the last byte is compared inline first, as in [`match_at`].
#[inline(always)]
pub fn match_before(text: &str, end: usize, phrase: &str, case: bool) -> Option<usize> {
    let (&p0, &t0) = (
        phrase.as_bytes().last()?,
        text.as_bytes().get(end.checked_sub(1)?)?,
    );
    if p0 != b' ' && !quick_same(t0, p0, case) {
        return None;
    }
    match_before_full(text, end, phrase, case)
}

fn match_before_full(text: &str, end: usize, phrase: &str, case: bool) -> Option<usize> {
    let t = text.as_bytes();
    let p = phrase.as_bytes();
    let mut ti = end;
    let mut pi = p.len();
    while pi > 0 {
        if p[pi - 1] == b' ' {
            let j = skip_space_back(text, ti);
            if j == ti {
                return None;
            }
            ti = j;
            pi -= 1;
            continue;
        }
        if ti == 0 || !same(t[ti - 1], p[pi - 1], case) {
            return None;
        }
        ti -= 1;
        pi -= 1;
    }
    if !text.is_char_boundary(ti) {
        return None;
    }
    let first = phrase.chars().next()?;
    if first.is_alphanumeric() && char_before(text, ti).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(ti)
}

/// The first byte at or after `from` that is the ASCII letter `lower` in either case
/// (`lower | 0x20 == lower`), or the end: eight bytes at a time where none is (issue 13:
/// the whole-text scans for "a"/"an" and "no" read every byte of the text).
pub fn next_letter(bytes: &[u8], mut from: usize, lower: u8) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let want = ONES * u64::from(lower);
    // (natively: in the wasm module it costs more bytes than it saves time)
    while let Some(chunk) = bytes
        .get(from..from + 8)
        .filter(|_| !cfg!(target_arch = "wasm32"))
    {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        // a byte is zero where the byte was `lower` or its capital
        let x = (u64::from_le_bytes(w) | ONES * 0x20) ^ want;
        if x.wrapping_sub(ONES) & !x & HIGH != 0 {
            break;
        }
        from += 8;
    }
    while let Some(&b) = bytes.get(from) {
        if b | 0x20 == lower {
            break;
        }
        from += 1;
    }
    from.min(bytes.len())
}

/// The word (letters, digits, internal `.`/`'`/`’`/`-`) starting at `i`, if any.
pub fn word_at(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut last_alnum = i;
    loop {
        // (issue 13) a run of ASCII letters and digits at once
        if bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
            while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                j += 1;
            }
            last_alnum = j;
        }
        let Some(&b) = bytes.get(j) else {
            break;
        };
        // (issue 13: ASCII is read byte by byte; any other char as before)
        let c = if b < 0x80 {
            char::from(b)
        } else if let Some(c) = char_at(text, j) {
            c
        } else {
            break;
        };
        if c.is_alphanumeric() {
            j += c.len_utf8();
            last_alnum = j;
        } else if matches!(c, '.' | '\'' | '’' | '-')
            && char_at(text, j + c.len_utf8()).is_some_and(|d| d.is_alphanumeric())
        {
            j += c.len_utf8();
        } else if c == '.' && last_alnum == j && is_abbrev(&text[i..j]) {
            j += 1;
            last_alnum = j;
        } else {
            break;
        }
    }
    (last_alnum > i).then_some((i, last_alnum))
}

/// "U.S" + "." : a dotted abbreviation keeps its final dot.
fn is_abbrev(w: &str) -> bool {
    w.len() >= 3 && w.as_bytes()[1] == b'.'
}

/// Whether `w` starts with an uppercase letter.
pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether any phrase of `table` is a prefix of `text[i..]` (word-bounded); the longest.
pub fn longest_at<'t, T>(
    text: &str,
    i: usize,
    table: &'t [T],
    key: impl Fn(&T) -> (&'static str, bool),
) -> Option<(usize, &'t T)> {
    longest_in(text, i, table.iter(), key)
}

/// [`longest_at`] over the rows of `table` that `index` (built from its phrases) lists
/// for the byte at `i`: the same answer, from the few rows that may match.
pub fn longest_indexed<'t, T>(
    text: &str,
    i: usize,
    table: &'t [T],
    index: &RowIndex,
    key: impl Fn(&T) -> (&'static str, bool),
) -> Option<(usize, &'t T)> {
    let rows = index.rows(text, i).iter();
    longest_in(
        text,
        i,
        rows.filter_map(|&k| table.get(usize::from(k))),
        key,
    )
}

fn longest_in<'t, T: 't>(
    text: &str,
    i: usize,
    table: impl Iterator<Item = &'t T>,
    key: impl Fn(&T) -> (&'static str, bool),
) -> Option<(usize, &'t T)> {
    let mut best: Option<(usize, &T)> = None;
    for e in table {
        let (phrase, case) = key(e);
        if let Some(end) = match_at(text, i, phrase, case) {
            if best.is_none_or(|(b, _)| end > b) {
                best = Some((end, e));
            }
        }
    }
    best
}

/// The rows of a phrase table that may match at a byte, by that byte (issue 13: a
/// figure's unit is looked for among the few rows that start with the letter after
/// it, not in the whole table). A row is listed, in table order, under every byte
/// that [`match_at`] may not reject: both cases of its first letter; for a row that
/// starts with a space (one or more spaces of the text), every byte a space character
/// may start with (ASCII white space, and any byte outside ASCII).
pub struct RowIndex {
    /// `buckets[b]`: the indices of the rows that may match at a byte `b`.
    buckets: Vec<Vec<u16>>,
}

impl RowIndex {
    /// The index of a table's phrases, in table order.
    pub fn new<'a>(phrases: impl Iterator<Item = &'a str>) -> Self {
        Self::by_byte(phrases, <[u8]>::first)
    }

    /// An index of phrases under every byte that may stand where `end` (their first or
    /// last byte) stands in a match.
    fn by_byte<'a>(phrases: impl Iterator<Item = &'a str>, end: fn(&[u8]) -> Option<&u8>) -> Self {
        let mut buckets = vec![Vec::new(); 256];
        for (k, phrase) in phrases.enumerate() {
            let Some(&p0) = end(phrase.as_bytes()) else {
                continue;
            };
            for (b, bucket) in buckets.iter_mut().enumerate() {
                let b = b as u8;
                let may_space = b >= 0x80 || char::from(b).is_whitespace();
                if (p0 == b' ' && may_space) || (p0 != b' ' && quick_same(b, p0, false)) {
                    bucket.push(k as u16);
                }
            }
        }
        RowIndex { buckets }
    }

    /// The rows that may match at byte `i` of `text`, in table order (none past
    /// the end).
    pub fn rows(&self, text: &str, i: usize) -> &[u16] {
        text.as_bytes()
            .get(i)
            .map_or(&[], |&b| &self.buckets[usize::from(b)])
    }

    /// The index of a table's phrases by their last byte, for [`match_before`]: a row
    /// is listed under every byte that may end a match of it (both cases of its last
    /// letter; for a row that ends with a space, every byte a space character may end
    /// with).
    pub fn new_back<'a>(phrases: impl Iterator<Item = &'a str>) -> Self {
        Self::by_byte(phrases, <[u8]>::last)
    }

    /// The rows of a [`RowIndex::new_back`] index that may match ending at byte `end`
    /// of `text`, in table order (none at the start).
    pub fn rows_before(&self, text: &str, end: usize) -> &[u16] {
        end.checked_sub(1)
            .and_then(|p| text.as_bytes().get(p))
            .map_or(&[], |&b| &self.buckets[usize::from(b)])
    }
}

/// [`longest_before`] over the rows of `table` that `index` (built by
/// [`RowIndex::new_back`] from its phrases) lists for the byte before `end`: the same
/// answer, from the few rows that may match (issue 13: whole tables were tried before
/// every figure).
pub fn longest_before_indexed<'t, T>(
    text: &str,
    end: usize,
    table: &'t [T],
    index: &RowIndex,
    key: impl Fn(&T) -> (&'static str, bool),
) -> Option<(usize, &'t T)> {
    let mut best: Option<(usize, &T)> = None;
    for e in index
        .rows_before(text, end)
        .iter()
        .filter_map(|&k| table.get(usize::from(k)))
    {
        let (phrase, case) = key(e);
        if let Some(start) = match_before(text, end, phrase, case) {
            if best.is_none_or(|(b, _)| start < b) {
                best = Some((start, e));
            }
        }
    }
    best
}

/// The longest phrase of `table` ending at `end` (word-bounded); its start.
pub fn longest_before<'t, T>(
    text: &str,
    end: usize,
    table: &'t [T],
    key: impl Fn(&T) -> (&'static str, bool),
) -> Option<(usize, &'t T)> {
    let mut best: Option<(usize, &T)> = None;
    for e in table {
        let (phrase, case) = key(e);
        if let Some(start) = match_before(text, end, phrase, case) {
            if best.is_none_or(|(b, _)| start < b) {
                best = Some((start, e));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    /// [`super::next_letter`] finds the first byte that is the letter in either case,
    /// from every start.
    #[test]
    fn next_letter_finds_the_first_one() {
        let text = "xyzNOPQRSTUV no, An A a 0123456789 é\u{e1}\u{c1}nN!ab cdefghijklmnopqrstuvw";
        let b = text.as_bytes();
        for lower in [b'a', b'n', b'z'] {
            for from in 0..=b.len() {
                let want = (from..b.len())
                    .find(|&k| b[k] | 0x20 == lower)
                    .unwrap_or(b.len());
                assert_eq!(super::next_letter(b, from, lower), want, "{from}");
            }
        }
    }

    /// [`super::Spaces::may_match`] never rules out a phrase that matches, in either
    /// case mode, at any byte of a text with spaces of every kind (and rules some out).
    #[test]
    fn spaces_rule_out_no_match() {
        use crate::lexicon::{money, units};
        let text = "5 km, 3\u{a0}Miles;  40 per cent — 2 kg\t12 \u{2009}%  €9 US$ \n 7 Dollars, \
                    and 8 while  WHILE \u{3000}whereas –  -- although 1 ft ";
        let mut phrases: Vec<&str> = units::AFTER.iter().map(|r| r.0).collect();
        phrases.extend(money::AFTER.iter().map(|r| r.0));
        phrases.extend([
            " ",
            "  ",
            " — ",
            " while ",
            " whereas ",
            " -- ",
            " although ",
        ]);
        let mut ruled_out = 0;
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let spaces = super::Spaces::at(text, i);
            for p in &phrases {
                let may = spaces.may_match(p);
                for case in [false, true] {
                    if super::match_at(text, i, p, case).is_some() {
                        assert!(may, "{p:?} at {i}");
                    }
                }
                ruled_out += usize::from(!may);
            }
        }
        assert!(ruled_out > 0);
    }

    /// Over the rows a [`RowIndex`] lists, the longest match is the whole table's, at
    /// every byte of a text (spaces of every kind, both cases, signs, non-ASCII).
    #[test]
    fn indexed_rows_find_what_the_whole_table_finds() {
        use crate::lexicon::{money, units};
        let text =
            "5 km, 3\u{a0}Miles; 40 per cent — 2 kg\t12 \u{2009}%  €9 US$ 7 dollars, and 8°C \
                    nine-year 3 in. a Week , while it ran 10 KM/H or 4 mph in the FOOTBALL 1 ft";
        let rows = RowIndex::new(units::AFTER.iter().map(|r| r.0));
        let signs = RowIndex::new(money::AFTER.iter().map(|r| r.0));
        let marks: &[&str] = &[" — ", ", and ", " while ", ";", "per", " per cent"];
        let mark_rows = RowIndex::new(marks.iter().copied());
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let unit = |e: &units::UnitRow| (e.0, e.5 & units::CASE != 0);
            assert_eq!(
                longest_indexed(text, i, units::AFTER, &rows, unit),
                longest_at(text, i, units::AFTER, unit),
                "{i}"
            );
            let sign = |e: &(&'static str, &'static str, bool)| (e.0, e.2);
            assert_eq!(
                longest_indexed(text, i, money::AFTER, &signs, sign),
                longest_at(text, i, money::AFTER, sign),
                "{i}"
            );
            let mark = |e: &&'static str| (*e, false);
            assert_eq!(
                longest_indexed(text, i, marks, &mark_rows, mark),
                longest_at(text, i, marks, mark),
                "{i}"
            );
        }
    }

    /// Over the rows a [`RowIndex::new_back`] lists, the longest match ending at a byte
    /// is the whole table's, at every byte of a text (spaces of every kind, both cases,
    /// currency signs, hedges, non-ASCII).
    #[test]
    fn rows_by_last_byte_find_what_the_whole_table_finds() {
        use crate::lexicon::{hedges, money};
        use crate::quantities::hedge::HedgeKind;
        let text = "About US$5, nearly €9 and AT LEAST\u{a0}7; up to  £3 or more than 4 \
                    U.S.$ 2 EUR 6 almost\u{2009}8, Rs. 10 some ¥1 past 90 ROUGHLY 3 — 北京 ";
        let signs = RowIndex::new_back(money::BEFORE.iter().map(|r| r.0));
        let hedge_rows = RowIndex::new_back(hedges::BEFORE.iter().map(|r| r.0));
        let marks: &[&str] = &[" — ", "and ", " ", "to", "more than", "$"];
        let mark_rows = RowIndex::new_back(marks.iter().copied());
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let sign = |e: &(&'static str, &'static str, bool)| (e.0, e.2);
            assert_eq!(
                longest_before_indexed(text, i, money::BEFORE, &signs, sign),
                longest_before(text, i, money::BEFORE, sign),
                "{i}"
            );
            let hedge = |e: &(&'static str, HedgeKind)| (e.0, false);
            assert_eq!(
                longest_before_indexed(text, i, hedges::BEFORE, &hedge_rows, hedge),
                longest_before(text, i, hedges::BEFORE, hedge),
                "{i}"
            );
            let mark = |e: &&'static str| (*e, false);
            assert_eq!(
                longest_before_indexed(text, i, marks, &mark_rows, mark),
                longest_before(text, i, marks, mark),
                "{i}"
            );
        }
    }

    use super::*;

    #[test]
    fn phrases_match_flexible_space_and_boundaries() {
        let t = "at\u{a0}least 14 and AT LEAST";
        assert_eq!(match_at(t, 0, "at least", false), Some(9));
        assert_eq!(match_before(t, 9, "at least", false), Some(0));
        assert_eq!(match_before("recent", 6, "cent", false), None);
        assert_eq!(match_at("inches", 0, "in", false), None);
    }

    #[test]
    fn words_keep_abbreviations() {
        let t = "in U.S. weapons";
        assert_eq!(word_at(t, 3), Some((3, 7)));
        assert_eq!(word_at("deal.", 0), Some((0, 4)));
        assert_eq!(word_at("Zelensky’s x", 0), Some((0, 12)));
    }

    /// [`super::word_at`] a char at a time (before its runs of ASCII at once): the
    /// reference the fast reading must agree with.
    fn word_at_by_chars(text: &str, i: usize) -> Option<(usize, usize)> {
        let (mut j, mut last_alnum) = (i, i);
        while let Some(c) = text.get(j..).and_then(|r| r.chars().next()) {
            let next_alnum = || text[j + c.len_utf8()..].starts_with(char::is_alphanumeric);
            if c.is_alphanumeric() {
                j += c.len_utf8();
                last_alnum = j;
            } else if matches!(c, '.' | '\'' | '’' | '-') && next_alnum() {
                j += c.len_utf8();
            } else if c == '.' && last_alnum == j && super::is_abbrev(&text[i..j]) {
                j += 1;
                last_alnum = j;
            } else {
                break;
            }
        }
        (last_alnum > i).then_some((i, last_alnum))
    }

    /// At every char of random texts of letters, digits, dots, apostrophes, hyphens,
    /// abbreviations and non-ASCII letters.
    #[test]
    fn word_at_reads_fast_as_by_chars() {
        let pieces = [
            "a", "Ab", "U.S.", "e.g", "1", "3.5", ".", "'", "’", "-", " ", "é", "北", "🙂",
            "\u{301}", "x-y", "St.", "..",
        ];
        let mut seed = 3u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..5_000 {
            let n = next() % 12;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            for (i, _) in text.char_indices() {
                assert_eq!(
                    super::word_at(&text, i),
                    word_at_by_chars(&text, i),
                    "{text:?} {i}"
                );
            }
        }
    }
}
