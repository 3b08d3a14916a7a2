//! Places named by a nationality adjective or a country's possessive, for a figure
//! that no place qualifier places: "Syrian state media reported 1,602" and "Turkey's
//! disaster agency said 8,500" name where the count is of, as "in Syria" does; so does
//! "on the Syrian side".
//!
//! A nationality adjective that modifies the counted people ("400 Syrian refugees",
//! "French tourists killed in Spain") names who is counted, not where, and gives no
//! key: an adjective counts only in the figure's attribution (who gives the figure
//! speaks for that country) or before a word for a part of the land ([`PARTS`]).
//! A possessive country name counts only in the attribution ("Turkey's agency said"):
//! read anywhere in the sentence ("Turkey's worst quake", "Turkey's president") it
//! cost dev-news a right verdict and three true flags for no pair gained (measured).

use super::fxhash::FxMap;
use std::sync::OnceLock;

use crate::report::{Mention, QualifierKind};

/// The table: nationality adjective, a tab, the place it names, and optionally a tab and
/// `name` (a place that is also a given name: no possessive); `#` starts a comment.
const TABLE: &str = include_str!("demonyms.tsv");

/// Words for a part of the land that a nationality adjective before them places
/// ("on the Syrian side", "in Turkish territory").
pub const PARTS: &[&str] = &["side", "part", "half", "territory", "soil", "portion"];

/// Bytes of the figure's sentence read either side of it for a part of the land:
/// constant work per figure in a very long sentence.
pub const REACH: usize = 160;

/// Adjective -> place, and the places themselves (for possessives), each as its row in
/// `rows` (issue 13: the map type of the sources' order, one copy of its code in the wasm
/// module).
struct Table {
    adjectives: FxMap<&'static str, usize>,
    places: FxMap<&'static str, usize>,
    rows: Vec<&'static str>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut adjectives = FxMap::default();
        let mut places = FxMap::default();
        let mut rows = Vec::new();
        for line in TABLE.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t').map(str::trim);
            if let (Some(adjective), Some(place)) = (fields.next(), fields.next()) {
                adjectives.insert(adjective, rows.len());
                if fields.next() != Some("name") {
                    places.insert(place, rows.len());
                }
                rows.push(place);
            }
        }
        Table {
            adjectives,
            places,
            rows,
        }
    })
}

/// The key of a place as `frame.rs` forms it from "in PLACE" ([`super::frame::place_names`]:
/// "Syria" -> `who:syria`, "South Korea" -> `who:south korea`).
fn key_of(place: &str) -> String {
    format!("who:{}", super::frame::place_names(place).join("+"))
}

/// The runs of letters of `text`, as byte ranges.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A name of the table of one or two words at word `k` of `text` (`w`: its words):
/// the place it names and the word after it.
fn name_at(
    text: &str,
    w: &[(usize, usize)],
    k: usize,
    names: &FxMap<&'static str, usize>,
    rows: &[&'static str],
) -> Option<(&'static str, usize)> {
    let joined = |n: usize| -> Option<&str> {
        let last = w.get(k + n - 1)?;
        let span = text.get(w[k].0..last.1)?;
        // Two words of one name stand one space apart.
        (span.matches(' ').count() == n - 1
            && span.chars().filter(|c| !c.is_alphabetic()).count() == n - 1)
            .then_some(span)
    };
    [2, 1]
        .into_iter()
        .find_map(|n| Some((*rows.get(*names.get(joined(n)?)?)?, k + n)))
}

/// Whether `text` continues at `at` with a possessive `'s`.
fn possessive(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    rest.starts_with("'s") || rest.starts_with("’s")
}

/// A place in `text`: a nationality adjective before a word of [`PARTS`]; when
/// `attribution` (the text is who gives the figure), any nationality adjective or a
/// possessive country name. `origin`:
/// the byte the nearest such place is picked by.
fn place_in(text: &str, attribution: bool, origin: (usize, usize)) -> Option<(String, String)> {
    let t = table();
    let w = words(text);
    let mut best: Option<(usize, &'static str, (usize, usize))> = None;
    for k in 0..w.len() {
        // (issue 13) Every adjective and place of the table opens with an ASCII capital
        // (a test checks it) and the tables are matched case-sensitively: a word that
        // does not open with one starts none, and is not looked up.
        if !text.as_bytes()[w[k].0].is_ascii_uppercase() {
            continue;
        }
        let found = if let Some((place, next)) = name_at(text, &w, k, &t.adjectives, &t.rows) {
            let part = w
                .get(next)
                .and_then(|&(a, b)| text.get(a..b))
                .is_some_and(|n| PARTS.contains(&n.to_ascii_lowercase().as_str()));
            (attribution || part).then_some((place, w[next - 1].1))
        } else if let Some((place, next)) = name_at(text, &w, k, &t.places, &t.rows) {
            (attribution && possessive(text, w[next - 1].1)).then_some((place, w[next - 1].1))
        } else {
            None
        };
        // Outside the attribution, a part of the land is the figure's only with no
        // other figure between ("5,100 dead, with another 1,600 on the Syrian side":
        // the side is the 1,600's).
        let between = |a: usize, b: usize| text.get(a.min(b)..b.max(a)).unwrap_or("");
        let found = found.filter(|&(_, end)| {
            let gap = if end <= origin.0 {
                between(end, origin.0)
            } else {
                between(origin.1, w[k].0)
            };
            attribution || !gap.contains(|c: char| c.is_ascii_digit())
        });
        if let Some((place, end)) = found {
            let d = origin.0.abs_diff(w[k].0).min(origin.0.abs_diff(end));
            if best.map_or(true, |(bd, _, _)| d < bd) {
                best = Some((d, place, (w[k].0, end)));
            }
        }
    }
    best.map(|(_, place, (a, b))| (key_of(place), text[a..b].to_string()))
}

/// The largest char boundary of `text` at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The place key of a figure that its attribution or its sentence names by a
/// nationality adjective or a possessive: (`who:PLACE`, the words as written). `text`:
/// the figure's source.
pub(crate) fn place_of(text: &str, m: &Mention) -> Option<(String, String)> {
    for q in &m.qualifiers {
        if q.kind == QualifierKind::Attribution {
            if let Some(key) = place_in(&q.text, true, (0, 0)) {
                return Some(key);
            }
        }
    }
    let lo = floor(text, m.start.saturating_sub(REACH).max(m.sentence_start));
    let hi = floor(text, (m.end + REACH).min(m.sentence_end));
    let window = text.get(lo..hi.max(lo))?;
    if !may_hold_part(window) {
        return None;
    }
    let at = m.start.saturating_sub(lo);
    place_in(window, false, (at, m.end.saturating_sub(lo).max(at)))
}

/// Whether `window` may hold what [`place_in`] finds outside an attribution: an
/// adjective of the table (each opens with an ASCII capital) before a word of
/// [`PARTS`]. A byte test that is false for most windows (issue 13: reading every
/// window's words was 7% of a compare of "1 1 1 ...", where no window holds a letter);
/// when it is true, `place_in` decides.
fn may_hold_part(window: &str) -> bool {
    let b = window.as_bytes();
    // (a fold, not `any`: no early exit, so the loop is vectorized)
    let capital = b.iter().fold(false, |a, x| a | x.is_ascii_uppercase());
    capital
        && PARTS.iter().any(|p| {
            b.windows(p.len())
                .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_is_an_adjective_and_a_place() {
        let mut seen = std::collections::HashSet::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!((2..=3).contains(&fields.len()), "{line:?}");
            assert!(fields.len() == 2 || fields[2] == "name", "{line:?}");
            // (what `may_hold_part` relies on)
            assert!(
                fields[0].starts_with(|c: char| c.is_ascii_uppercase()),
                "{line:?}"
            );
            // (what `place_in` relies on)
            assert!(
                fields[1]
                    .trim()
                    .starts_with(|c: char| c.is_ascii_uppercase()),
                "{line:?}"
            );
            assert!(seen.insert(fields[0]), "twice: {line:?}");
        }
    }

    #[test]
    fn adjectives_and_possessives_name_their_place_in_frame_form() {
        let key = |t: &str, attribution: bool| place_in(t, attribution, (0, 0)).map(|(k, _)| k);
        assert_eq!(
            key("South Korean officials said", true).as_deref(),
            Some("who:south korea")
        );
        assert_eq!(
            key("Norway’s agency said", true).as_deref(),
            Some("who:norway")
        );
        assert_eq!(
            key("on the Danish side", false).as_deref(),
            Some("who:denmark")
        );
        // An adjective of people, and a place that is also a given name, name no place.
        assert_eq!(key("dozens of Danish sailors", false), None);
        assert_eq!(key("Jordan's coach said", true), None);
        // A part of the land with another figure between is that figure's.
        let near = |t: &str, at: usize| place_in(t, false, (at, at + 3)).map(|(k, _)| k);
        assert_eq!(near("410 dead, and 120 on the Danish side", 0), None);
        assert_eq!(
            near("410 dead, and 120 on the Danish side", 14).as_deref(),
            Some("who:denmark")
        );
        // A possessive outside the attribution places nothing.
        assert_eq!(key("Norway's worst floods", false), None);
    }
}
