//! The clause of a figure: places and times are read only inside it, so that "in
//! Velmora" in one clause does not land on "3,700 homes" in the next.

use crate::quantities::scan::{match_at, word_at};

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

/// The byte range of the clause around `[start, end)` inside `window`.
pub fn clause_of(text: &str, window: (usize, usize), start: usize, end: usize) -> (usize, usize) {
    let (mut lo, mut hi) = window;
    let Some(slice) = text.get(window.0..window.1) else {
        return window;
    };
    // two dashes set off an aside ("One in five residents — 20% of the city — were
    // ordered to leave"): the sentence around it is one clause
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

/// The end of a clause marker at `p`: a table entry, or a comma before a participle
/// (", overwhelming its defences and inundating 3,700 homes").
fn mark_at(text: &str, p: usize) -> Option<usize> {
    if let Some(e) = CLAUSE_MARKS
        .iter()
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

    fn clause(text: &str, fig: &str) -> String {
        let s = text.find(fig).unwrap();
        let (a, b) = clause_of(text, (0, text.len()), s, s + fig.len());
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
        let _ = clause_of(t, (0, t.len()), s, s + 1);
        let _ = clause_of(t, (0, t.len()), 0, 0);
    }
}
