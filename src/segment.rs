//! Segmentation: sentences and tokens, each with its exact byte span.
//!
//! ## Sentences
//!
//! A sentence ends:
//!
//! - at a line break (headlines, captions and page furniture have no full stop);
//! - at `!`, `?` or `…`, and at `.` unless it belongs to a decimal ("3.5"), an
//!   abbreviation from [`ABBREVIATIONS`] ("Gen.", "No.", "Jan.", "approx."), an initial
//!   ("Donald J. Trump") or a dotted acronym ("U.S.", "a.m.") that is not followed by a
//!   typical sentence opener ("... in the U.S. The talks ..." does end);
//!
//! and only when the mark (with any closing quotes or brackets after it: `”`, `’`, `)`)
//! is followed by white space (including no-break and thin spaces) or the end of the
//! text, and the next word does not start in lower case. Spans are trimmed of white
//! space; empty sentences are dropped. One pass: linear in the text.
//!
//! ## Tokens
//!
//! [`tokens`] splits a text into words (letters, with inner apostrophes: "we'll",
//! "Russia’s"), runs of ASCII digits, and single punctuation characters; white space
//! (any Unicode space, including U+00A0 and U+2009) separates tokens and is not one.
//!
//! ```
//! use fact_compare::segment::{sentences, tokens, TokenKind};
//! let text = "Gen. Smith met U.S. officials at 3.5 p.m. on Monday.\nHeadline here";
//! let s = sentences(text);
//! assert_eq!(s.len(), 2);
//! assert_eq!(&text[s[1].start..s[1].end], "Headline here");
//! let t = tokens("G7’s 1,500");
//! assert_eq!(t[0].kind, TokenKind::Word);
//! assert_eq!(&"G7’s 1,500"[t[1].start..t[1].end], "7");
//! ```

/// A sentence: byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// What kind of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with apostrophes between letters ("we'll", "Russia’s").
    Word,
    /// A run of ASCII digits ("1", "2025"); grouping and decimals are the numeral
    /// reader's business.
    Digits,
    /// Any other single character that is not white space.
    Punct,
}

/// A token: byte offsets into the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
}

/// Titles and labels that always take a full stop and a name or number after it
/// (compared without case): never the end of a sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "no",
    "nos", "nr", "vol", "art", "sec", "ch", "fig", "pp",
];

/// Other abbreviations that take a full stop (compared without case): the sentence
/// goes on unless a typical opener ("The", "He", ...) follows.
pub const ABBREVIATIONS: &[&str] = &[
    "sr", "jr", "approx", "est", "ca", "vs", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "mt",
    "ft", "op", "ed", "eds", "min", "max",
];

/// Words that open a new sentence after a dotted acronym ("... in the U.S. The ...").
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "on",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "as",
    "after",
    "when",
    "while",
    "if",
    "so",
    "yet",
    "meanwhile",
    "however",
    "officials",
];

/// Unicode white space, including no-break (U+00A0), thin (U+2009) and narrow
/// no-break (U+202F) spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Characters that may follow a sentence mark before the space: closing quotes and brackets.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›')
}

/// Split a text into sentences (see the module docs for the rules).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // (issue 13) Bytes are read one by one and only a byte that may begin a sentence
    // mark is decoded: `\n`, `!`, `?`, `.`, and 0xE2, the first byte of `…`, U+2028
    // and U+2029. `i` is a char boundary wherever a slice of the text starts at it.
    while let Some(&b) = bytes.get(i) {
        let c = match b {
            b'\n' | b'!' | b'?' | b'.' => char::from(b),
            0xe2 => match text[i..].chars().next() {
                Some(c @ ('…' | '\u{2028}' | '\u{2029}')) => c,
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i = next_mark(bytes, i + 1);
                continue;
            }
        };
        let mark_end = i + c.len_utf8();
        if c == '.' && dot_continues(text, i) {
            i = mark_end;
            continue;
        }
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            push_trimmed(text, start, mark_end, &mut out);
            start = mark_end;
            i = mark_end;
            continue;
        }
        // Swallow closing quotes/brackets and repeated marks ("?!", "...").
        let mut end = mark_end;
        while let Some(d) = text[end..].chars().next() {
            if is_closer(d) || matches!(d, '.' | '!' | '?' | '…') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        if !closes_at(text, end) {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The first byte at or after `from` that may begin a sentence mark (`\n`, `!`, `?`,
/// `.`, 0xE2), or the end: eight bytes at a time where none is (issue 13).
fn next_mark(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    // a byte of `x` is zero: the exact test (no false positive from a borrow, as the
    // bytes below the first zero have none)
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        let any = [b'\n', b'!', b'?', b'.', 0xe2]
            .iter()
            .any(|&b| zero(x ^ (ONES * u64::from(b))));
        if any {
            break;
        }
        from += 8;
    }
    while let Some(&b) = bytes.get(from) {
        if matches!(b, b'\n' | b'!' | b'?' | b'.' | 0xe2) {
            break;
        }
        from += 1;
    }
    from.min(bytes.len())
}

/// Whether a sentence mark ending at byte `end` closes the sentence: a space, a line
/// break or the end of the text follows, and no lower-case word after the space.
fn closes_at(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let after_space = rest.trim_start_matches(|ch: char| is_space(ch) && ch != '\n');
    let spaced = after_space.len() < rest.len() || rest.is_empty() || rest.starts_with('\n');
    spaced && !after_space.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the `.` at byte `i` is part of a number, an abbreviation, an initial or an
/// acronym (so the sentence goes on).
fn dot_continues(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
    let next_digit = b.get(i + 1).is_some_and(|c| c.is_ascii_digit());
    if prev_digit && next_digit {
        return true;
    }
    // The word just before the dot.
    let before = &text[..i];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(i, |(j, _)| j);
    let word = &text[word_start..i];
    if word.is_empty() {
        return false;
    }
    // (issue 13: the words are compared ignoring ASCII case, as their ASCII lowercase
    // copies were: every table here is ASCII lowercase, a test checks it)
    let is_in = |table: &[&str], w: &str| table.iter().any(|t| t.eq_ignore_ascii_case(w));
    let dotted_before = word_start > 0 && b[word_start - 1] == b'.';
    let single = word.chars().count() == 1;
    // Word after the dot (skipping spaces and quotes).
    let after = text[i + 1..].trim_start_matches(|c: char| is_space(c) && c != '\n');
    let next_word = &after[..after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len())];
    if single && word.chars().all(char::is_uppercase) && !dotted_before {
        // An initial ("J. Trump") or the first letter of an acronym ("U.S.").
        return !is_in(OPENERS, next_word)
            || text[i + 1..].starts_with(|c: char| c.is_alphabetic());
    }
    if single || dotted_before {
        // Last piece of an acronym: "U.S.", "a.m.", "e.g.".
        return !is_in(OPENERS, next_word);
    }
    if is_in(TITLES, word) {
        return true;
    }
    if is_in(ABBREVIATIONS, word) {
        return !is_in(OPENERS, next_word);
    }
    false
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let trimmed_start = s.trim_start_matches(is_space);
    let lead = s.len() - trimmed_start.len();
    let trail = trimmed_start.len() - trimmed_start.trim_end_matches(is_space).len();
    if lead + trail < s.len() {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

/// Whether the capital `d` at byte `j` starts a new word glued to the word begun at `i`.
fn glued(text: &str, i: usize, j: usize, d: char) -> bool {
    d.is_uppercase()
        && j - i >= 4
        && text[i..j].chars().rev().take(4).all(char::is_lowercase)
        && text[j + d.len_utf8()..].starts_with(char::is_lowercase)
}

/// Split a text into word, digit and punctuation tokens (see the module docs).
pub fn tokens(text: &str) -> Vec<Token> {
    // (issue 13) Bytes below 0x80 are read as they are, any other char is decoded:
    // the same tokens as a walk over `char_indices`, at a fraction of the cost.
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while bytes.get(end).is_some_and(u8::is_ascii_digit) {
                end += 1;
            }
            TokenKind::Digits
        } else if c.is_alphabetic() {
            loop {
                // (issue 13) a run of ASCII small letters at once: none is a capital, a
                // mark or an apostrophe, and each is a letter
                while bytes.get(end).is_some_and(u8::is_ascii_lowercase) {
                    end += 1;
                }
                let Some(d) = char_at(text, end) else {
                    break;
                };
                // words glued by page extraction: "324 millionNumber of" reads as
                // "million" + "Number" (a lower-case run of four or more letters, then
                // a capital and a lower-case letter; "iPhone", "McDonald" stay whole)
                if d.is_uppercase() && glued(text, i, end, d) {
                    break;
                }
                if d.is_alphabetic() || is_mark(d) {
                    end += d.len_utf8();
                } else if matches!(d, '\'' | '’')
                    && text[end + d.len_utf8()..].starts_with(char::is_alphabetic)
                {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else if is_space(c) {
            i = end;
            continue;
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            start: i,
            end,
            kind,
        });
        i = end;
    }
    out
}

/// The char at byte `i` (a char boundary), if any: ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// Combining marks stay inside a word ("café" written with U+0301).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// One token of a [`TokenStream`]: its span, kind, case-folded word id and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamToken {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// UTF-16 offset of `start` (what JavaScript counts).
    pub start_utf16: usize,
    /// UTF-16 offset of `end`.
    pub end_utf16: usize,
    /// Its kind (as [`tokens`] gives it).
    pub kind: TokenKind,
    /// The id of its case-folded text in the stream's vocabulary: equal ids, equal
    /// words ignoring case ("Killed", "killed").
    pub word: u32,
    /// [`CAPITALIZED`], [`SENTENCE_START`], [`LINE_START`], [`SPACE_BEFORE`],
    /// [`NON_ASCII`].
    pub flags: u8,
}

/// Flag: the token starts with an uppercase letter.
pub const CAPITALIZED: u8 = 1;
/// Flag: the token is the first of a sentence ([`sentences`]).
pub const SENTENCE_START: u8 = 2;
/// Flag: only white space stands between the token and the start of its line.
pub const LINE_START: u8 = 4;
/// Flag: white space (or the start of the text) stands right before the token.
pub const SPACE_BEFORE: u8 = 8;
/// Flag: the token has a character outside ASCII.
pub const NON_ASCII: u8 = 16;

/// A text read once: its sentences and its tokens, each token with its byte and UTF-16
/// span, kind, case-folded word id and flags. Plain data; a stage that reads it needs
/// neither the raw text's characters nor a second tokenizer.
///
/// ```
/// use fact_compare::segment::{TokenStream, CAPITALIZED};
/// let text = "Floods killed 14. Killed: “14”.";
/// let s = TokenStream::new(text);
/// let killed: Vec<_> = s.tokens.iter().filter(|t| s.word(t) == "killed").collect();
/// assert_eq!(killed.len(), 2);
/// assert_eq!(killed[0].word, killed[1].word);
/// assert!(killed[1].flags & CAPITALIZED != 0);
/// assert_eq!(s.tokens.last().unwrap().end_utf16, text.encode_utf16().count());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenStream {
    /// Every token, in text order.
    pub tokens: Vec<StreamToken>,
    /// The sentences ([`sentences`]).
    pub sentences: Vec<Sentence>,
    /// Case-folded words by id (see [`StreamToken::word`]).
    pub vocabulary: Vec<String>,
}

impl TokenStream {
    /// Read `text` once: tokens, sentences, word ids, UTF-16 offsets.
    pub fn new(text: &str) -> Self {
        let sentences = sentences(text);
        let raw = tokens(text);
        let mut ids: crate::align::fxhash::FxMap<String, u32> = Default::default();
        let mut vocabulary: Vec<String> = Vec::new();
        let mut out = Vec::with_capacity(raw.len());
        // UTF-16 offsets and line starts, carried along in one walk of the text.
        let (mut byte, mut unit) = (0usize, 0usize);
        let mut line_start = true;
        let mut next_sentence = 0;
        let bytes = text.as_bytes();
        for t in raw {
            let gap = &text[byte..t.start];
            if gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
                line_start = true;
            }
            unit += utf16_len(gap);
            let start_utf16 = unit;
            let piece = &text[t.start..t.end];
            unit += utf16_len(piece);
            byte = t.end;
            while sentences
                .get(next_sentence)
                .is_some_and(|s| s.end <= t.start)
            {
                next_sentence += 1;
            }
            let mut flags = 0;
            if piece.starts_with(char::is_uppercase) {
                flags |= CAPITALIZED;
            }
            if sentences
                .get(next_sentence)
                .is_some_and(|s| s.start == t.start)
            {
                flags |= SENTENCE_START;
            }
            if line_start {
                flags |= LINE_START;
            }
            if t.start == 0 || text[..t.start].chars().next_back().is_some_and(is_space) {
                flags |= SPACE_BEFORE;
            }
            if !bytes[t.start..t.end].is_ascii() {
                flags |= NON_ASCII;
            }
            let folded = fold(piece);
            let word = match ids.get(&folded) {
                Some(&id) => id,
                None => {
                    let id = vocabulary.len() as u32;
                    ids.insert(folded.clone(), id);
                    vocabulary.push(folded);
                    id
                }
            };
            line_start = false;
            out.push(StreamToken {
                start: t.start,
                end: t.end,
                start_utf16,
                end_utf16: unit,
                kind: t.kind,
                word,
                flags,
            });
        }
        TokenStream {
            tokens: out,
            sentences,
            vocabulary,
        }
    }

    /// The case-folded text of a token.
    pub fn word(&self, t: &StreamToken) -> &str {
        self.vocabulary
            .get(t.word as usize)
            .map_or("", String::as_str)
    }
}

/// Case folding for word ids: lowercase, and the curly apostrophe read as the straight
/// one ("Russia’s" and "russia's" are one word).
/// Word ids only need a consistent fold, so the small table of `crate::case` serves
/// (core's `to_lowercase` would link its 4 KB conversion table into the wasm module).
fn fold(word: &str) -> String {
    crate::case::lowercase(word).replace('’', "'")
}

fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

#[cfg(test)]
mod stream_tests {
    use super::*;

    const TEXTS: &[&str] = &[
        "Officials said at least 14 people were killed.\nHeadline: 3,700 homes",
        "Russia’s army — 20% of it — lost “ninety-nine” tanks. U.S. officials said so.",
        "🙂 北京 3 人 e\u{301}\u{301} ½ 2½ G7’s\u{a0}1,500\u{2009}km",
        "",
        "   \t ",
        "One.\r\nTwo 2.\rThree 3.\r\n\r\nFour",
    ];

    /// [`tokens`] a char at a time (before its run of small letters at once): the
    /// reference the fast reading must agree with.
    fn tokens_by_chars(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = text[i..].chars().next() {
            let mut end = i + c.len_utf8();
            let kind = if c.is_ascii_digit() {
                while text[end..].starts_with(|d: char| d.is_ascii_digit()) {
                    end += 1;
                }
                TokenKind::Digits
            } else if c.is_alphabetic() {
                while let Some(d) = text[end..].chars().next() {
                    if d.is_uppercase() && glued(text, i, end, d) {
                        break;
                    }
                    let apostrophe = matches!(d, '\'' | '’')
                        && text[end + d.len_utf8()..].starts_with(char::is_alphabetic);
                    if !(d.is_alphabetic() || is_mark(d) || apostrophe) {
                        break;
                    }
                    end += d.len_utf8();
                }
                TokenKind::Word
            } else if is_space(c) {
                i = end;
                continue;
            } else {
                TokenKind::Punct
            };
            out.push(Token {
                start: i,
                end,
                kind,
            });
            i = end;
        }
        out
    }

    /// On random texts of pieces that glue, split and join words in odd ways.
    #[test]
    fn tokens_read_fast_as_by_chars() {
        let pieces = [
            "million", "Number", "iPhone", "a", "B", "mcDonald", " ", "\n", "1", "12", ",", ".",
            "'", "’", "s", "é", "e\u{301}", "北", "🙂", "-", "ÉTÉ", "\u{a0}", "½",
        ];
        let mut seed = 5u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for text in TEXTS {
            assert_eq!(tokens(text), tokens_by_chars(text), "{text:?}");
        }
        for _ in 0..20_000 {
            let n = next() % 16;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            assert_eq!(tokens(&text), tokens_by_chars(&text), "{text:?}");
        }
    }

    /// The reading of [`sentences`] by chars before issue 13 (bytes now): kept as
    /// the reference the byte reading must agree with.
    fn sentences_by_chars(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let mark_end = i + c.len_utf8();
            let ends = match c {
                '\n' | '\u{2028}' | '\u{2029}' => true,
                '!' | '?' | '…' => true,
                '.' => !dot_continues(text, i),
                _ => false,
            };
            if !ends {
                continue;
            }
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                push_trimmed(text, start, mark_end, &mut out);
                start = mark_end;
                continue;
            }
            // Swallow closing quotes/brackets and repeated marks ("?!", "...").
            let mut end = mark_end;
            while let Some(&(j, d)) = it.peek() {
                if is_closer(d) || matches!(d, '.' | '!' | '?' | '…') {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            if !closes_at(text, end) {
                continue;
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    /// [`next_mark`] finds the first mark byte, at every start, in texts with marks at
    /// every offset of an eight-byte chunk.
    #[test]
    fn next_mark_finds_the_first_mark_byte() {
        let text = "abcdefg.hijklmnopqrstu!vwxyz é … 12345678901234567?\nxy\u{a0}z北京abcdefghij";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            let want = (from..b.len())
                .find(|&k| matches!(b[k], b'\n' | b'!' | b'?' | b'.' | 0xe2))
                .unwrap_or(b.len());
            assert_eq!(next_mark(b, from), want, "{from}");
        }
    }

    /// What `dot_continues` relies on to compare words without a lowercase copy.
    #[test]
    fn dot_tables_are_ascii_lowercase() {
        for w in TITLES.iter().chain(ABBREVIATIONS).chain(OPENERS) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn sentences_read_by_bytes_as_by_chars() {
        let texts = [
            "Gen. Smith met U.S. officials at 3.5 p.m. on Monday.\nHeadline here",
            "He said “no.” Then he left!! Why?! (It was late.) OK…next… Done",
            "North\u{2028}South\u{2029}East … West. a.m. The end. e.g. this",
            "Prices rose 3.5%. Mr. Lee, Inc. and Co. agreed. “Yes,” she said.’ Next",
            "é. Ünter. 北京。 3…4 ... ?x !Y .z",
            "",
            "\n\n  .  \n",
        ];
        for text in texts.iter().copied().chain(TEXTS.iter().copied()) {
            assert_eq!(sentences(text), sentences_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn spans_are_slices_and_utf16_offsets_match() {
        for text in TEXTS {
            let s = TokenStream::new(text);
            let units: Vec<u16> = text.encode_utf16().collect();
            for t in &s.tokens {
                let piece = text.get(t.start..t.end).expect("a span on char boundaries");
                assert!(!piece.is_empty());
                let want: Vec<u16> = piece.encode_utf16().collect();
                assert_eq!(units[t.start_utf16..t.end_utf16], want[..], "{piece:?}");
                assert_eq!(s.word(t), fold(piece));
            }
            assert!(s.tokens.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }

    #[test]
    fn a_prefix_only_shifts_spans() {
        for text in TEXTS {
            let plain = TokenStream::new(text);
            // a prefix that ends a sentence and a line, so that nothing reads across it
            let prefix = "Prefix 9 «x».\n";
            let shifted = TokenStream::new(&format!("{prefix}{text}"));
            let skip = TokenStream::new(prefix).tokens.len();
            let rest = &shifted.tokens[skip..];
            assert_eq!(rest.len(), plain.tokens.len(), "{text:?}");
            let u = prefix.encode_utf16().count();
            for (a, b) in plain.tokens.iter().zip(rest) {
                assert_eq!(
                    (a.start + prefix.len(), a.end + prefix.len()),
                    (b.start, b.end)
                );
                assert_eq!(
                    (a.start_utf16 + u, a.end_utf16 + u),
                    (b.start_utf16, b.end_utf16)
                );
                assert_eq!((a.kind, a.flags), (b.kind, b.flags));
                assert_eq!(plain.word(a), shifted.word(b));
            }
        }
    }

    #[test]
    fn crlf_reads_like_lf() {
        for text in TEXTS {
            let lf = text.replace("\r\n", "\n");
            let (a, b) = (TokenStream::new(text), TokenStream::new(&lf));
            let shape = |s: &TokenStream, t: &str| -> Vec<(String, TokenKind, u8)> {
                s.tokens
                    .iter()
                    .map(|k| (t[k.start..k.end].to_string(), k.kind, k.flags))
                    .collect()
            };
            assert_eq!(shape(&a, text), shape(&b, &lf), "{text:?}");
            let sents = |s: &TokenStream, t: &str| -> Vec<String> {
                s.sentences
                    .iter()
                    .map(|x| t[x.start..x.end].replace("\r\n", "\n"))
                    .collect()
            };
            assert_eq!(sents(&a, text), sents(&b, &lf), "{text:?}");
        }
    }

    #[test]
    fn flags_and_ids() {
        let text = "The toll rose.\n  Toll: 7 killed, the TOLL";
        let s = TokenStream::new(text);
        let find = |w: &str, n: usize| {
            *s.tokens
                .iter()
                .filter(|t| &text[t.start..t.end] == w)
                .nth(n)
                .unwrap()
        };
        let (the, toll2, seven, toll3) = (
            find("The", 0),
            find("Toll", 0),
            find("7", 0),
            find("TOLL", 0),
        );
        assert_eq!(
            the.flags & (CAPITALIZED | SENTENCE_START | LINE_START),
            CAPITALIZED | SENTENCE_START | LINE_START
        );
        assert!(toll2.flags & LINE_START != 0 && toll2.flags & SENTENCE_START != 0);
        assert_eq!(seven.flags & (LINE_START | CAPITALIZED), 0);
        assert!(seven.flags & SPACE_BEFORE != 0);
        assert_eq!(toll2.word, toll3.word);
        assert_eq!(find("toll", 0).word, toll2.word);
        assert_eq!(seven.kind, TokenKind::Digits);
    }
}
