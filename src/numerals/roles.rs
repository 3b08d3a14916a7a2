//! Roles: which numbers are not quantities (dates, times, names, furniture), decided
//! from their neighbours. See the module docs of [`super`] for the rules in prose.

use super::furniture::LinkLines;
use super::lexicon::{
    CLOCK_WORDS_AFTER, CONNECTORS, COUNTED_AFTER_YEAR, CURRENCY_PREFIXES, DOLLAR_COUNTRY_LETTERS,
    FURNITURE_BEFORE, HALF_PERIOD_BEFORE, HEADLINE_SMALL, LEVEL_BEFORE, LOWER_NAME_PREFIXES,
    MONTHS, NAME_BEFORE, NAME_OF_BEFORE, NAME_WORD_BEFORE, ONE_IDIOM_HYPHEN, ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE, ONE_PRONOUN_NOUNS, ONE_SPAN_AFTER, ONE_SPAN_NOUNS, PERIOD_OF_BEFORE,
    STREET_WORDS, TIME_ZONES, YEAR_BEFORE, YEAR_BEFORE_WEAK, YEAR_DETERMINERS, YEAR_PREFIXES,
};
use super::{
    is_currency_sign, is_hyphen, is_in, link, next_word, prev_word, tok, Cand, Form, Link, Role,
};
use crate::segment::{is_space, Token, TokenKind};

/// Give each numeral its role; drop the ones that are no numbers at all.
pub(super) fn assign(text: &str, toks: &[Token], cands: &mut Vec<Cand>) {
    let mut links = Links::default();
    let mut link_lines = LinkLines::default();
    for idx in 0..cands.len() {
        let c = cands[idx];
        if links.contains(text, c.n.start, c.n.end) || link_lines.contains(text, c.n.start) {
            cands[idx].n.role = Role::Furniture;
            continue;
        }
        if c.n.role == Role::Time {
            cands[idx].n.end = clock_suffix(text, c.n.end).unwrap_or(c.n.end);
            continue;
        }
        if c.n.role != Role::Quantity {
            continue;
        }
        let prev = idx.checked_sub(1).map(|p| cands[p]);
        if let Some(role) = decide(text, toks, &c, prev) {
            cands[idx].n.role = role;
            if role == Role::Time {
                cands[idx].n.end = clock_suffix(text, c.n.end).unwrap_or(c.n.end);
                if c.n.value >= 100.0 {
                    // "1005 GMT": hours and minutes, as "10:05" reads.
                    let v = c.n.value;
                    cands[idx].n.value = (v / 100.0).floor() + rem_100(v) / 60.0;
                }
            }
        } else if one_is_pronoun(text, toks, &c) {
            cands[idx].dropped = true;
        } else if let Some(k) =
            c.t0.checked_sub(1)
                .filter(|_| matches!(c.n.form, Form::Digits | Form::Words))
        {
            // "minus five", "negative 3".
            if let Some(w) = prev_word(text, toks, c.t0)
                .filter(|w| is_in(crate::lexicon::words_table!["minus", "negative"], w))
            {
                let _ = w;
                cands[idx].n.start = toks[k].start;
                cands[idx].n.value = -c.n.value;
                cands[idx].t0 = k;
            }
        }
    }
    // Year spans: "2024-25", "2014–2022", "2019/20".
    for idx in 1..cands.len() {
        let (a, b) = (cands[idx - 1], cands[idx]);
        let joined = b.t0 == a.t1 + 1
            && toks
                .get(a.t1)
                .is_some_and(|p| matches!(tok(text, p), "-" | "–" | "/" | "\u{2010}"))
            && link(text, toks, a.t1 - 1) == Link::Tight
            && link(text, toks, a.t1) == Link::Tight;
        let digits = b.n.end - b.n.start;
        if a.n.role == Role::Date
            && a.n.value >= 1000.0
            && joined
            && b.plain
            && (digits == 2 || digits == 4)
        {
            cands[idx].n.role = Role::Date;
        }
        // "Boeing 747-8".
        if a.n.role == Role::Name && joined && b.plain && b.n.role == Role::Quantity {
            cands[idx].n.role = Role::Name;
        }
    }
    ratios(text, toks, cands);
    cands.retain(|c| !c.dropped);
}

/// "one in five", "1 in 10", "nine out of 10": one fraction numeral over both numbers.
fn ratios(text: &str, toks: &[Token], cands: &mut [Cand]) {
    const TIME_WORDS: crate::lexicon::Words = crate::lexicon::words_table![
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "second", "minute",
        "hour", "day", "week", "month", "year",
    ];
    for idx in 1..cands.len() {
        let (a, b) = (cands[idx - 1], cands[idx]);
        let usable = |c: &Cand| {
            !c.dropped
                && c.n.role == Role::Quantity
                && matches!(c.n.form, Form::Digits | Form::Words)
                && c.n.scale == 1.0
                && c.n.value.fract() == 0.0
                && c.n.value >= 1.0
        };
        if !usable(&a) || !usable(&b) || a.n.value >= b.n.value || b.n.value > 1000.0 {
            continue;
        }
        // The tokens between: one ("in") or two ("out of"), read in place (issue 13: a
        // copy of all of them, a paragraph's worth between two figures, was made here).
        let between = toks.get(a.t1..b.t0).unwrap_or(&[]);
        let is = |k: usize, w: &str| {
            between
                .get(k)
                .is_some_and(|t| tok(text, t).eq_ignore_ascii_case(w))
        };
        let word_in = between.len() == 1 && is(0, "in");
        let out_of = between.len() == 2 && is(0, "out") && is(1, "of");
        if !word_in && !out_of {
            continue;
        }
        let spaced = (a.t1 - 1..b.t0).all(|k| link(text, toks, k) == Link::Space);
        let timed = next_word(text, toks, b.t1 - 1)
            .is_some_and(|(j, _)| is_in(TIME_WORDS, tok(text, &toks[j])));
        if spaced && (out_of || (word_in && a.n.value <= 10.0 && !timed)) {
            cands[idx - 1].n.value = a.n.value / b.n.value;
            cands[idx - 1].n.form = Form::Fraction;
            cands[idx - 1].n.end = b.n.end;
            cands[idx - 1].t1 = b.t1;
            cands[idx].dropped = true;
        }
    }
}

/// The role of a numeral read as a quantity, if its neighbours say otherwise.
/// `NAME_BEFORE.contains(&w)`, the table read only for a word the index holds under it
/// (issue 13: its hundred rows were read before most figures).
fn name_before(w: &str) -> bool {
    crate::lexicon::index::roles(w).has(crate::lexicon::index::NAME_BEFORE)
        && NAME_BEFORE.contains(&w)
}

fn decide(text: &str, toks: &[Token], c: &Cand, prev: Option<Cand>) -> Option<Role> {
    let t0 = c.t0;
    let before = t0.checked_sub(1).map(|k| toks[k]);
    let before_tight = t0 >= 1 && link(text, toks, t0 - 1) == Link::Tight;
    let pw = prev_word(text, toks, t0);
    if c.n.form == Form::Digits {
        if c.plain && list_number(text, toks, c) {
            return Some(Role::Furniture);
        }
        if pw.is_some_and(|w| FURNITURE_BEFORE.contains(&w)) {
            return Some(Role::Furniture);
        }
        // "Page 2 of 5": the 5.
        if let (Some(p), Some("of")) = (prev, pw) {
            if p.n.role == Role::Furniture && p.t1 + 1 == t0 {
                return Some(Role::Furniture);
            }
        }
        // Letters straight before the digits: "G7", "A320", "M23" (not "US$5", "Rs500",
        // "$US91.8").
        if let Some(b) = before.filter(|b| before_tight && b.kind == TokenKind::Word) {
            let dollar_country = DOLLAR_COUNTRY_LETTERS.contains(&tok(text, &b))
                && t0 >= 2
                && link(text, toks, t0 - 2) == Link::Tight
                && tok(text, &toks[t0 - 2]) == "$";
            if !CURRENCY_PREFIXES.contains(&tok(text, &b)) && !dollar_country {
                return Some(Role::Name);
            }
        }
        // A word and a hyphen: "COVID-19", "F-16", "G-20"; "mid-2014" is a date.
        if let Some(h) = before.filter(|h| before_tight && is_hyphen(text, h)) {
            if t0 >= 2
                && link(text, toks, t0 - 2) == Link::Tight
                && toks[t0 - 2].kind == TokenKind::Word
            {
                let w = tok(text, &toks[t0 - 2]);
                let _ = h;
                if is_in(YEAR_PREFIXES, w) {
                    return year_like(c).then_some(Role::Date);
                }
                if w.starts_with(char::is_uppercase) || is_in(LOWER_NAME_PREFIXES, w) {
                    return Some(Role::Name);
                }
            }
        }
        // "Boeing 747", "Article 5", "No. 10", "a level 4 alarm".
        if pw.is_some_and(|w| name_before(w) || LEVEL_BEFORE.contains(&w)) && c.n.scale == 1.0 {
            return Some(Role::Name);
        }
        if let Some(b) = before.filter(|b| tok(text, b) == ".") {
            if t0 >= 2
                && link(text, toks, t0 - 1) == Link::Space
                && link(text, toks, t0 - 2) == Link::Tight
            {
                let w = tok(text, &toks[t0 - 2]);
                let _ = b;
                if ["No", "Nos", "Nr", "no", "Art", "Vol", "Sec", "Ch", "Fig"].contains(&w) {
                    return Some(Role::Name);
                }
                if ["p", "pp", "P"].contains(&w) {
                    return Some(Role::Furniture);
                }
            }
        }
        // "5G", "3D", "4x4".
        if link(text, toks, c.t1 - 1) == Link::Tight {
            if let Some(n) = toks.get(c.t1).filter(|n| n.kind == TokenKind::Word) {
                let w = tok(text, n);
                let digit_after = link(text, toks, c.t1) == Link::Tight
                    && toks
                        .get(c.t1 + 1)
                        .is_some_and(|d| d.kind == TokenKind::Digits);
                // (not "63D.C.": a figure glued to an abbreviation by page extraction)
                let dotted = text[n.end..].starts_with('.');
                if (matches!(w, "G" | "D") && !dotted) || (matches!(w, "x" | "X") && digit_after) {
                    return Some(Role::Name);
                }
            }
        }
        if c.plain && c.n.value <= 12.0 && clock_suffix(text, c.n.end).is_some() {
            return Some(Role::Time);
        }
        if let Some(r) = named_by_neighbours(text, toks, c) {
            return Some(r);
        }
        if let Some(r) = date(text, toks, c, prev) {
            return Some(r);
        }
    }
    // "the first half of 2026": a period.
    if c.n.form == Form::Fraction
        && tok(text, &toks[t0]).eq_ignore_ascii_case("half")
        && pw.is_some_and(|w| is_in(HALF_PERIOD_BEFORE, w))
    {
        return Some(Role::Date);
    }
    // "eight in the morning", "eight o'clock".
    if c.n.form == Form::Words && (1.0..=12.0).contains(&c.n.value) && c.n.value.fract() == 0.0 {
        let clock = CLOCK_WORDS_AFTER.iter().any(|words| {
            let mut k = c.t1 - 1;
            words.iter().all(|w| match next_word(text, toks, k) {
                Some((j, false)) if tok(text, &toks[j]).eq_ignore_ascii_case(w) => {
                    k = j;
                    true
                }
                _ => false,
            })
        });
        if clock {
            return Some(Role::Time);
        }
    }
    if c.n.form == Form::Words && c.n.role == Role::Quantity {
        let capital = tok(text, &toks[t0]).starts_with(char::is_uppercase);
        if capital && capitalized_name(text, toks, t0) {
            return Some(Role::Name);
        }
    }
    None
}

/// A capitalized number word that is part of a name: after a word of
/// [`NAME_WORD_BEFORE`] or [`NAME_BEFORE`] ("Air Force One", "Big Three", "Phase Two"),
/// after "Group of" ("Group of Seven"), or after any capitalized word in running text
/// ("Ocean's Eleven"); in a title-case headline ("Storm Kills Three") it is a number.
fn capitalized_name(text: &str, toks: &[Token], t0: usize) -> bool {
    let Some(pw) = prev_word(text, toks, t0) else {
        return false;
    };
    if NAME_WORD_BEFORE.contains(&pw) || name_before(pw) {
        return true;
    }
    if pw == "of" && t0 >= 2 {
        return prev_word(text, toks, t0 - 1).is_some_and(|w| NAME_OF_BEFORE.contains(&w));
    }
    pw.starts_with(char::is_uppercase) && !headline(text, toks, t0)
}

/// Whether the line around token `k` is in title case: up to eight words either side
/// on the same line, small words ([`HEADLINE_SMALL`]) left out, at least three words,
/// and none (one when there are six or more) in lower case.
fn headline(text: &str, toks: &[Token], k: usize) -> bool {
    const REACH: usize = 8;
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut count = |t: &Token| {
        let w = tok(text, t);
        if t.kind != TokenKind::Word || is_in(HEADLINE_SMALL, w) {
            return;
        }
        if w.starts_with(char::is_uppercase) {
            upper += 1;
        } else if w.starts_with(char::is_lowercase) {
            lower += 1;
        }
    };
    let mut j = k;
    while j > 0 && k - j < REACH && link(text, toks, j - 1) != Link::Broken {
        j -= 1;
        count(&toks[j]);
    }
    let mut j = k;
    while j + 1 < toks.len() && j - k < REACH && link(text, toks, j) != Link::Broken {
        j += 1;
        count(&toks[j]);
    }
    let total = upper + lower;
    total >= 3 && (lower == 0 || (total >= 6 && lower == 1))
}

/// Plain digits named by the words around them: a street number ("2250 Ridge Road"),
/// a clock time before a time zone ("by 1005 GMT"), a stock index or code after an
/// all-capitals word ("the VX 40", "FTSE 100", "COP 29").
fn named_by_neighbours(text: &str, toks: &[Token], c: &Cand) -> Option<Role> {
    if !c.plain {
        return None;
    }
    let after = next_word(text, toks, c.t1 - 1).filter(|(_, h)| !h);
    let word = |k: usize| tok(text, &toks[k]);
    if let Some((j, _)) = after.filter(|(j, _)| word(*j).starts_with(char::is_uppercase)) {
        let street = STREET_WORDS.contains(&word(j))
            || next_word(text, toks, j).is_some_and(|(n, h)| !h && STREET_WORDS.contains(&word(n)));
        if street && c.n.value >= 1.0 {
            return Some(Role::Name);
        }
    }
    let digits = c.n.end - c.n.start;
    let (hh, mm) = ((c.n.value / 100.0).floor(), rem_100(c.n.value));
    if digits == 4
        && hh <= 24.0
        && mm < 60.0
        && after.is_some_and(|(j, _)| TIME_ZONES.contains(&word(j)))
    {
        return Some(Role::Time);
    }
    let caps = |w: &str| {
        (2..=6).contains(&w.len()) && w.chars().all(|ch| ch.is_ascii_uppercase() || ch == '&')
    };
    let pw = prev_word(text, toks, c.t0)?;
    let ppw = (c.t0 >= 1)
        .then(|| prev_word(text, toks, c.t0 - 1))
        .flatten();
    let percent = text[c.n.end..]
        .trim_start()
        .starts_with(['%', '٪', '-', '.']);
    // "SNP 48 (+13)", "DUP 8 (-2)": a results line, a party's figure and its change
    let change_after = text[c.n.end..]
        .trim_start_matches(|ch: char| is_space(ch) && ch != '\n')
        .strip_prefix('(')
        .is_some_and(|r| r.starts_with(['+', '-', '−', '–']));
    if caps(pw)
        && !CURRENCY_PREFIXES.contains(&pw)
        && !ppw.is_some_and(caps)
        && !percent
        && !change_after
    {
        return Some(Role::Name);
    }
    None
}

/// A year-shaped number: four digits, 1000 to 2100, nothing else.
fn year_like(c: &Cand) -> bool {
    c.plain && c.n.end - c.n.start == 4 && (1000.0..=2100.0).contains(&c.n.value)
}

/// Dates: days next to a month ("18 August", "Aug. 18"), years ("in 2014", "the 2014
/// annexation", "February 2022", "2014."), as described in the module docs.
fn date(text: &str, toks: &[Token], c: &Cand, prev: Option<Cand>) -> Option<Role> {
    let t0 = c.t0;
    let month_before = month_before(text, toks, t0);
    let month_after =
        next_word(text, toks, c.t1 - 1).is_some_and(|(j, h)| !h && is_month(tok(text, &toks[j])));
    let digits = c.n.end - c.n.start;
    if c.plain && digits <= 2 && (1.0..=31.0).contains(&c.n.value) && (month_before || month_after)
    {
        return Some(Role::Date);
    }
    if !year_like(c) {
        return None;
    }
    let sign_before = text[..c.n.start]
        .chars()
        .next_back()
        .is_some_and(is_currency_sign);
    let percent_after = text[c.n.end..]
        .trim_start_matches(|ch: char| is_space(ch) && ch != '\n')
        .starts_with(['%', '٪']);
    if sign_before || percent_after {
        return None;
    }
    // "August 18, 2025"
    let after_day = prev
        .is_some_and(|p| p.n.role == Role::Date && p.t1 + 1 == t0 && tok(text, &toks[p.t1]) == ",");
    if month_before || after_day {
        return Some(Role::Date);
    }
    let lower_after = noun_after(text, toks, c.t1 - 1);
    let pw = prev_word(text, toks, t0);
    let possessive = pw.is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    if c.n.value < 1900.0 {
        let strong = crate::lexicon::words_table![
            "in", "since", "until", "before", "after", "during", "circa", "c",
        ];
        return pw.is_some_and(|w| is_in(strong, w)).then_some(Role::Date);
    }
    if let Some(w) = pw.filter(|w| is_in(YEAR_BEFORE, w)) {
        // "the 2000 people", "those 1500 troops": a counted noun follows.
        let counted = next_word(text, toks, c.t1 - 1)
            .is_some_and(|(j, h)| !h && is_in(COUNTED_AFTER_YEAR, tok(text, &toks[j])));
        if counted && is_in(YEAR_DETERMINERS, w) {
            return None;
        }
        // "the first quarter of 2020 have ...": a period's year
        let period_of = w.eq_ignore_ascii_case("of")
            && t0 >= 2
            && prev_word(text, toks, t0 - 1).is_some_and(|p| is_in(PERIOD_OF_BEFORE, p));
        if period_of {
            return Some(Role::Date);
        }
        if !(is_in(YEAR_BEFORE_WEAK, w) && lower_after) {
            return Some(Role::Date);
        }
        return None;
    }
    if possessive || !lower_after {
        return Some(Role::Date);
    }
    None
}

/// Whether a lower-case word (a counted noun, a unit) follows token `k`, looking across
/// a range ("2000 to 3000 people": a noun follows the range).
fn noun_after(text: &str, toks: &[Token], k: usize) -> bool {
    let Some((j, _)) = next_word(text, toks, k) else {
        return false;
    };
    let w = tok(text, &toks[j]);
    if is_in(CONNECTORS, w) {
        let partner = toks.get(j + 1).is_some_and(|d| d.kind == TokenKind::Digits)
            && link(text, toks, j) == Link::Space;
        return partner
            && next_word(text, toks, j + 1).is_some_and(|(n, _)| {
                let w2 = tok(text, &toks[n]);
                w2.starts_with(char::is_lowercase) && !is_in(CONNECTORS, w2)
            });
    }
    w.starts_with(char::is_lowercase)
}

/// A month name just before token `k` ("August 18", "Aug. 18", "February 2022").
fn month_before(text: &str, toks: &[Token], k: usize) -> bool {
    if let Some(w) = prev_word(text, toks, k) {
        return is_month(w);
    }
    k >= 2
        && tok(text, &toks[k - 1]) == "."
        && link(text, toks, k - 2) == Link::Tight
        && link(text, toks, k - 1) == Link::Space
        && is_month(tok(text, &toks[k - 2]))
}

fn is_month(w: &str) -> bool {
    MONTHS.iter().any(|(m, _)| *m == w)
}

/// A list number at the start of a line: "1. ", "2) ".
fn list_number(text: &str, toks: &[Token], c: &Cand) -> bool {
    let mark = toks
        .get(c.t1)
        .filter(|p| link(text, toks, c.t1 - 1) == Link::Tight && matches!(tok(text, p), "." | ")"));
    let spaced = mark.is_some_and(|m| text[m.end..].starts_with(is_space) || m.end == text.len());
    let item_follows = mark.is_some_and(|m| !text[m.end..].trim_start_matches(is_space).is_empty());
    if !spaced || !item_follows || c.n.value >= 100.0 {
        return false;
    }
    // Only white space or a bullet back to the line start (a short walk: it stops at
    // the first other character).
    let lead = text[..c.n.start]
        .chars()
        .rev()
        .find(|ch| !(is_space(*ch) && *ch != '\n') && !matches!(ch, '•' | '*' | '–'));
    lead.is_none_or(|ch| ch == '\n')
}

/// Numbers inside URLs, paths and e-mail addresses ("6/recent/ticker-posts",
/// "https://x.com/a/2025"): the white-space-delimited chunk around a numeral is judged
/// once and remembered, so that a long chunk full of numbers ("1-2-1-2-...") is scanned
/// once, not once per number (linear time).
#[derive(Default)]
struct Links {
    /// The last chunk judged: its byte span and whether it is a link.
    chunk: Option<(usize, usize, bool)>,
}

impl Links {
    /// Whether the numeral at `start..end` sits inside a link. Numerals must be asked
    /// about in text order.
    fn contains(&mut self, text: &str, start: usize, end: usize) -> bool {
        let linky = |c: Option<char>| {
            c.is_some_and(|c| {
                matches!(c, '/' | '.' | '=' | '?' | '&' | '_' | '@' | '-' | '#' | '%')
            })
        };
        if !linky(text[..start].chars().next_back()) && !linky(text[end..].chars().next()) {
            return false;
        }
        if let Some((a, b, is)) = self.chunk.filter(|&(a, b, _)| a <= start && end <= b) {
            let _ = (a, b);
            return is;
        }
        // The chunk starts after the previous chunk (numerals come in order), so the
        // walks back and forward cover each byte of the text about once.
        let floor = self.chunk.map_or(0, |(_, b, _)| b.min(start));
        let left = &text[floor..start];
        let a = left.rfind(is_space).map_or(floor, |p| {
            floor + p + left[p..].chars().next().map_or(1, char::len_utf8)
        });
        let b = text[end..].find(is_space).map_or(text.len(), |p| end + p);
        let is = is_link(&text[a..b]);
        self.chunk = Some((a, b, is));
        is
    }
}

/// Whether a chunk of text without white space is a URL, a path or an e-mail address.
fn is_link(chunk: &str) -> bool {
    let slashes = chunk.matches('/').count();
    chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
        || (slashes >= 2 && chunk.chars().any(char::is_alphabetic))
        || [".com/", ".org/", ".html", ".php", ".net/", ".co.uk"]
            .iter()
            .any(|s| chunk.contains(s))
}

/// The end of "a.m.", "pm", "o'clock" after a number ending at `end`.
fn clock_suffix(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(|ch: char| is_space(ch) && ch != '\n');
    let skip = rest.len() - trimmed.len();
    if skip > 1 {
        return None;
    }
    const SUFFIXES: &[&str] = &[
        "a.m.",
        "p.m.",
        "a .m.",
        "p .m.",
        "a.m",
        "p.m",
        "am",
        "pm",
        "o'clock",
        "o’clock",
    ];
    for s in SUFFIXES {
        let n = s.len();
        if trimmed.len() >= n && trimmed.is_char_boundary(n) && trimmed[..n].eq_ignore_ascii_case(s)
        {
            let after = trimmed[n..].chars().next();
            if after.is_none_or(|ch| !ch.is_alphanumeric()) {
                return Some(end + skip + n);
            }
        }
    }
    None
}

/// "one" as a pronoun or in an idiom: "one of the", "no one", "one another", "one-time".
fn one_is_pronoun(text: &str, toks: &[Token], c: &Cand) -> bool {
    if c.n.form != Form::Words
        || !tok(text, &toks[c.t0]).eq_ignore_ascii_case("one")
        || c.t1 != c.t0 + 1
    {
        return false;
    }
    let next = next_word(text, toks, c.t0);
    let pw = prev_word(text, toks, c.t0);
    // "the one seat they won": after "the", "one" counts the noun that follows
    let the_counted = pw.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && next.is_some_and(|(j, h)| {
            let w = tok(text, &toks[j]);
            !h && w.chars().all(|ch| ch.is_ascii_lowercase())
                && !is_in(ONE_PRONOUN_AFTER, w)
                && !is_in(ONE_PRONOUN_NOUNS, w)
                && !crate::lexicon::words::STOPWORDS.contains(&w)
        });
    if pw.is_some_and(|w| is_in(ONE_PRONOUN_BEFORE, w)) && !the_counted {
        return true;
    }
    // "one day after the vote", "one week later": a duration, not "one day he will"
    let span = next.is_some_and(|(j, h)| {
        !h && is_in(ONE_SPAN_NOUNS, tok(text, &toks[j]))
            && next_word(text, toks, j)
                .is_some_and(|(k, h)| !h && is_in(ONE_SPAN_AFTER, tok(text, &toks[k])))
    });
    if span {
        return false;
    }
    match next {
        Some((j, false)) => is_in(ONE_PRONOUN_AFTER, tok(text, &toks[j])),
        Some((j, true)) => is_in(ONE_IDIOM_HYPHEN, tok(text, &toks[j])),
        None => false,
    }
}

/// `v % 100.0` for the figures of a clock reading (at most four characters, so never
/// within an f64 step of a multiple of 100, where the two could part): without the
/// general `fmod`, which brings 128-bit division into the wasm module (issue 13).
fn rem_100(v: f64) -> f64 {
    (v - (v / 100.0).trunc() * 100.0).copysign(v)
}

#[cfg(test)]
mod rem_100_tests {
    /// Every figure of at most four characters: the same as `%`.
    #[test]
    fn agrees_with_fmod_on_short_figures() {
        let mut figures: Vec<f64> = (0..=9999).map(f64::from).collect();
        figures.extend((0..=999).map(|n| f64::from(n) / 10.0));
        figures.extend((0..=99).map(|n| f64::from(n) / 100.0));
        figures.extend((0..=999).map(|n| -f64::from(n)));
        for v in figures {
            assert_eq!(super::rem_100(v).to_bits(), (v % 100.0).to_bits(), "{v}");
        }
    }
}
