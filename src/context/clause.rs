//! The clause of a figure: places and times are read only inside it, so that "in
//! Velmora" in one clause does not land on "3,700 homes" in the next.

use std::sync::OnceLock;

use crate::quantities::scan::{match_at, word_at, RowIndex, Spaces};

/// Words and marks that end one clause and open another. Lowercase; a leading or
/// trailing space is part of the marker.
const CLAUSE_MARKS: &[&str] = &[
    ";",
    " — ",
    " – ",
    " -- ",
    ", and ",
    ", but ",
    ", while ",
    " while ",
    ", whereas ",
    " whereas ",
    ", which ",
    ", who ",
    ", whose ",
    ", where ",
    ", as ",
    ", although ",
    " although ",
    ", though ",
    ", after ",
    ", with ",
    ", including ",
];

/// The clause marks of one text, each position read once: figure after figure asks
/// for the clause marks of overlapping windows, and reading each window anew cost
/// work in proportion to the window for every figure (issue 13: 58% of the time on
/// figure-dense text). Ask in order of position; a window that starts before the last
/// one's start (or after its end) is read anew, so any order gives the same answer.
#[derive(Debug, Default)]
pub struct Marks {
    /// The text positions read so far: `[from, to)`.
    from: usize,
    to: usize,
    /// `(p, mark_at(p))` for every mark in `[from, to)`, in order of `p`.
    marks: Vec<(usize, usize)>,
    /// Where " — " and " – " (exactly these bytes) start in `[from, to)`, in order.
    dashes: Vec<(usize, Dash)>,
    /// The length of the text read (a new text starts afresh).
    len: usize,
}

/// The two dashes that set off an aside, counted apart (as `str::matches` would).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dash {
    Em,
    En,
}

impl Marks {
    /// The byte range of the clause around `[start, end)` inside `window`; the same as
    /// reading `window` afresh, in time proportional to the part of `window` not read before.
    pub fn clause_of(
        &mut self,
        text: &str,
        window: (usize, usize),
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        let (mut lo, mut hi) = window;
        if text.get(window.0..window.1).is_none() {
            return window;
        }
        self.read(text, window);
        // two dashes set off an aside ("One in five residents — 20% of the city — were
        // ordered to leave"): the sentence around it is one clause
        let paired = self.dashes_in(window) >= 2;
        for &(p, e) in self.marks.iter().take_while(|(p, _)| *p < window.1) {
            if paired && matches!(text.get(p..e), Some(" — " | " – ")) {
                continue;
            }
            if e <= start {
                lo = e;
            } else if p >= end {
                hi = p;
                break;
            }
        }
        (lo, hi)
    }

    /// Make `[window.0, window.1)` read, dropping what lies before `window.0`.
    fn read(&mut self, text: &str, window: (usize, usize)) {
        if self.len != text.len() || window.0 < self.from || window.0 > self.to {
            *self = Marks {
                from: window.0,
                to: window.0,
                len: text.len(),
                ..Marks::default()
            };
        }
        drop_before(&mut self.marks, window.0);
        drop_before(&mut self.dashes, window.0);
        self.from = window.0;
        let bytes = text.as_bytes();
        for p in self.to..window.1.max(self.to) {
            // the marks start with one of these ASCII bytes (always a char boundary)
            if !matches!(bytes[p], b';' | b' ' | b',' | b'-') {
                continue;
            }
            if let Some(e) = mark_at(text, p) {
                self.marks.push((p, e));
            }
            if bytes[p] == b' ' {
                match bytes.get(p + 1..p + 5) {
                    Some([0xe2, 0x80, 0x94, b' ']) => self.dashes.push((p, Dash::Em)),
                    Some([0xe2, 0x80, 0x93, b' ']) => self.dashes.push((p, Dash::En)),
                    _ => {}
                }
            }
        }
        self.to = self.to.max(window.1);
    }

    /// How many " — " and " – " lie wholly inside `window`, each dash counted without
    /// overlaps as `str::matches` counts; stops at 2.
    fn dashes_in(&self, window: (usize, usize)) -> usize {
        const LEN: usize = 5; // space, three bytes of dash, space
        let mut n = 0;
        let mut free = [window.0, window.0]; // where the next match of each dash may start
        for &(p, d) in self.dashes.iter().take_while(|(p, _)| p + LEN <= window.1) {
            let k = d as usize;
            if p >= free[k] {
                n += 1;
                free[k] = p + LEN;
                if n >= 2 {
                    break;
                }
            }
        }
        n
    }
}

/// Drop the entries that start before `from` (a plain Vec: a VecDeque cost the wasm
/// module a kilobyte).
fn drop_before<T: Copy>(v: &mut Vec<(usize, T)>, from: usize) {
    let n = v.partition_point(|(p, _)| *p < from);
    if n > 0 {
        v.copy_within(n.., 0);
        v.truncate(v.len() - n);
    }
}

/// The bytes that may follow a space where a mark of `marks` that opens with one
/// matches: the mark's second byte in either case, and any byte of white space or
/// outside ASCII (a space of the text may be several, or one outside ASCII).
fn bytes_after_space(marks: &[&str]) -> [bool; 256] {
    let mut ok = [false; 256];
    for (a, slot) in ok.iter_mut().enumerate() {
        let a = a as u8;
        *slot = a >= 0x80
            || char::from(a).is_whitespace()
            || marks.iter().any(|m| match m.as_bytes() {
                [b' ', p1, ..] => *p1 == b' ' || a | 0x20 == p1 | 0x20,
                [b' '] => true,
                _ => false,
            });
    }
    ok
}

/// The end of a clause marker at `p`: a table entry, or a comma before a participle
/// (", overwhelming its defences and inundating 3,700 homes").
fn mark_at(text: &str, p: usize) -> Option<usize> {
    static ROWS: OnceLock<(RowIndex, [bool; 256])> = OnceLock::new();
    let (rows, after_space) = ROWS.get_or_init(|| {
        (
            RowIndex::new(CLAUSE_MARKS.iter().copied()),
            // (natively: in the wasm module it costs more bytes than it saves time)
            if cfg!(target_arch = "wasm32") {
                [true; 256]
            } else {
                bytes_after_space(CLAUSE_MARKS)
            },
        )
    });
    // (issue 13: a space is most of the positions tried, and few spaces open a mark)
    let b = text.as_bytes();
    if b.get(p) == Some(&b' ') && !after_space[usize::from(b.get(p + 1).copied().unwrap_or(b' '))] {
        return None;
    }
    mark_at_rows(text, p, rows)
}

/// [`mark_at`] without its test of the byte after a space.
fn mark_at_rows(text: &str, p: usize, rows: &RowIndex) -> Option<usize> {
    // (issue 13: the spaces at `p` read once, not once per mark that opens with one)
    let spaces = Spaces::at(text, p);
    if let Some(e) = rows
        .rows(text, p)
        .iter()
        .filter_map(|&k| CLAUSE_MARKS.get(usize::from(k)))
        .filter(|m| spaces.may_match(m))
        .filter_map(|m| match_at(text, p, m, false))
        .max()
    {
        return Some(e);
    }
    if text.as_bytes().get(p) != Some(&b',') {
        return None;
    }
    let w = p + 1 + text.get(p + 1..)?.len() - text.get(p + 1..)?.trim_start().len();
    let (s, e) = word_at(text, w)?;
    let word = &text[s..e];
    (word.len() > 5 && word.ends_with("ing") && word.starts_with(|c: char| c.is_lowercase()))
        .then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window read afresh for every figure (the definition `Marks` must match).
    fn clause_of_plain(
        text: &str,
        window: (usize, usize),
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        let (mut lo, mut hi) = window;
        let Some(slice) = text.get(window.0..window.1) else {
            return window;
        };
        let paired = slice.matches(" — ").count() + slice.matches(" – ").count() >= 2;
        for (off, c) in slice.char_indices() {
            let p = window.0 + off;
            if !matches!(c, ';' | ' ' | ',' | '-') {
                continue;
            }
            let Some(e) = mark_at(text, p) else { continue };
            if paired && matches!(text.get(p..e), Some(" — " | " – ")) {
                continue;
            }
            if e <= start {
                lo = e;
            } else if p >= end {
                hi = p;
                break;
            }
        }
        (lo, hi)
    }

    /// The test of the byte after a space in [`mark_at`] rules out no mark.
    #[test]
    fn mark_at_rules_out_no_mark() {
        let mut t = String::from("a  , and  —x \u{a0}while, whose,including 7 -- 8 ;  ");
        for m in CLAUSE_MARKS {
            t.push_str(m);
            t.push_str(&m.to_ascii_uppercase());
            t.push_str(" x ");
        }
        t.push(' ');
        let rows = RowIndex::new(CLAUSE_MARKS.iter().copied());
        for p in (0..=t.len()).filter(|&p| t.is_char_boundary(p)) {
            assert_eq!(mark_at(&t, p), mark_at_rows(&t, p, &rows), "at {p}");
        }
    }

    #[test]
    fn marks_read_once_give_the_same_clauses() {
        let t = "Seven died — one in Kharkiv — — and 14, while others; fled, overwhelming \
                 the 3 towns – 20% – of which 5 — 6, and 7 -- 8 whereas 9,including 10 \u{a0}— 11";
        let figures: Vec<(usize, usize)> = t
            .char_indices()
            .filter(|(_, c)| c.is_ascii_digit())
            .map(|(i, _)| (i, i + 1))
            .collect();
        for width in [0, 3, 10, 25, 60, t.len()] {
            let mut marks = Marks::default();
            for &(s, e) in figures.iter().chain(figures.iter().rev()) {
                let lo = (s.saturating_sub(width)..=s)
                    .find(|&i| t.is_char_boundary(i))
                    .unwrap();
                let hi = (e + width).min(t.len());
                let hi = (hi..=t.len()).find(|&i| t.is_char_boundary(i)).unwrap();
                assert_eq!(
                    marks.clause_of(t, (lo, hi), s, e),
                    clause_of_plain(t, (lo, hi), s, e),
                    "window {lo}..{hi}, figure {s}..{e}"
                );
            }
        }
    }

    fn clause(text: &str, fig: &str) -> String {
        let s = text.find(fig).unwrap();
        let (a, b) = Marks::default().clause_of(text, (0, text.len()), s, s + fig.len());
        text[a..b].to_string()
    }

    #[test]
    fn splits_at_marks() {
        let t = "The river peaked in Velmora, overwhelming defences and flooding 3,700 homes.";
        assert_eq!(
            clause(t, "3,700"),
            "overwhelming defences and flooding 3,700 homes."
        );
        let t = "Seven died in Kharkiv; 14 were hurt in Odesa.";
        assert_eq!(clause(t, "Seven"), "Seven died in Kharkiv");
        assert_eq!(clause(t, "14"), " 14 were hurt in Odesa.");
        let t = "Police said 25,000 took part, while organisers said 110,000.";
        assert_eq!(clause(t, "25,000"), "Police said 25,000 took part");
        let t = "One in five residents — 20% of the city — left on Tuesday.";
        assert_eq!(clause(t, "20%"), t);
    }

    #[test]
    fn odd_text_does_not_panic() {
        let t = "—;, and ,ing é — 5 ";
        let s = t.find('5').unwrap();
        let _ = Marks::default().clause_of(t, (0, t.len()), s, s + 1);
        let _ = Marks::default().clause_of(t, (0, t.len()), 0, 0);
    }
}
