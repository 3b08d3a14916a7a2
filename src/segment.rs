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
        let rest = &text[end..];
        let after_space = rest.trim_start_matches(|ch: char| is_space(ch) && ch != '\n');
        let spaced = after_space.len() < rest.len() || rest.is_empty() || rest.starts_with('\n');
        if !spaced {
            continue;
        }
        let next = after_space.chars().next();
        if next.is_some_and(|ch| ch.is_lowercase()) {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
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
    let lower = word.to_ascii_lowercase();
    let dotted_before = word_start > 0 && b[word_start - 1] == b'.';
    let single = word.chars().count() == 1;
    // Word after the dot (skipping spaces and quotes).
    let after = text[i + 1..].trim_start_matches(|c: char| is_space(c) && c != '\n');
    let next_word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let next_lower = next_word.to_ascii_lowercase();
    if single && word.chars().all(char::is_uppercase) && !dotted_before {
        // An initial ("J. Trump") or the first letter of an acronym ("U.S.").
        return !OPENERS.contains(&next_lower.as_str())
            || text[i + 1..].starts_with(|c: char| c.is_alphabetic());
    }
    if single || dotted_before {
        // Last piece of an acronym: "U.S.", "a.m.", "e.g.".
        return !OPENERS.contains(&next_lower.as_str());
    }
    if TITLES.contains(&lower.as_str()) {
        return true;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return !OPENERS.contains(&next_lower.as_str());
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
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_space(c) {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Digits
        } else if c.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut end = i + c.len_utf8();
        match kind {
            TokenKind::Digits => {
                while let Some(&(j, d)) = it.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    end = j + 1;
                    it.next();
                }
            }
            TokenKind::Word => loop {
                match it.peek() {
                    // words glued by page extraction: "324 millionNumber of" reads as
                    // "million" + "Number" (a lower-case run of four or more letters, then
                    // a capital and a lower-case letter; "iPhone", "McDonald" stay whole)
                    Some(&(j, d)) if glued(text, i, j, d) => break,
                    Some(&(j, d)) if d.is_alphabetic() || is_mark(d) => {
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some(&(j, q @ ('\'' | '’')))
                        if text[j + q.len_utf8()..].starts_with(char::is_alphabetic) =>
                    {
                        end = j + q.len_utf8();
                        it.next();
                    }
                    _ => break,
                }
            },
            TokenKind::Punct => {}
        }
        out.push(Token {
            start: i,
            end,
            kind,
        });
    }
    out
}

/// Combining marks stay inside a word ("café" written with U+0301).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}
