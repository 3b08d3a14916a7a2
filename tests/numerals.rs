//! Numerals: the table-driven corpus in tests/data/numerals/, invariants, odd input.
//!
//! - `positive.tsv`: text, expected span text, value, role, form: a numeral with that
//!   exact span must be found, with that value (relative error 1e-9), role and form.
//! - `negative.tsv`: texts that must yield no `Role::Quantity` numeral.

use fact_compare::numerals::{numerals, Form, Numeral, Role};
use std::time::Instant;

fn show(text: &str) -> String {
    numerals(text)
        .iter()
        .map(|n| {
            format!(
                "[{}]={} {:?} {:?} s={} v={:?}",
                &text[n.start..n.end],
                n.value,
                n.role,
                n.form,
                n.scale,
                n.vague
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/numerals/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn role(s: &str) -> Role {
    match s {
        "Quantity" => Role::Quantity,
        "Date" => Role::Date,
        "Time" => Role::Time,
        "Ordinal" => Role::Ordinal,
        "Name" => Role::Name,
        "Furniture" => Role::Furniture,
        other => panic!("unknown role {other}"),
    }
}

fn form(s: &str) -> Option<Form> {
    match s {
        "Digits" => Some(Form::Digits),
        "Words" => Some(Form::Words),
        "Fraction" => Some(Form::Fraction),
        "Vague" => Some(Form::Vague),
        "-" => None,
        other => panic!("unknown form {other}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn positive_corpus() {
    let rows = rows("positive.tsv");
    assert!(rows.len() >= 300, "corpus shrank: {} rows", rows.len());
    let mut failures = Vec::new();
    for r in &rows {
        assert!(r.len() >= 5, "bad row {r:?}");
        let (text, span, value) = (&r[0], &r[1], r[2].parse::<f64>().unwrap());
        let (want_role, want_form) = (role(&r[3]), form(&r[4]));
        let found = numerals(text);
        let hit = found.iter().find(|n| &text[n.start..n.end] == span);
        let ok = hit.is_some_and(|n| {
            close(n.value, value) && n.role == want_role && want_form.is_none_or(|f| n.form == f)
        });
        if !ok {
            failures.push(format!(
                "{text:?}: want [{span}]={value} {want_role:?} {want_form:?}; got {}",
                show(text)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn negative_corpus() {
    let rows = rows("negative.tsv");
    assert!(rows.len() >= 70, "corpus shrank: {} rows", rows.len());
    let failures: Vec<String> = rows
        .iter()
        .filter(|r| numerals(&r[0]).iter().any(|n| n.role == Role::Quantity))
        .map(|r| {
            format!(
                "{:?} ({}): {}",
                r[0],
                r.get(1).map_or("", |s| s),
                show(&r[0])
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "quantities found in non-claims:\n{}",
        failures.join("\n")
    );
}

#[test]
fn vague_intervals() {
    let n = numerals("tens of thousands and dozens");
    assert_eq!(n[0].vague, Some((2e4, 1e5)));
    assert_eq!(n[0].value, 2e4);
    assert_eq!(n[1].vague, Some((24.0, 100.0)));
    assert_eq!(numerals("millions")[0].vague, Some((2e6, 1e7)));
}

#[test]
fn scale_field() {
    let text = "$1.2bn, 90 billion, two thousand five hundred, half a million, 14";
    let scales: Vec<f64> = numerals(text).iter().map(|n| n.scale).collect();
    assert_eq!(scales, [1e9, 1e9, 1.0, 1e6, 1.0]);
}

/// Texts for the invariant checks: the corpus plus a few awkward mixtures, and the
/// seed articles when they are present.
fn invariant_texts() -> Vec<String> {
    let mut texts: Vec<String> = rows("positive.tsv")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    texts.extend(rows("negative.tsv").into_iter().map(|r| r[0].clone()));
    texts.push(
        "“Up to $100 billion,” he said — nearly four-year war; 2½ hours; 40 minutes… 🚀 ½".into(),
    );
    texts.push(
        "Prices: 1,2,3; 1.2.3; 1,,2; 3-4-5-6-7-8-9; +1 (202) 555; 12:60; 99:99; 1/0; 0/0".into(),
    );
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    if let Ok(dir) = std::fs::read_dir(seeds) {
        for e in dir.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    } else {
        println!("SKIP (seed part): ../shared/seeds not found");
    }
    texts
}

fn check_spans(text: &str, found: &[Numeral]) {
    let mut last_end = 0;
    for n in found {
        assert!(
            n.start < n.end && n.end <= text.len(),
            "{text:?}: bad span {n:?}"
        );
        assert!(
            text.is_char_boundary(n.start) && text.is_char_boundary(n.end),
            "{text:?}: {n:?}"
        );
        assert!(
            n.start >= last_end,
            "{text:?}: overlapping or unordered at {n:?}"
        );
        assert!(n.value.is_finite(), "{text:?}: {n:?}");
        last_end = n.end;
    }
}

#[test]
fn spans_are_slices_in_order_and_shift_with_a_prefix() {
    let prefix = "Intro — “quoted” é.\n\n";
    for text in invariant_texts() {
        let found = numerals(&text);
        check_spans(&text, &found);
        let shifted_text = format!("{prefix}{text}");
        let shifted = numerals(&shifted_text);
        check_spans(&shifted_text, &shifted);
        let moved: Vec<Numeral> = found
            .iter()
            .map(|n| Numeral {
                start: n.start + prefix.len(),
                end: n.end + prefix.len(),
                ..*n
            })
            .collect();
        assert_eq!(shifted, moved, "prefix changed the result for {text:?}");
        // CRLF line ends change nothing but offsets.
        if text.contains('\n') {
            let crlf = text.replace('\n', "\r\n");
            let a: Vec<(String, Role)> = found
                .iter()
                .map(|n| (text[n.start..n.end].to_string(), n.role))
                .collect();
            let b: Vec<(String, Role)> = numerals(&crlf)
                .iter()
                .map(|n| (crlf[n.start..n.end].to_string(), n.role))
                .collect();
            assert_eq!(a, b, "CRLF changed the result");
        }
    }
}

#[test]
fn odd_input_does_not_panic() {
    let nines = "9".repeat(100_000);
    let odd = [
        "",
        " ",
        "½",
        "-",
        "$",
        ".",
        ",",
        "1,",
        "1.",
        "-.",
        "+",
        "#",
        "’",
        "'s",
        "a",
        "an",
        "half",
        "and",
        "one and",
        "point",
        "a third",
        "tens of",
        "—",
        "\u{a0}1\u{a0}",
        "1e309",
        "🚀🚀🚀 12 🚀",
        "x\u{301}1",
        "1\u{202f}",
        "１２３",
        "٣",
        "one point",
        "twenty-",
        "-twenty",
        "three and a",
        "half a",
        "a quarter",
        "9/11/",
        "12:",
        ":30",
        "1/2/3/4/5/6/7/8",
        "+1-",
        &nines,
    ];
    for t in odd {
        let found = numerals(t);
        check_spans(t, &found);
        let _ = fact_compare::segment::sentences(t);
    }
    // A run of 100,000 nines is not finite as an f64: it is skipped, not returned as inf.
    assert!(numerals(&nines).iter().all(|n| n.value.is_finite()));
    // 1e309 is not read as an exponent: "1" and the name-like "309".
    assert!(numerals("1e309").iter().all(|n| n.value.is_finite()));
}

#[test]
fn long_inputs_take_linear_time() {
    let pieces = [
        "9 ",
        "one ",
        "1,000,",
        "1-2-",
        "a.b. ",
        "tens of ",
        "2014 ",
        "1/2 ",
        "+1 ",
        "https://x/",
    ];
    for p in pieces {
        let small = p.repeat(2_000);
        let big = p.repeat(20_000);
        let t0 = Instant::now();
        let _ = numerals(&small);
        let _ = fact_compare::segment::sentences(&small);
        let small_time = t0.elapsed().as_secs_f64();
        let t1 = Instant::now();
        let _ = numerals(&big);
        let _ = fact_compare::segment::sentences(&big);
        let big_time = t1.elapsed().as_secs_f64();
        println!("{p:?}: {small_time:.4}s then {big_time:.4}s");
        // Ten times the input may take at most ~40 times as long (noise included).
        assert!(
            big_time < 40.0 * small_time + 0.5,
            "{p:?}: {small_time}s then {big_time}s"
        );
    }
}

/// `FC_PROBE="text|text" cargo test --test numerals probe -- --ignored --nocapture`
#[test]
#[ignore]
fn probe() {
    for line in std::env::var("FC_PROBE").unwrap_or_default().split('|') {
        println!("{line}\n  -> {}", show(line));
    }
}

#[test]
fn sentences_respect_abbreviations_quotes_and_headlines() {
    use fact_compare::segment::sentences;
    let text = "Trump Meets Zelensky\nGen. Smith met U.S. officials at 3.5 p.m. on Monday. “We agree,” he said. \
                Mr. Jones left on Jan. 6 with No. 10 staff.\u{a0}The talks ended in the U.S. The next round is approx. 3 weeks away!";
    let got: Vec<&str> = sentences(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(
        got,
        [
            "Trump Meets Zelensky",
            "Gen. Smith met U.S. officials at 3.5 p.m. on Monday.",
            "“We agree,” he said.",
            "Mr. Jones left on Jan. 6 with No. 10 staff.",
            "The talks ended in the U.S.",
            "The next round is approx. 3 weeks away!",
        ]
    );
}

#[test]
fn vague_quantifier_intervals() {
    let cases = [
        ("a couple of hours", (2.0, 4.0)),
        ("several hundred people", (300.0, 1000.0)),
        ("a few thousand fans", (2000.0, 6000.0)),
        ("a few dozen boats", (24.0, 72.0)),
        ("several hundred thousand refugees", (3e5, 1e6)),
    ];
    for (text, want) in cases {
        let n = numerals(text);
        assert_eq!(n.len(), 1, "{text}: {}", show(text));
        assert_eq!(n[0].form, Form::Vague, "{text}");
        assert_eq!(n[0].vague, Some(want), "{text}");
        assert_eq!(n[0].value, want.0, "{text}");
    }
}
