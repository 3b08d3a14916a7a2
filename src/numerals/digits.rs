//! Numbers written with digits: grouping, decimals, signs, attached scales, fractions,
//! and the digit shapes that are not quantities (clock times, numeric dates, phone
//! numbers, version strings).

use super::lexicon::{
    CURRENCY_ONLY_SUFFIXES, CURRENCY_PREFIXES, NAMED_SLASHES, SCALE_SUFFIXES, SCALE_WORDS, VULGAR,
};
use super::{is_currency_sign, link, lookup, next_word, tok, Cand, Form, Link, Role};
use crate::fmt::parse_f64;
use crate::segment::{Token, TokenKind};

/// Read the number that starts at the digit token `i`.
pub(super) fn read(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    if let Some(c) = shaped(text, toks, i).or_else(|| super::furniture::phone(text, toks, i)) {
        return Some(c);
    }
    let t = toks[i];
    // The digits read so far, past the first token: empty while they are that token
    // alone (issue 13: no copy of a bare number, most of them).
    let mut digits = String::new();
    let whole = |digits: &mut String, more: &str| {
        if digits.is_empty() {
            digits.push_str(tok(text, &t));
        }
        digits.push_str(more);
    };
    let mut k = i;
    let mut grouped = false;
    // Grouping: "1,234,567"; "1 234 567" with a thin, no-break or plain space.
    if t.end - t.start <= 3 {
        while is_punct(text, toks, k + 1, ",")
            && link(text, toks, k) == Link::Tight
            && link(text, toks, k + 1) == Link::Tight
            && is_group(toks, k + 2)
        {
            whole(&mut digits, tok(text, &toks[k + 2]));
            k += 2;
            grouped = true;
        }
        if !grouped {
            let mut sep: Option<&str> = None;
            while link(text, toks, k) == Link::Space && is_group(toks, k + 1) {
                let gap = &text[toks[k].end..toks[k + 1].start];
                let ok = matches!(gap, " " | "\u{a0}" | "\u{2009}" | "\u{202f}")
                    && sep.is_none_or(|s| s == gap);
                // A group must not start a fraction ("2 1/4") or a time ("at 1 10:30").
                let busy = toks.get(k + 2).is_some_and(|p| {
                    p.kind == TokenKind::Punct && matches!(tok(text, p), "/" | ":")
                }) && link(text, toks, k + 1) == Link::Tight;
                if !ok || busy {
                    break;
                }
                sep = Some(gap);
                whole(&mut digits, tok(text, &toks[k + 1]));
                k += 1;
                grouped = true;
            }
            // A plain space is also a word gap: "3 100-metre races", "2 400m" are two
            // numbers, so a group joined by one must not run into a hyphen or a unit,
            // unless it starts with 0 and so cannot stand alone ("a 40 000-strong crowd").
            let runs_on = !tok(text, &toks[k]).starts_with('0')
                && toks.get(k + 1).is_some_and(|n| {
                    link(text, toks, k) == Link::Tight
                        && (n.kind == TokenKind::Word
                            || matches!(tok(text, n), "-" | "\u{2010}" | "\u{2011}"))
                });
            if sep == Some(" ") && runs_on {
                digits.clear();
                k = i;
                grouped = false;
            }
        }
    }
    // Decimals.
    let mut decimal = false;
    if is_punct(text, toks, k + 1, ".")
        && link(text, toks, k) == Link::Tight
        && link(text, toks, k + 1) == Link::Tight
        && toks.get(k + 2).is_some_and(|d| d.kind == TokenKind::Digits)
    {
        whole(&mut digits, ".");
        digits.push_str(tok(text, &toks[k + 2]));
        k += 2;
        decimal = true;
    }
    let digits = if digits.is_empty() {
        tok(text, &t)
    } else {
        digits.as_str()
    };
    let value = parse_f64(digits).unwrap_or(f64::INFINITY);
    let mut c = Cand::new(t.start, toks[k].end, value, Form::Digits, i, k + 1);
    let int = !grouped && !decimal;
    c.plain = int;
    // A sign straight before, not after another number or word ("3-5", "F-16").
    if i >= 1
        && matches!(tok(text, &toks[i - 1]), "-" | "\u{2212}")
        && link(text, toks, i - 1) == Link::Tight
    {
        let free = i == 1
            || link(text, toks, i - 2) != Link::Tight
            || matches!(tok(text, &toks[i - 2]), "(" | "[");
        // "3-5" is a range; "61 -7" (a space before the sign only) a figure and its
        // signed change, as in a results table
        let after_number = i >= 2
            && toks[i - 2].kind == TokenKind::Digits
            && link(text, toks, i - 2) == Link::Tight;
        if free && !after_number {
            c.n.start = toks[i - 1].start;
            c.n.value = -c.n.value;
            c.t0 = i - 1;
            c.plain = false;
        }
    }
    let next = toks
        .get(k + 1)
        .filter(|_| link(text, toks, k) == Link::Tight);
    let next_text = next.map_or("", |n| tok(text, n));
    // Decades ("1990s", "1990’s") and ordinals ("21st").
    if c.plain {
        if next_text == "s" {
            return Some(finish(c, toks, k + 1, Role::Date));
        }
        if matches!(next_text, "'" | "’")
            && link(text, toks, k + 1) == Link::Tight
            && toks.get(k + 2).is_some_and(|s| tok(text, s) == "s")
        {
            return Some(finish(c, toks, k + 2, Role::Date));
        }
        if ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(next_text))
        {
            return Some(finish(c, toks, k + 1, Role::Ordinal));
        }
    }
    // "2½"
    if int {
        if let Some(f) = next_text
            .chars()
            .next()
            .and_then(|ch| vulgar(ch))
            .filter(|_| next_text.chars().count() == 1)
        {
            c.n.value += f;
            c.n.form = Form::Fraction;
            c.plain = false;
            return Some(finish(c, toks, k + 1, Role::Quantity));
        }
    }
    // "3/4", "24/7", "5/17".
    if int && next_text == "/" && link(text, toks, k + 1) == Link::Tight {
        if let Some(d) = toks.get(k + 2).filter(|d| d.kind == TokenKind::Digits) {
            let whole = &text[t.start..d.end];
            let den = parse_f64(tok(text, d)).unwrap_or(0.0);
            let more = is_punct(text, toks, k + 3, "/") && link(text, toks, k + 2) == Link::Tight;
            if NAMED_SLASHES.contains(&whole) && !more {
                return Some(finish(c, toks, k + 2, Role::Name));
            }
            if !more && is_fraction(value, den) {
                c.n.value /= den;
                c.n.form = Form::Fraction;
                c.plain = false;
                return Some(finish(c, toks, k + 2, Role::Quantity));
            }
            if !more && c.plain && (1.0..=12.0).contains(&value) && (1.0..=31.0).contains(&den) {
                return Some(finish(c, toks, k + 2, Role::Date));
            }
        }
    }
    // "2 1/4"
    if c.plain && link(text, toks, k) == Link::Space {
        if let Some((num, den)) = slash_pair(text, toks, k + 1) {
            if num < den && is_fraction(num, den) {
                c.n.value += num / den;
                c.n.form = Form::Fraction;
                c.plain = false;
                return Some(finish(c, toks, k + 3, Role::Quantity));
            }
        }
    }
    scale(text, toks, &mut c, k, decimal);
    Some(c)
}

/// Attach a scale: "1.2bn", "10k", "£5m", "90 billion", "90-billion", "13 lakh crore".
fn scale(text: &str, toks: &[Token], c: &mut Cand, k: usize, decimal: bool) {
    let before = text[..c.n.start].chars().next_back();
    let currency = before.is_some_and(is_currency_sign)
        || (c.t0 >= 1
            && toks[c.t0 - 1].kind == TokenKind::Word
            && link(text, toks, c.t0 - 1) == Link::Tight
            && CURRENCY_PREFIXES.contains(&tok(text, &toks[c.t0 - 1])));
    let mut last = k;
    let mut factor = 1.0;
    if link(text, toks, k) == Link::Tight
        && toks.get(k + 1).is_some_and(|w| w.kind == TokenKind::Word)
    {
        let w = tok(text, &toks[k + 1]);
        let table = SCALE_SUFFIXES.iter().chain(if currency {
            CURRENCY_ONLY_SUFFIXES
        } else {
            &[]
        });
        if let Some(&(_, f)) = table.clone().find(|(s, _)| *s == w) {
            let single_upper = matches!(w, "M" | "B" | "K");
            if !single_upper || currency || decimal || c.n.value.abs() >= 10.0 {
                factor = f;
                last = k + 1;
            }
        }
        if w == "b" && decimal && last == k {
            // "1.2b": a decimal before a lone "b" is billions.
            factor = 1e9;
            last = k + 1;
        }
    } else {
        let mut at = k;
        while let Some((j, hyphen)) = next_word(text, toks, at) {
            if hyphen && at != k {
                break;
            }
            let w = tok(text, &toks[j]);
            let singular = w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w);
            let Some(f) = lookup(SCALE_WORDS, w).or_else(|| lookup(SCALE_WORDS, singular)) else {
                break;
            };
            factor *= f;
            last = j;
            at = j;
            if singular.eq_ignore_ascii_case("dozen") {
                break;
            }
        }
    }
    if last > k {
        c.n.value *= factor;
        c.n.scale = factor;
        c.n.end = toks[last].end;
        c.t1 = last + 1;
        c.plain = false;
    }
}

/// Whether `num/den` reads as a fraction rather than a date or a ratio.
fn is_fraction(num: f64, den: f64) -> bool {
    num >= 1.0
        && num < den
        && (den <= 10.0 || [12.0, 16.0, 20.0, 25.0, 32.0, 64.0, 100.0].contains(&den))
}

/// A digit/digit pair starting at token `k`: (numerator, denominator).
fn slash_pair(text: &str, toks: &[Token], k: usize) -> Option<(f64, f64)> {
    let a = toks.get(k).filter(|t| t.kind == TokenKind::Digits)?;
    let b = toks.get(k + 2).filter(|t| t.kind == TokenKind::Digits)?;
    if !is_punct(text, toks, k + 1, "/")
        || link(text, toks, k) != Link::Tight
        || link(text, toks, k + 1) != Link::Tight
    {
        return None;
    }
    if is_punct(text, toks, k + 3, "/") && link(text, toks, k + 2) == Link::Tight {
        return None;
    }
    Some((parse_f64(tok(text, a))?, parse_f64(tok(text, b))?))
}

/// Digit shapes that are not plain numbers: clock times, numeric dates, phone
/// numbers, version strings.
fn shaped(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    // Digit groups joined by one separator each, without spaces: "10:30", "2025-08-18".
    let joined = |k: usize| {
        toks.get(k + 1).is_some_and(|p| {
            p.kind == TokenKind::Punct
                && matches!(tok(text, p), "-" | "/" | "." | ":")
                && link(text, toks, k) == Link::Tight
                && link(text, toks, k + 1) == Link::Tight
                && toks.get(k + 2).is_some_and(|d| d.kind == TokenKind::Digits)
        })
    };
    // (issue 13: a number with no separator after it, most of them, allocates nothing)
    if !joined(i) {
        return None;
    }
    let mut groups = vec![i];
    let mut seps: Vec<&str> = Vec::new();
    let mut k = i;
    while groups.len() < 6 {
        let Some(p) = toks.get(k + 1) else { break };
        let sep = tok(text, p);
        if p.kind != TokenKind::Punct
            || !matches!(sep, "-" | "/" | "." | ":")
            || link(text, toks, k) != Link::Tight
            || link(text, toks, k + 1) != Link::Tight
            || toks.get(k + 2).is_none_or(|d| d.kind != TokenKind::Digits)
        {
            break;
        }
        seps.push(sep);
        groups.push(k + 2);
        k += 2;
    }
    if groups.len() < 2 {
        return None;
    }
    let g = |n: usize| tok(text, &toks[groups[n]]);
    let num = |n: usize| g(n).parse::<u32>().unwrap_or(u32::MAX);
    let same = seps.iter().all(|s| *s == seps[0]);
    let start = toks[i].start;
    let at = |n: usize, role: Role, value: f64| {
        let mut c = Cand::new(
            start,
            toks[groups[n]].end,
            value,
            Form::Digits,
            i,
            groups[n] + 1,
        );
        c.n.role = role;
        c
    };
    let n = groups.len();
    if n >= 2 && seps[0] == ":" && g(0).len() <= 2 && num(0) <= 24 && g(1).len() == 2 && num(1) < 60
    {
        let last = if n >= 3 && seps[1] == ":" && g(2).len() == 2 {
            2
        } else {
            1
        };
        return Some(at(last, Role::Time, num(0) as f64 + num(1) as f64 / 60.0));
    }
    if n >= 3 && same && seps[0] != ":" {
        let (a, b, y) = (num(0), num(1), num(2));
        let iso =
            g(0).len() == 4 && (1..=12).contains(&b) && (1..=31).contains(&y) && g(2).len() <= 2;
        let year_len = g(2).len() == 4 || (g(2).len() == 2 && seps[0] == "/");
        let dmy = g(0).len() <= 2
            && g(1).len() <= 2
            && year_len
            && (1..=31).contains(&a)
            && (1..=31).contains(&b)
            && (a <= 12 || b <= 12)
            && a > 0
            && b > 0;
        if n == 3 && iso {
            return Some(at(2, Role::Date, a as f64));
        }
        if n == 3 && dmy {
            let year = if g(2).len() == 2 { 2000 + y } else { y };
            return Some(at(2, Role::Date, year as f64));
        }
        let total: usize = (0..n).map(|m| g(m).len()).sum();
        if seps[0] == "." && n >= 3 {
            return Some(at(n - 1, Role::Name, num(0) as f64));
        }
        if seps[0] == "-" && (9..=15).contains(&total) && g(n - 1).len() >= 4 && g(0).len() <= 4 {
            return Some(at(n - 1, Role::Furniture, 0.0));
        }
    }
    None
}

/// Numbers that start with punctuation: "½", ".25", "+1 202 555 0100", "’90s", "#1".
pub(super) fn read_punct(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let t = toks[i];
    let p = tok(text, &t);
    if p == "(" {
        return super::furniture::phone(text, toks, i);
    }
    let tight_digits = link(text, toks, i) == Link::Tight
        && toks.get(i + 1).is_some_and(|d| d.kind == TokenKind::Digits);
    let mut chars = p.chars();
    if let (Some(ch), None) = (chars.next(), chars.next()) {
        if let Some(f) = vulgar(ch) {
            return Some(Cand::new(t.start, t.end, f, Form::Fraction, i, i + 1));
        }
    }
    if !tight_digits {
        return None;
    }
    let d = toks[i + 1];
    let free_before = i == 0
        || link(text, toks, i - 1) != Link::Tight
        || text[..t.start]
            .chars()
            .next_back()
            .is_some_and(|c| is_currency_sign(c) || c == '(');
    match p {
        "." if free_before
            && !(link(text, toks, i + 1) == Link::Tight && is_punct(text, toks, i + 2, ".")) =>
        {
            let value = parse_f64(&format!("0.{}", tok(text, &d)))?;
            Some(Cand::new(t.start, d.end, value, Form::Digits, i, i + 2))
        }
        "+" => {
            // "+1 202 555 0100", "+44 (0)20 7946 0958", "+1-222-2222".
            let mut k = i + 1;
            let mut last = i + 1;
            let mut total = 0;
            while let Some(n) = toks.get(k) {
                let gap = &text[toks[k - 1].end..n.start];
                if !(gap.is_empty() || gap == " ") {
                    break;
                }
                match n.kind {
                    TokenKind::Digits => {
                        total += n.end - n.start;
                        last = k;
                    }
                    TokenKind::Punct if matches!(tok(text, n), "-" | "." | "(" | ")") => {}
                    _ => break,
                }
                k += 1;
            }
            (total >= 8).then(|| {
                let mut c = Cand::new(t.start, toks[last].end, 0.0, Form::Digits, i, last + 1);
                c.n.role = Role::Furniture;
                c
            })
        }
        "'" | "’"
            if d.end - d.start == 2
                && link(text, toks, i + 1) == Link::Tight
                && toks.get(i + 2).is_some_and(|s| tok(text, s) == "s") =>
        {
            let mut c = Cand::new(
                t.start,
                toks[i + 2].end,
                parse_f64(tok(text, &d))?,
                Form::Digits,
                i,
                i + 3,
            );
            c.n.role = Role::Date;
            Some(c)
        }
        "#" if free_before => {
            let mut c = Cand::new(
                t.start,
                d.end,
                parse_f64(tok(text, &d)).unwrap_or(0.0),
                Form::Digits,
                i,
                i + 2,
            );
            c.n.role = Role::Name;
            Some(c)
        }
        _ => None,
    }
}

fn finish(mut c: Cand, toks: &[Token], last: usize, role: Role) -> Cand {
    c.n.end = toks[last].end;
    c.t1 = last + 1;
    c.n.role = role;
    c
}

fn vulgar(ch: char) -> Option<f64> {
    VULGAR.iter().find(|(v, _)| *v == ch).map(|(_, f)| *f)
}

fn is_punct(text: &str, toks: &[Token], k: usize, p: &str) -> bool {
    toks.get(k)
        .is_some_and(|t| t.kind == TokenKind::Punct && tok(text, t) == p)
}

/// A three-digit group token.
fn is_group(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.kind == TokenKind::Digits && t.end - t.start == 3)
}
