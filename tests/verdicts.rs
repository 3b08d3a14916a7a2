//! Verdicts and facets on hand-built figures, one test per class of reporting that the
//! verdict must read right (DESIGN.md, "Verdicts" and "Facets"). The figures and their
//! wording are invented for these tests.

mod common;

use fact_compare::verdict::{judge, judge_in};
use fact_compare::{Dimension, Mention, Options, Qualifier, QualifierKind, Verdict};

/// An unhedged figure `text` of `source` with value `v`.
fn fig(source: &str, text: &str, dimension: Dimension, unit: &str, v: f64) -> Mention {
    let id = format!("{source}:{text}");
    common::point(
        id,
        source,
        text,
        (0, text.len()),
        (0, 0),
        dimension,
        unit,
        v,
    )
}

fn usd(source: &str, text: &str, v: f64) -> Mention {
    fig(source, text, Dimension::Money, "USD", v)
}

fn count(source: &str, text: &str, v: f64) -> Mention {
    fig(source, text, Dimension::Count, "count", v)
}

/// The figure with a qualifier of `kind` reading `text`.
fn qualified(mut m: Mention, kind: QualifierKind, text: &str) -> Mention {
    m.qualifiers.push(Qualifier {
        kind,
        text: text.to_string(),
        start: 0,
        end: 0,
        start_utf16: 0,
        end_utf16: 0,
    });
    m
}

fn verdict(ms: &[&Mention]) -> Verdict {
    judge(ms, &Options::default()).verdict
}

/// One outlet cuts a sum in billions after two decimals, another rounds it: "$8.43
/// billion" and "$8.44 billion" are one figure (8,436 million), not a difference.
#[test]
fn a_cut_last_digit_of_an_abbreviated_sum_agrees() {
    let cut = usd("wire", "$8.43 billion", 8.43e9);
    let rounded = usd("paper", "$8.44 billion", 8.44e9);
    let j = judge(&[&cut, &rounded], &Options::default());
    assert_eq!(j.verdict, Verdict::Agree, "{}", j.explanation);
    // One decimal cut: "$31.6bn" of 31.68 billion, beside "$31.68bn".
    let short = usd("wire", "$31.6bn", 31.6e9);
    let long = usd("paper", "$31.68bn", 31.68e9);
    assert_eq!(verdict(&[&short, &long]), Verdict::Agree);
    // Three figures: the cut, the rounded and the rounder one.
    let round = usd("radio", "$8.4 billion", 8.4e9);
    assert_eq!(verdict(&[&cut, &rounded, &round]), Verdict::Agree);
}

/// Cutting explains one unit of the last digit, upwards only, and only for figures
/// that abbreviate a longer number.
#[test]
fn a_cut_digit_explains_no_more_than_one_unit() {
    // Two units apart: a real difference.
    let a = usd("wire", "$8.43 billion", 8.43e9);
    let b = usd("paper", "$8.45 billion", 8.45e9);
    assert_ne!(verdict(&[&a, &b]), Verdict::Agree);
    // "$31.6bn" cannot be cut from 31.58 billion (that is rounded up, not cut).
    let short = usd("wire", "$31.6bn", 31.6e9);
    let below = usd("paper", "$31.54bn", 31.54e9);
    assert_ne!(verdict(&[&short, &below]), Verdict::Agree);
    // A hedged figure is not a cut one: "more than $8.44 billion" lies above what
    // "$8.43 billion" allows.
    let mut more = usd("radio", "more than $8.44 billion", 8.44e9);
    more.hedge = Some("more than".into());
    more.hedge_kind = "more_than".into();
    more.high = None;
    more.low_open = true;
    assert_eq!(verdict(&[&a, &more]), Verdict::Conflict);
    // Nor a figure of two digits, whose last digit is a step of 3%: services revenue
    // of "$3.2 billion" and "$3.3 billion" differ.
    let low = usd("wire", "$3.2 billion", 3.2e9);
    let high = usd("paper", "$3.3 billion", 3.3e9);
    assert_ne!(verdict(&[&low, &high]), Verdict::Agree);
    // Whole numbers of billions are not cut: two offers of $43bn and $44bn differ.
    let first = usd("wire", "$43 billion", 43e9);
    let second = usd("paper", "$44 billion", 44e9);
    assert_ne!(verdict(&[&first, &second]), Verdict::Agree);
    // Counts of people are counted, not cut: 71 and 72 dead differ.
    let toll = count("wire", "71", 71.0);
    let other = count("paper", "72", 72.0);
    assert_ne!(verdict(&[&toll, &other]), Verdict::Agree);
    // A decimal without a scale word is a measurement: magnitudes 6.1 and 6.2 differ.
    let m1 = fig("wire", "6.1", Dimension::Other, "magnitude", 6.1);
    let m2 = fig("paper", "6.2", Dimension::Other, "magnitude", 6.2);
    assert_ne!(verdict(&[&m1, &m2]), Verdict::Agree);
    // "4.5m" of a length is metres, not millions: 4.5 m and 4.6 m differ.
    let l1 = fig("wire", "4.5m", Dimension::Length, "m", 4.5);
    let l2 = fig("paper", "4.6m", Dimension::Length, "m", 4.6);
    assert_ne!(verdict(&[&l1, &l2]), Verdict::Agree);
}

fn pct(source: &str, text: &str, v: f64) -> Mention {
    fig(source, text, Dimension::Percent, "fraction", v)
}

/// Two unhedged figures agree when the intervals their rounding allows overlap: "2%"
/// (1.96-2.04%) and "2.03%" (2.025-2.035%) can both be the same share, rounded.
#[test]
fn overlapping_rounding_intervals_agree() {
    let whole = pct("wire", "2%", 0.02);
    let precise = pct("paper", "2.03%", 0.0203);
    assert_eq!(verdict(&[&whole, &precise]), Verdict::Agree);
    // Intervals that only touch are two figures: 41 and 42 seats.
    let a = count("wire", "41", 41.0);
    let b = count("paper", "42", 42.0);
    assert_ne!(verdict(&[&a, &b]), Verdict::Agree);
    // Two round figures at their caps stay a difference: "four miles" (6.44 km, in
    // words) and "6.2 km" are 3.8% apart.
    let miles = fig("wire", "four-mile", Dimension::Length, "m", 6437.376);
    let km = fig("paper", "6.2-kilometre", Dimension::Length, "m", 6200.0);
    assert_ne!(verdict(&[&miles, &km]), Verdict::Agree);
    // 2% and 2.1% do not overlap (1.96-2.04% and 2.095-2.105%).
    let higher = pct("paper", "2.1%", 0.021);
    assert_ne!(verdict(&[&whole, &higher]), Verdict::Agree);
}

/// `m` placed at `phrase` in `sentence` (the whole source is that one sentence).
fn placed(mut m: Mention, sentence: &str, phrase: &str) -> Mention {
    m.start = sentence.find(phrase).expect("phrase in sentence");
    m.end = m.start + phrase.len();
    m.sentence_end = sentence.len();
    m
}

/// Conversions in brackets are the outlet's own arithmetic at its own exchange rate:
/// "(£6.5 billion)" and "(£6.6 billion)" of one dollar sum differ by their rates, and
/// a reader should see it, whatever the last digit.
#[test]
fn conversions_in_brackets_are_not_cut() {
    let wire = "The group will pay $8.2 billion (£6.5 billion) for the port.";
    let paper = "It agreed a price of $8.2 billion (£6.6 billion).";
    let a = placed(
        fig("wire", "£6.5 billion", Dimension::Money, "GBP", 6.5e9),
        wire,
        "£6.5 billion",
    );
    let b = placed(
        fig("paper", "£6.6 billion", Dimension::Money, "GBP", 6.6e9),
        paper,
        "£6.6 billion",
    );
    let sentence = |m: &Mention| Some(if m.source == "wire" { wire } else { paper }.to_string());
    let j = judge_in(&[&a, &b], &Options::default(), &sentence);
    assert_ne!(j.verdict, Verdict::Agree, "{}", j.explanation);
    // The same two figures outside brackets are one sum, cut and rounded.
    let plain = |m: &Mention| Some(format!("Sales reached {}.", m.text));
    let (a, b) = (
        placed(
            fig("wire", "£6.5 billion", Dimension::Money, "GBP", 6.5e9),
            "Sales reached £6.5 billion.",
            "£6.5 billion",
        ),
        placed(
            fig("paper", "£6.6 billion", Dimension::Money, "GBP", 6.6e9),
            "Sales reached £6.6 billion.",
            "£6.6 billion",
        ),
    );
    assert_eq!(
        judge_in(&[&a, &b], &Options::default(), &plain).verdict,
        Verdict::Agree
    );
}

/// Touching hedges are still a conflict: "just over 3,000" and "nearly 3,000" cannot
/// both hold, although their stated values are equal.
#[test]
fn equal_stated_values_with_opposite_hedges_conflict() {
    let mut over = count("wire", "3,000-plus", 3000.0);
    over.hedge = Some("plus".into());
    over.hedge_kind = "at_least".into();
    over.high = None;
    let mut nearly = count("paper", "nearly 3,000", 3000.0);
    nearly.hedge = Some("nearly".into());
    nearly.hedge_kind = "nearly".into();
    nearly.low = Some(2700.0);
    nearly.high_open = true;
    assert_eq!(verdict(&[&over, &nearly]), Verdict::Conflict);
}

/// A figure dated to another year is a comparison from the past ("the worst since a
/// 1994 storm that killed 18"), not a rival count: beside this year's 31 it explains
/// the difference as one of scope. "since 1994" dates nothing.
#[test]
fn a_figure_of_another_year_is_a_scope_not_a_conflict() {
    let now = "The flood has killed 31 people.";
    let then = "In 1994 a storm killed 18 people.";
    let toll = placed(count("wire", "31", 31.0), now, "31");
    let past = placed(
        qualified(count("paper", "18", 18.0), QualifierKind::Time, "In 1994"),
        then,
        "18",
    );
    let sentence = |m: &Mention| Some(if m.source == "wire" { now } else { then }.to_string());
    let o = Options::default();
    assert_eq!(
        judge_in(&[&toll, &past], &o, &sentence).verdict,
        Verdict::Scope
    );
    // "since 1994" on one side explains nothing: 31 vs 18 is a conflict.
    let since = "The flood has killed 18 people, the most since 1994.";
    let other = placed(
        qualified(
            count("paper", "18", 18.0),
            QualifierKind::Time,
            "since 1994",
        ),
        since,
        "18",
    );
    let sentence = |m: &Mention| Some(if m.source == "wire" { now } else { since }.to_string());
    assert_eq!(
        judge_in(&[&toll, &other], &o, &sentence).verdict,
        Verdict::Conflict
    );
}

/// `m` with a hedge: its kind, words and interval.
fn hedge(mut m: Mention, words: &str, kind: &str, low: Option<f64>, high: Option<f64>) -> Mention {
    m.hedge = Some(words.to_string());
    m.hedge_kind = kind.to_string();
    m.low = low;
    m.high = high;
    m.low_open = kind == "more_than";
    m.high_open = matches!(kind, "nearly" | "less_than");
    m
}

/// A floor on a round figure is the figure rounded down to its leading digit: "more
/// than 6,000 volunteers" is what one says of 6,900; a floor stated to more digits is
/// said of a figure just above it.
#[test]
fn a_round_floor_agrees_up_to_the_next_round_step() {
    let floor = hedge(
        count("wire", "more than 6,000", 6000.0),
        "more than",
        "more_than",
        Some(6000.0),
        None,
    );
    let count_ = count("paper", "6,900", 6900.0);
    assert_eq!(verdict(&[&floor, &count_]), Verdict::Agree);
    // Past the next step it is a difference.
    let over = count("paper", "7,300", 7300.0);
    assert_eq!(verdict(&[&floor, &over]), Verdict::Differ);
    // "more than 6,200" is said of 6,300, not of 6,900.
    let precise = hedge(
        count("wire", "more than 6,200", 6200.0),
        "more than",
        "more_than",
        Some(6200.0),
        None,
    );
    assert_eq!(verdict(&[&precise, &count_]), Verdict::Differ);
    // Two round floors far apart are a toll that rose, not an agreement.
    let later = hedge(
        count("paper", "at least 9,000", 9000.0),
        "at least",
        "at_least",
        Some(9000.0),
        None,
    );
    assert_ne!(verdict(&[&floor, &later]), Verdict::Agree);
}

/// A range or a magnitude word states every value inside it: "between 2 and 3 million
/// visitors" agrees with "2.5 million" and with "at least 2 million", "120,000 to 150,000
/// runners" with "120,000", "thousands of volunteers" with "at least 4,000" (but beside
/// "4,500" it says less, and differs); a figure outside still conflicts.
#[test]
fn a_range_or_a_magnitude_agrees_with_a_figure_inside_it() {
    let range = hedge(
        count("wire", "between 2 and 3 million", 2.5e6),
        "between",
        "range",
        Some(2e6),
        Some(3e6),
    );
    let inside = count("paper", "2.5 million", 2.5e6);
    assert_eq!(verdict(&[&range, &inside]), Verdict::Agree);
    let floor = hedge(
        count("paper", "at least 2 million", 2e6),
        "at least",
        "at_least",
        Some(2e6),
        None,
    );
    assert_eq!(verdict(&[&range, &floor]), Verdict::Agree);
    let outside = count("paper", "3.6 million", 3.6e6);
    assert_eq!(verdict(&[&range, &outside]), Verdict::Conflict);
    let runners = hedge(
        count("wire", "120,000 to 150,000", 135_000.0),
        "to",
        "range",
        Some(120_000.0),
        Some(150_000.0),
    );
    let low_end = count("paper", "120,000", 120_000.0);
    assert_eq!(verdict(&[&runners, &low_end]), Verdict::Agree);
    let thousands = hedge(
        count("wire", "thousands", 6000.0),
        "thousands",
        "vague",
        Some(2000.0),
        Some(10_000.0),
    );
    let at_least = hedge(
        count("paper", "at least 4,000", 4000.0),
        "at least",
        "at_least",
        Some(4000.0),
        None,
    );
    assert_eq!(verdict(&[&thousands, &at_least]), Verdict::Agree);
    let few = count("paper", "45", 45.0);
    assert_eq!(verdict(&[&thousands, &few]), Verdict::Conflict);
    // Beside a point it says less than the point: a difference of statements.
    let point = count("paper", "4,500", 4500.0);
    assert_eq!(verdict(&[&thousands, &point]), Verdict::Differ);
}

/// Two ceilings state one maximum ("gusts of up to 140 km/h" / "up to 144 km/h"): the
/// maxima are compared as figures. A ceiling beside a point is still a difference.
#[test]
fn ceilings_alone_compare_their_maxima() {
    let kmh = |source: &str, text: &str, v: f64| {
        let ms = v / 3.6;
        hedge(
            fig(source, text, Dimension::Speed, "m/s", ms),
            "up to",
            "up_to",
            Some(0.0),
            Some(ms),
        )
    };
    let a = kmh("wire", "up to 140 km/h", 140.0);
    let b = kmh("paper", "up to 144 km/h", 144.0);
    assert_eq!(verdict(&[&a, &b]), Verdict::Agree);
    let far = kmh("paper", "up to 160 km/h", 160.0);
    assert_eq!(verdict(&[&a, &far]), Verdict::Differ);
    let point = fig("paper", "130 km/h", Dimension::Speed, "m/s", 130.0 / 3.6);
    assert_eq!(verdict(&[&a, &point]), Verdict::Differ);
}

/// With no point figure, "nearly" figures are the points: "nearly 9 years" and "more
/// than 8 years" agree, "nearly 900" and "900-plus" cannot both hold.
#[test]
fn nearly_stands_for_a_point_when_there_is_none() {
    let y = 365.25 * 86400.0;
    let dur = |source: &str, text: &str, v: f64| fig(source, text, Dimension::Duration, "s", v * y);
    let nearly = hedge(
        dur("wire", "nearly 9 years", 9.0),
        "nearly",
        "nearly",
        Some(8.1 * y),
        Some(9.0 * y),
    );
    let more = hedge(
        dur("paper", "more than 8 years", 8.0),
        "more than",
        "more_than",
        Some(8.0 * y),
        None,
    );
    assert_eq!(verdict(&[&nearly, &more]), Verdict::Agree);
    // A round floor in words: "nearly 17 years" is "more than a decade".
    let long = hedge(
        dur("wire", "nearly 17 years", 17.0),
        "nearly",
        "nearly",
        Some(15.3 * y),
        Some(17.0 * y),
    );
    let decade = hedge(
        dur("paper", "more than a decade", 10.0),
        "more than",
        "more_than",
        Some(10.0 * y),
        None,
    );
    assert_eq!(verdict(&[&long, &decade]), Verdict::Agree);
    // Not past the next round step: "nearly 25 years" is more than two decades.
    let longer = hedge(
        dur("wire", "nearly 25 years", 25.0),
        "nearly",
        "nearly",
        Some(22.5 * y),
        Some(25.0 * y),
    );
    assert_eq!(verdict(&[&longer, &decade]), Verdict::Differ);
    let under = hedge(
        count("wire", "nearly 900", 900.0),
        "nearly",
        "nearly",
        Some(810.0),
        Some(900.0),
    );
    let plus = hedge(
        count("paper", "900-plus", 900.0),
        "plus",
        "at_least",
        Some(900.0),
        None,
    );
    assert_eq!(verdict(&[&under, &plus]), Verdict::Conflict);
}
