//! Page furniture that looks like numbers: phone numbers written with spaces or
//! brackets ("(530) 555-0142", "0800 123 4567"), and every number on a link line
//! ("Read more: Five things to know", "Related: Election 2025"), on a widget line
//! ("100% Font Size") or an archive banner ("This story is over 5 years old"), and a
//! bare number alone on its line (a view counter: "483").

use super::lexicon::{FURNITURE_LINES, FURNITURE_LINE_ENDS};
use super::{tok, Cand, Form, Role};
use crate::segment::{Token, TokenKind};

/// A phone number starting at token `i` (digits or an opening bracket): three or more
/// digit groups joined by one space, a hyphen, a dot or brackets, 9 to 15 digits in
/// all, and not shaped like thousands grouping ("1 500 000 000"): it starts with "(" or
/// "0", or a group after the first is not three digits long.
pub(super) fn phone(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let first = toks.get(i)?;
    let bracket = tok(text, first) == "(";
    if !bracket && first.kind != TokenKind::Digits {
        return None;
    }
    // At most seven groups are read (issue 13: in place, not in a Vec per number).
    let mut slots: [&str; 7] = [""; 7];
    let mut n_groups = 0usize;
    // Dots and spaces seen as separators: dotted phones use dots only ("555.123.4567");
    // "1 234 567.89" is a decimal.
    let (mut dots, mut others) = (0, 0);
    let mut last = i;
    let mut k = i;
    while let Some(t) = toks.get(k) {
        if k > i {
            let gap = &text[toks[k - 1].end..t.start];
            if !(gap.is_empty() || gap == " ") {
                break;
            }
            others += usize::from(gap == " ");
        }
        let s = tok(text, t);
        match t.kind {
            TokenKind::Digits => {
                if let Some(slot) = slots.get_mut(n_groups) {
                    *slot = s;
                }
                n_groups += 1;
                last = k;
            }
            // Separators count only between digits: "555-0142", "(530) 555".
            TokenKind::Punct if matches!(s, "-" | "." | "(" | ")") => {
                let digits_next = toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == TokenKind::Digits || tok(text, n) == "(");
                if !digits_next && s != ")" {
                    break;
                }
                if s == ")" {
                    last = k;
                }
                if s == "." {
                    dots += 1;
                } else {
                    others += 1;
                }
            }
            _ => break,
        }
        k += 1;
        // A phone number is at most six digit groups and a few separators; bounding the
        // scan keeps runs like "((((((" linear (each start would otherwise rescan them).
        if n_groups > 6 || k - i > 16 {
            return None;
        }
    }
    let groups = slots.get(..n_groups).unwrap_or(&[]);
    let total: usize = groups.iter().map(|g| g.len()).sum();
    let odd_group = groups.iter().skip(1).any(|g| g.len() != 3);
    let shaped = bracket || groups.first().is_some_and(|g| g.starts_with('0')) || odd_group;
    if groups.len() < 3 || !(9..=15).contains(&total) || !shaped || (dots > 0 && others > 0) {
        return None;
    }
    // Finish on the last digits, not on a trailing bracket without its pair.
    if tok(text, &toks[last]) == ")" {
        last -= 1;
    }
    let mut c = Cand::new(
        toks[i].start,
        toks[last].end,
        0.0,
        Form::Digits,
        i,
        last + 1,
    );
    c.n.role = Role::Furniture;
    Some(c)
}

/// Remembers whether the current line is a link line ("Read more: ...", "Related:
/// ..."), so that each line is looked at once (numerals are asked about in order).
#[derive(Default)]
pub(super) struct LinkLines {
    /// The end of the line last looked at and whether it is a link line.
    line: Option<(usize, bool)>,
}

impl LinkLines {
    /// Whether the numeral starting at `start` sits on a link line.
    pub(super) fn contains(&mut self, text: &str, start: usize) -> bool {
        if let Some((end, is)) = self.line.filter(|&(end, _)| start < end) {
            let _ = end;
            return is;
        }
        let floor = self.line.map_or(0, |(end, _)| end.min(start));
        let begin = text[floor..start]
            .rfind('\n')
            .map_or(floor, |p| floor + p + 1);
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let line = text[begin..end].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '•' | '*' | '-' | '–' | '>' | '|')
        });
        let line = line.trim_end();
        let opens = FURNITURE_LINES.iter().any(|opener| {
            line.len() > opener.len()
                && line.is_char_boundary(opener.len())
                && line[..opener.len()].eq_ignore_ascii_case(opener)
                && line[opener.len()..].starts_with([':', ' ', '|', '»', '›'])
        });
        let ends = FURNITURE_LINE_ENDS.iter().any(|tail| {
            line.len() > tail.len()
                && line.is_char_boundary(line.len() - tail.len())
                && line[line.len() - tail.len()..].eq_ignore_ascii_case(tail)
        });
        // a bare count alone on its line: a view or photo counter under a headline
        // (with text after it: a text that is, or ends with, a bare number is the
        // reader's own figure; what comes before the line never decides, so that a
        // prefix only shifts spans)
        let lone = !line.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && !text[end..].trim().is_empty();
        let is = opens || ends || lone;
        self.line = Some((end, is));
        is
    }
}

#[cfg(test)]
mod tests {
    use crate::numerals::{numerals, Role};

    fn roles(text: &str) -> Vec<(&str, Role)> {
        numerals(text)
            .iter()
            .map(|n| (&text[n.start..n.end], n.role))
            .collect()
    }

    #[test]
    fn widget_banner_and_counter_lines_are_furniture() {
        let text = "Storm hits the coast\n\n5120\n\nThe storm left 40 homes empty.";
        assert_eq!(
            roles(text),
            [("5120", Role::Furniture), ("40", Role::Quantity)]
        );
        assert_eq!(
            roles("Ferry fares\n120% Text Size\nFares rose 3%.")[0].1,
            Role::Furniture
        );
        assert_eq!(
            roles("This article is more than 2 years old.\nIt rained.")[0].1,
            Role::Furniture
        );
        // a text that ends with (or is) a bare number keeps it
        assert_eq!(roles("Turnout so far:\n4120"), [("4120", Role::Quantity)]);
        assert_eq!(roles("14"), [("14", Role::Quantity)]);
    }
}
