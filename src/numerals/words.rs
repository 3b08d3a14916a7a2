//! Numbers written in words: cardinals ("one hundred and twenty"), articles with scales
//! ("a dozen", "a million"), "half a million", fractions ("one-fifth", "two-thirds",
//! "a quarter", "three and a half"), decimals ("five point two"), ordinals ("first",
//! "twenty-first") and vague magnitudes ("tens of thousands", "dozens").

use super::lexicon::{
    CARDINALS, DENOMINATORS, ORDINALS, QUANTIFIED_SPANS, QUANTIFIERS, SCALE_WORDS, VAGUE,
};
use super::{
    is_in, link, lookup, next_word, prev_word, tok, Cand, Form, Link, Role, VAGUE_LOW_FACTOR,
};
use crate::fmt::parse_f64;
use crate::lexicon::ratios::MULTIPLES;
use crate::segment::{Token, TokenKind};

/// Scale words that may follow a spelled-out number (not the abbreviations).
const BIG: crate::lexicon::Words = crate::lexicon::words_table![
    "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen",
];

/// Read the number that starts at the word token `i`.
pub(super) fn read(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let w = tok(text, &toks[i]);
    if let Some(c) = vague(text, toks, i).or_else(|| quantifier(text, toks, i)) {
        return Some(c);
    }
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return article(text, toks, i);
    }
    if w.eq_ignore_ascii_case("half") || w.eq_ignore_ascii_case("quarter") {
        return half(text, toks, i);
    }
    if lookup(CARDINALS, w).is_some() {
        return cardinal(text, toks, i);
    }
    if let Some(v) = lookup(ORDINALS, w) {
        if w.eq_ignore_ascii_case("second") && !second_is_ordinal(text, toks, i) {
            return None;
        }
        let mut c = Cand::new(toks[i].start, toks[i].end, v as f64, Form::Words, i, i + 1);
        c.n.role = Role::Ordinal;
        return Some(c);
    }
    multiple(text, toks, i)
}

/// A multiplier word: "twice", "double", "tripled", "eightfold".
fn multiple(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let w = tok(text, &toks[i]);
    let letter = (w.as_bytes()[0] | 0x20).wrapping_sub(b'a');
    if letter >= 26 || MULTIPLE_FIRST_LETTERS & (1 << letter) == 0 || w.len() < 5 {
        return None;
    }
    let factor = MULTIPLES
        .iter()
        .find(|e| super::same_word(e.0, w))
        .map(|e| e.1)?;
    Some(Cand::new(
        toks[i].start,
        toks[i].end,
        factor,
        Form::Multiple,
        i,
        i + 1,
    ))
}

/// The first letters of [`MULTIPLES`] as a bit set (bit 0 = "a"): most words are
/// skipped on their first byte.
const MULTIPLE_FIRST_LETTERS: u32 = {
    let mut mask = 0u32;
    let mut k = 0;
    while k < MULTIPLES.len() {
        mask |= 1 << (MULTIPLES[k].0.as_bytes()[0] - b'a');
        k += 1;
    }
    mask
};

/// "second" is an ordinal after a determiner ("the second", "a second term") or before
/// a hyphenated word ("second-highest", "second-hand"); else it is the time unit and
/// left to the quantity layer.
fn second_is_ordinal(text: &str, toks: &[Token], i: usize) -> bool {
    if next_word(text, toks, i).is_some_and(|(_, hyphen)| hyphen) {
        return true;
    }
    const DET: crate::lexicon::Words = crate::lexicon::words_table![
        "finished", "came", "placed", "ranked", "ranks", "finishes", "comes", "ranking", "the",
        "a", "its", "his", "her", "their", "our", "my", "your", "every", "each", "this", "for",
    ];
    prev_word(text, toks, i)
        .is_some_and(|p| is_in(DET, p) || p.ends_with("'s") || p.ends_with("’s"))
}

/// "tens of thousands", "hundreds", "dozens", "scores of", "millions of".
fn vague(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let w = tok(text, &toks[i]);
    let unit = lookup(VAGUE, w)?;
    let of = next_word(text, toks, i)
        .filter(|(j, h)| !h && tok(text, &toks[*j]).eq_ignore_ascii_case("of"));
    if (w.eq_ignore_ascii_case("tens") || w.eq_ignore_ascii_case("scores")) && of.is_none() {
        return None;
    }
    let mut order = unit;
    let mut last = i;
    if let Some((j, _)) = of {
        if let Some((k, false)) = next_word(text, toks, j) {
            let w2 = tok(text, &toks[k]);
            if let Some(u2) = lookup(VAGUE, w2).filter(|u| *u >= 1000.0) {
                order *= u2;
                last = k;
            }
        }
    }
    let low = VAGUE_LOW_FACTOR * order;
    let high = 10f64.powi(order.log10().floor() as i32 + 1);
    let mut c = Cand::new(toks[i].start, toks[last].end, low, Form::Vague, i, last + 1);
    c.n.vague = Some((low, high));
    Some(c)
}

/// "a couple of", "several hundred", "a few thousand", "a few dozen", "several hundred
/// thousand": the intervals of [`QUANTIFIERS`] times the scale words after them.
fn quantifier(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    // The entry whose words start at `i`, one after another: (entry, last token).
    let matched = |words: &[&str]| -> Option<usize> {
        let mut k = i;
        for (n, w) in words.iter().enumerate() {
            if n > 0 {
                k = next_word(text, toks, k).filter(|(_, h)| !h)?.0;
            }
            if !super::same_word(w, tok(text, &toks[k])) {
                return None;
            }
        }
        Some(k)
    };
    // the first word is tested once, inline: this runs for every word of the text
    let first = tok(text, &toks[i]);
    let (words, low, high, mut last) = QUANTIFIERS
        .iter()
        .filter(|(w, _, _)| super::same_word(w[0], first))
        .find_map(|&(w, lo, hi)| matched(w).map(|k| (w, lo, hi, k)))?;
    let mut scale = 1.0;
    while let Some((j, false)) = next_word(text, toks, last) {
        match big_scale(tok(text, &toks[j])) {
            Some(s) => {
                scale *= s;
                last = j;
            }
            None => break,
        }
    }
    if scale == 1.0 {
        // Alone, only "a couple of" counts ("a couple of hours"; not "a couple who").
        let of = next_word(text, toks, last)
            .is_some_and(|(j, h)| !h && tok(text, &toks[j]).eq_ignore_ascii_case("of"));
        let span = next_word(text, toks, last)
            .is_some_and(|(j, h)| !h && is_in(QUANTIFIED_SPANS, tok(text, &toks[j])));
        let couple_of = of && words.len() == 2 && words[1] == "couple";
        if !(couple_of || span) {
            return None;
        }
    }
    let mut c = Cand::new(
        toks[i].start,
        toks[last].end,
        low * scale,
        Form::Vague,
        i,
        last + 1,
    );
    c.n.vague = Some((low * scale, high * scale));
    Some(c)
}

/// "a dozen", "a hundred and twenty", "a million", "a half", "a quarter", "a third of".
fn article(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let (j, false) = next_word(text, toks, i)? else {
        return None;
    };
    let w = tok(text, &toks[j]);
    if is_in(BIG, w) {
        let mut c = cardinal_from(text, toks, j, 1.0)?;
        c.n.start = toks[i].start;
        c.t0 = i;
        return Some(c);
    }
    if w.eq_ignore_ascii_case("half") || w.eq_ignore_ascii_case("quarter") {
        let mut c = half(text, toks, j)?;
        c.n.start = toks[i].start;
        c.t0 = i;
        return Some(c);
    }
    // "a third of", "a fifth." (but "a third term" is an ordinal).
    let den = lookup(DENOMINATORS, w).filter(|_| !w.ends_with('s'))?;
    let followed = next_word(text, toks, j);
    let of = followed.is_some_and(|(k, h)| !h && tok(text, &toks[k]).eq_ignore_ascii_case("of"));
    let ends = toks
        .get(j + 1)
        .is_none_or(|p| p.kind == TokenKind::Punct && !matches!(tok(text, p), "-" | "\u{2010}"));
    (of || ends).then(|| {
        Cand::new(
            toks[i].start,
            toks[j].end,
            1.0 / den,
            Form::Fraction,
            i,
            j + 1,
        )
    })
}

/// "half", "half a million", "half a dozen", "quarter million", "a quarter".
fn half(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    let w = tok(text, &toks[i]);
    let f = if w.eq_ignore_ascii_case("half") {
        0.5
    } else {
        0.25
    };
    let mut at = i;
    if let Some((j, false)) = next_word(text, toks, i) {
        let a = tok(text, &toks[j]);
        if a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an") {
            if let Some((k, false)) = next_word(text, toks, j) {
                if big_scale(tok(text, &toks[k])).is_some() {
                    at = j;
                }
            }
        }
    }
    if let Some((k, false)) = next_word(text, toks, at) {
        if let Some(s) = big_scale(tok(text, &toks[k])) {
            let mut c = Cand::new(toks[i].start, toks[k].end, f * s, Form::Words, i, k + 1);
            c.n.scale = s;
            return Some(c);
        }
    }
    // A bare "quarter" is a period of the year ("the third quarter"); "a quarter" is not.
    let after_article = i >= 1
        && matches!(
            tok(text, &toks[i - 1]).to_ascii_lowercase().as_str(),
            "a" | "an"
        );
    if f == 0.25 && !after_article {
        return None;
    }
    Some(Cand::new(
        toks[i].start,
        toks[i].end,
        f,
        Form::Fraction,
        i,
        i + 1,
    ))
}

/// Scales after "half a" / "quarter": hundred, thousand, million, billion, trillion, dozen.
fn big_scale(w: &str) -> Option<f64> {
    is_in(BIG, w).then(|| lookup(SCALE_WORDS, w)).flatten()
}

/// A spelled-out cardinal starting at word `i`, with its fraction, decimal, scale and
/// ordinal tails.
fn cardinal(text: &str, toks: &[Token], i: usize) -> Option<Cand> {
    cardinal_from(text, toks, i, 0.0)
}

/// What the last word of a cardinal was.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Big,
}

fn cardinal_from(text: &str, toks: &[Token], i: usize, preset: f64) -> Option<Cand> {
    let mut total = 0.0;
    let mut current = preset;
    let mut last = if preset > 0.0 {
        Last::Unit
    } else {
        Last::Start
    };
    let mut last_big = f64::INFINITY;
    let mut end = i;
    let mut k = i;
    let mut scale = 1.0;
    let mut after_and = false;
    loop {
        let w = tok(text, &toks[k]);
        if let Some(v) = lookup(CARDINALS, w) {
            let v = v as f64;
            let ok = match last {
                Last::Start => true,
                Last::Tens => (1.0..=9.0).contains(&v),
                Last::Hundred | Last::Big => v >= 1.0 && v < 100.0,
                _ => false,
            };
            if !ok {
                break;
            }
            current += v;
            last = match v as u32 {
                0 => Last::Zero,
                1..=9 => Last::Unit,
                10..=19 => Last::Teen,
                _ => Last::Tens,
            };
            scale = 1.0;
        } else if w.eq_ignore_ascii_case("hundred")
            && matches!(last, Last::Unit | Last::Teen | Last::Tens)
            && current < 100.0
        {
            current *= 100.0;
            last = Last::Hundred;
            scale = 100.0;
        } else if let Some(s) = big_scale(w).filter(|s| *s >= 1000.0 && *s < last_big) {
            if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred) {
                break;
            }
            total += current * s;
            current = 0.0;
            last_big = s;
            last = Last::Big;
            scale = s;
        } else if w.eq_ignore_ascii_case("dozen") || w.eq_ignore_ascii_case("dozens") {
            if !matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                break;
            }
            current *= 12.0;
            end = k;
            break;
        } else {
            break;
        }
        after_and = false;
        end = k;
        if last == Last::Zero {
            break;
        }
        // Next word: "twenty-one", "one hundred and twenty".
        let Some((j, _)) = next_word(text, toks, k) else {
            break;
        };
        if tok(text, &toks[j]).eq_ignore_ascii_case("and")
            && matches!(last, Last::Hundred | Last::Big)
        {
            match next_word(text, toks, j) {
                Some((n, false))
                    if lookup(CARDINALS, tok(text, &toks[n])).is_some_and(|v| v > 0 && v < 100) =>
                {
                    after_and = true;
                    k = n;
                }
                _ => break,
            }
        } else {
            k = j;
        }
    }
    let _ = after_and;
    if last == Last::Start {
        return None;
    }
    let mut value = total + current;
    let mut form = Form::Words;
    let mut role = Role::Quantity;
    // Tails after the last word read.
    if let Some((j, hyphen)) = next_word(text, toks, end) {
        let w = tok(text, &toks[j]);
        let compound_ordinal =
            hyphen && last == Last::Tens && lookup(ORDINALS, w).is_some_and(|o| o < 10);
        if let Some(d) = lookup(DENOMINATORS, w)
            .filter(|_| total == 0.0 && current < 100.0 && current >= 1.0 && !compound_ordinal)
        {
            // "one-fifth", "two thirds", "three quarters".
            value = current / d;
            form = Form::Fraction;
            end = j;
        } else if let (Some(o), true, Last::Tens) = (lookup(ORDINALS, w), hyphen, last) {
            // "twenty-first"
            if o < 10 {
                let mut c = Cand::new(
                    toks[i].start,
                    toks[j].end,
                    value + o as f64,
                    Form::Words,
                    i,
                    j + 1,
                );
                c.n.role = Role::Ordinal;
                return Some(c);
            }
        } else if w.eq_ignore_ascii_case("and") && !hyphen {
            if let Some((f, e)) = and_fraction(text, toks, j) {
                // "a million and a half" is half a million more, not a half more.
                value += if last == Last::Big { f * last_big } else { f };
                form = Form::Fraction;
                end = e;
            }
        } else if w.eq_ignore_ascii_case("point") && !hyphen {
            if let Some((f, e)) = point(text, toks, j) {
                value += f;
                end = e;
            }
        }
    }
    // A scale after a fraction or decimal: "three and a half million", "two point five billion".
    if value.fract() != 0.0 && scale == 1.0 {
        if let Some((j, false)) = next_word(text, toks, end) {
            if let Some(s) = big_scale(tok(text, &toks[j])).filter(|s| *s >= 1000.0) {
                value *= s;
                scale = s;
                end = j;
            }
        }
    }
    if form == Form::Words && scale >= 1000.0 && value != (value / scale).round() * scale {
        scale = 1.0;
    } else if form == Form::Words && scale < 1000.0 {
        scale = 1.0;
    }
    if role == Role::Quantity && form == Form::Fraction {
        role = Role::Quantity;
    }
    let mut c = Cand::new(toks[i].start, toks[end].end, value, form, i, end + 1);
    c.n.scale = scale;
    c.n.role = role;
    Some(c)
}

/// "and a half", "and one quarter", "and three fifths" after a number: (fraction, last token).
fn and_fraction(text: &str, toks: &[Token], and: usize) -> Option<(f64, usize)> {
    let (j, false) = next_word(text, toks, and)? else {
        return None;
    };
    let w = tok(text, &toks[j]);
    let num = if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        1.0
    } else {
        lookup(CARDINALS, w).filter(|v| (1..20).contains(v))? as f64
    };
    let (k, _) = next_word(text, toks, j)?;
    let den = lookup(DENOMINATORS, tok(text, &toks[k]))?;
    Some((num / den, k))
}

/// "point five", "point zero three", "point seventy-one": (fraction, last token).
fn point(text: &str, toks: &[Token], p: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut end = p;
    let mut k = p;
    while let Some((j, _)) = next_word(text, toks, k) {
        let Some(v) = lookup(CARDINALS, tok(text, &toks[j])) else {
            break;
        };
        if v >= 10 && v % 10 == 0 {
            // "seventy-one": the tens digit now, the unit may follow.
            digits.push(char::from(b'0' + (v / 10) as u8));
            let unit = next_word(text, toks, j).and_then(|(u, _)| {
                lookup(CARDINALS, tok(text, &toks[u]))
                    .filter(|x| (1..=9).contains(x))
                    .map(|x| (u, x))
            });
            match unit {
                Some((u, x)) => {
                    digits.push(char::from(b'0' + x as u8));
                    end = u;
                    k = u;
                }
                None => {
                    digits.push('0');
                    end = j;
                    k = j;
                }
            }
            continue;
        }
        digits.push_str(&v.to_string());
        end = j;
        k = j;
    }
    if digits.is_empty() || link(text, toks, p) == Link::Broken {
        return None;
    }
    Some((parse_f64(&format!("0.{digits}"))?, end))
}
