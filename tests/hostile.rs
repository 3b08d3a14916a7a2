//! Hostile input (issue 8): a table of inputs a user could paste or a page could send,
//! each with its expected outcome (a sound Report or a clear error naming the problem)
//! and a time bound. The bounds are for `cargo test --release` (what CI runs); debug
//! builds get `DEBUG_SLACK` times as long. The table is printed:
//!
//! ```text
//! cargo test --release --test hostile -- --nocapture
//! ```
//!
//! The JS side of the same table (non-string fields, lone surrogates, the module still
//! working after each error) is in tests/wasm_cases/mod.rs.

mod invariants;

use fact_compare::{compare, ErrorKind, Options, Report, Source, Verdict};
use std::time::{Duration, Instant};

/// How much longer an unoptimized build may take.
const DEBUG_SLACK: u32 = 15;

/// Slack on the stated bounds for a release build on a shared machine.
const RELEASE_SLACK: u32 = 4;

/// No case is held to less than this (ms): tiny bounds only measure the scheduler.
const MIN_BOUND_MS: u64 = 250;

/// A case that has not answered after this many times its bound counts as a hang.
const WATCHDOG: u32 = 3;

/// Cases over their time bound on the current engine (a known gap, reported in the
/// table as SLOW and in issue 8's note); a wrong result or a panic still fails them.
/// Remove a name once the engine meets its bound.
/// (Issue 13 removed the three that were here: the figure-dense cases now run at 1 MB.)
const KNOWN_SLOW: &[&str] = &[];

/// What a case must give.
enum Expect {
    /// A Report satisfying tests/invariants plus this check.
    Report(fn(&Report) -> Result<(), String>),
    /// An error of this kind whose message contains this text.
    Error(ErrorKind, &'static str),
}

struct Case {
    name: &'static str,
    sources: fn() -> Vec<Source>,
    options: fn() -> Options,
    expect: Expect,
    /// The time bound for `compare`, in milliseconds (release build).
    bound_ms: u64,
}

fn one(text: impl Into<String>) -> Vec<Source> {
    vec![Source::new("a", text)]
}

fn defaults() -> Options {
    Options::default()
}

fn any_report(_: &Report) -> Result<(), String> {
    Ok(())
}

fn has_mentions(r: &Report) -> Result<(), String> {
    if r.mentions.is_empty() {
        Err("no mention found".into())
    } else {
        Ok(())
    }
}

/// At least one mention of 14 (the figure in the texts around the junk).
fn finds_14(r: &Report) -> Result<(), String> {
    if r.mentions.iter().any(|m| m.value == Some(14.0)) {
        Ok(())
    } else {
        Err(format!(
            "14 not found among {:?}",
            r.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
        ))
    }
}

const REAL: &str = "Officials said at least 14 people were killed and $3.5 million was lost.";

/// Deterministic pseudo-random bytes (xorshift), so the junk is the same on every run.
fn junk(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A realistic paragraph, for the long-line cases.
const PARAGRAPH: &str = "Officials said at least 14 civilians were killed in Kharkiv on Monday, \
    and nearly 3,000 homes lost power. The $90 billion package — roughly one-fifth of the \
    budget — was agreed after a 40-minute meeting; about 20% of it goes to air defence. ";

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "empty text",
            sources: || one(""),
            options: defaults,
            expect: Expect::Error(ErrorKind::EmptyText, "Source \"a\" has no text"),
            bound_ms: 10,
        },
        Case {
            name: "whitespace-only text (spaces, tabs, NBSP, newlines)",
            sources: || one(" \t\n\u{a0}\u{2009}\r\n  "),
            options: defaults,
            expect: Expect::Error(ErrorKind::EmptyText, "Source \"a\" has no text"),
            bound_ms: 10,
        },
        Case {
            name: "no sources",
            sources: Vec::new,
            options: defaults,
            expect: Expect::Error(ErrorKind::NoSources, "No sources"),
            bound_ms: 10,
        },
        Case {
            name: "one source over the 16 MiB limit",
            sources: || one("7 ".repeat(8 * 1024 * 1024 + 1)),
            options: defaults,
            expect: Expect::Error(ErrorKind::TooLarge, "too large"),
            bound_ms: 100,
        },
        Case {
            name: "two sources together over a 1 KiB limit",
            sources: || {
                vec![
                    Source::new("a", "x".repeat(600)),
                    Source::new("b", "y".repeat(600)),
                ]
            },
            options: || Options {
                max_input_bytes: 1024,
                ..Options::default()
            },
            expect: Expect::Error(ErrorKind::TooLarge, "limit is 1024"),
            bound_ms: 10,
        },
        Case {
            name: "10,000 tiny sources, same figure in each",
            sources: || {
                (0..10_000)
                    .map(|i| Source::new(format!("s{i}"), "7 people were hurt."))
                    .collect()
            },
            options: defaults,
            expect: Expect::Report(|r| {
                if r.mentions.len() == 10_000 {
                    Ok(())
                } else {
                    Err(format!("{} mentions, want 10000", r.mentions.len()))
                }
            }),
            bound_ms: 5_000,
        },
        Case {
            name: "10,000 tiny sources, all different figures",
            sources: || {
                (0..10_000)
                    .map(|i| Source::new(format!("s{i}"), format!("{} people were hurt.", i + 1)))
                    .collect()
            },
            options: defaults,
            expect: Expect::Report(has_mentions),
            bound_ms: 5_000,
        },
        Case {
            name: "10,001 sources (over max_sources)",
            sources: || {
                (0..10_001)
                    .map(|i| Source::new(format!("s{i}"), "7"))
                    .collect()
            },
            options: defaults,
            expect: Expect::Error(ErrorKind::TooLarge, "Too many sources"),
            bound_ms: 100,
        },
        Case {
            name: "duplicate ids",
            sources: || vec![Source::new("x", "1 a"), Source::new("x", "2 b")],
            options: defaults,
            expect: Expect::Error(ErrorKind::BadId, "\"x\" is used twice"),
            bound_ms: 10,
        },
        Case {
            name: "empty id",
            sources: || vec![Source::new("ok", "1 a"), Source::new("", "2 b")],
            options: defaults,
            expect: Expect::Error(ErrorKind::BadId, "Source #2 has an empty id"),
            bound_ms: 10,
        },
        Case {
            name: "blank id (spaces)",
            sources: || vec![Source::new("  ", "2 b")],
            options: defaults,
            expect: Expect::Error(ErrorKind::BadId, "empty id"),
            bound_ms: 10,
        },
        Case {
            name: "NUL bytes only",
            sources: || one("\0".repeat(1000)),
            options: defaults,
            expect: Expect::Error(ErrorKind::NotText, "does not look like text"),
            bound_ms: 10,
        },
        Case {
            name: "binary junk (64 KiB of random bytes, decoded lossily)",
            sources: || one(String::from_utf8_lossy(&junk(65_536)).into_owned()),
            options: defaults,
            expect: Expect::Error(ErrorKind::NotText, "Source \"a\" does not look like text"),
            bound_ms: 50,
        },
        Case {
            name: "binary junk that is valid UTF-8 (control characters)",
            sources: || {
                one(junk(65_536)
                    .into_iter()
                    .map(|b| char::from(b & 0x1f))
                    .collect::<String>())
            },
            options: defaults,
            expect: Expect::Error(ErrorKind::NotText, "does not look like text"),
            bound_ms: 50,
        },
        Case {
            name: "a few NUL / control characters inside real text",
            sources: || one(format!("{REAL}\0 The \u{7}bell\u{1b}[0m rang.\u{8} {REAL}")),
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 10,
        },
        Case {
            name: "right-to-left and bidi marks around figures",
            sources: || {
                one("\u{200f}Officials said \u{202e}at least 14\u{202c} people\u{200e} were killed; \u{2067}١٤ قتيلا\u{2069}.")
            },
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 10,
        },
        Case {
            name: "a 100,000-digit number inside a sentence",
            sources: || {
                one(format!(
                    "{REAL} The total was {} dollars.",
                    "7".repeat(100_000)
                ))
            },
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 500,
        },
        Case {
            name: "a 100,000-digit number with grouping and decimals",
            sources: || {
                one(format!(
                    "{REAL} {}.{} people",
                    "123,".repeat(25_000) + "000",
                    "9".repeat(1000)
                ))
            },
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 500,
        },
        Case {
            name: "\"1e309\", \"1e-400\", \"$1e309bn\" (float overflow / underflow)",
            sources: || {
                one(format!(
                    "{REAL} It was 1e309 or 1e-400 or $1e309bn or 10^309."
                ))
            },
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 10,
        },
        Case {
            name: "\"9\" repeated a million times",
            sources: || one("9".repeat(1_000_000)),
            options: defaults,
            expect: Expect::Report(any_report),
            bound_ms: 2_000,
        },
        Case {
            // 500,000 figures in one "sentence": quadratic work here takes minutes
            // (issue 13: 37 s before, when the clause of each figure was read anew)
            name: "\"1 1 1 ...\" repeated (1 MB)",
            sources: || one("1 ".repeat(500_000)),
            options: defaults,
            expect: Expect::Report(|r| {
                if r.mentions.len() == 500_000 {
                    Ok(())
                } else {
                    Err(format!("{} mentions, want 500000", r.mentions.len()))
                }
            }),
            bound_ms: 6_000,
        },
        Case {
            // Figures glued to a word before them ("GBP5", "Rs5"): each figure's unit
            // limit was searched for past all the glued ones after it (issue 13: 14 s
            // at 400 KB, quadratic); now a cursor that only moves on.
            name: "figures glued to a code before them, \"GBP5 Rs5 ...\" (400 KB)",
            sources: || one("GBP5 Rs5 ".repeat(44_000)),
            options: defaults,
            expect: Expect::Report(|r| {
                if r.mentions.len() == 88_000 {
                    Ok(())
                } else {
                    Err(format!("{} mentions, want 88000", r.mentions.len()))
                }
            }),
            bound_ms: 3_000,
        },
        Case {
            // Scaled bare figures and no sum of money: each looked back over every figure
            // before it for a currency to carry (issue 13: quadratic, 1.7 s of CPU at
            // 440 KB); now only within reach.
            name: "\"1 million, 1 million, ...\" (1 MB)",
            sources: || one("1 million, ".repeat(90_000)),
            options: defaults,
            expect: Expect::Report(|r| {
                if r.mentions.len() == 90_000 {
                    Ok(())
                } else {
                    Err(format!("{} mentions, want 90000", r.mentions.len()))
                }
            }),
            bound_ms: 2_000,
        },
        Case {
            // One group of 100,000 figures, each of a 500 KB sentence: the verdict read
            // the sentence once per member (issue 13: 8 GB at 400 KB, out of memory at
            // 2 MB); now once per sentence.
            name: "two sources of \"1 killed, 1 killed, ...\" (500 KB each)",
            sources: || {
                let text = "1 killed, ".repeat(50_000);
                vec![Source::new("a", text.clone()), Source::new("b", text)]
            },
            options: defaults,
            expect: Expect::Report(|r| {
                let sizes: Vec<usize> = r.groups.iter().map(|g| g.mentions.len()).collect();
                match (r.mentions.len(), sizes.as_slice()) {
                    (100_000, [100_000]) if r.groups[0].verdict == Verdict::Agree => Ok(()),
                    _ => Err(format!(
                        "{} mentions in groups of {:?}, want one agreeing group of 100000",
                        r.mentions.len(),
                        &sizes[..sizes.len().min(5)]
                    )),
                }
            }),
            bound_ms: 3_000,
        },
        Case {
            name: "\"1, 2, 3...\" list with hedges and units (1 MB)",
            sources: || {
                let mut s = String::new();
                let mut i = 0u64;
                while s.len() < 1_000_000 {
                    s.push_str(&format!("about {i} km, up to {i}% ; "));
                    i += 1;
                }
                one(s)
            },
            options: defaults,
            expect: Expect::Report(has_mentions),
            bound_ms: 3_000,
        },
        Case {
            // Each phrase is a duration counted to the story's year, in one sentence:
            // its sentence and clause are read once, not once per phrase.
            name: "1 MB of undated \"since 1987\" in one sentence",
            sources: || {
                let text = format!(
                    "In 2019 and in 2019 again, {}",
                    "since 1987 ".repeat(90_000)
                );
                vec![
                    Source::new("a", text),
                    Source::new(
                        "b",
                        "The 2019 vote gave the party its best result in 32 years.",
                    ),
                ]
            },
            options: defaults,
            expect: Expect::Report(any_report),
            bound_ms: 3_000,
        },
        Case {
            name: "deeply nested brackets (100,000 levels) around a figure",
            sources: || {
                let n = 100_000;
                one(format!(
                    "{}at least 14 people{}",
                    "([{“‘".repeat(n / 5),
                    "’”}])".repeat(n / 5)
                ))
            },
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 2_000,
        },
        Case {
            name: "unbalanced brackets (1 MB of openers)",
            sources: || one(format!("{}{REAL}", "(".repeat(1_000_000))),
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 2_000,
        },
        Case {
            name: "a 1 MB single line of news prose",
            sources: || one(PARAGRAPH.repeat(1_000_000 / PARAGRAPH.len() + 1)),
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 3_000,
        },
        Case {
            name: "1 MB with no spaces or punctuation at all",
            sources: || one("abc".repeat(350_000)),
            options: defaults,
            expect: Expect::Report(any_report),
            bound_ms: 2_000,
        },
        Case {
            name: "1 MB of hedge words and no number",
            sources: || one("nearly about more than up to at least between ".repeat(22_000)),
            options: defaults,
            expect: Expect::Report(any_report),
            bound_ms: 2_000,
        },
        Case {
            name: "1 MB of number words",
            sources: || one("one hundred and twenty-seven thousand ".repeat(27_000)),
            options: defaults,
            expect: Expect::Report(any_report),
            bound_ms: 3_000,
        },
        Case {
            name: "1 MB of emoji, CJK and combining marks around figures",
            sources: || one("🙂👍🏽🇺🇦 北京 3 人 e\u{301}\u{301}\u{301} ½ 2½ ".repeat(30_000)),
            options: defaults,
            expect: Expect::Report(has_mentions),
            bound_ms: 3_000,
        },
        Case {
            name: "CRLF and lone CR line ends",
            sources: || one(format!("{REAL}\r\n\r\nAbout 20% left.\rUp to 9 died.\r")),
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 10,
        },
        Case {
            name: "byte-order mark and zero-width characters",
            sources: || one(format!("\u{feff}{REAL}\u{200b}1\u{200b}4\u{200d}\u{2060}")),
            options: defaults,
            expect: Expect::Report(finds_14),
            bound_ms: 10,
        },
        Case {
            name: "a bad date on a source",
            sources: || {
                vec![Source {
                    date: Some("2025-02-30".into()),
                    ..Source::new("a", REAL)
                }]
            },
            options: defaults,
            expect: Expect::Error(ErrorKind::BadOptions, "2025-02-30"),
            bound_ms: 10,
        },
        Case {
            name: "a NaN option",
            sources: || one(REAL),
            options: || Options {
                approx_low: f64::NAN,
                ..Options::default()
            },
            expect: Expect::Error(ErrorKind::BadOptions, "approx_low"),
            bound_ms: 10,
        },
    ]
}

/// How a run ended.
enum Ran {
    Done(Result<Report, fact_compare::Error>),
    Panicked,
}

/// Runs one case on its own thread with a watchdog, so that a hang fails the case (after
/// `WATCHDOG` times its bound) instead of hanging the test binary.
fn run(case: &Case) -> (String, Duration, Result<(), String>) {
    let sources = std::sync::Arc::new((case.sources)());
    let options = (case.options)();
    // The stated bounds are for an idle machine; a shared CI machine gets RELEASE_SLACK
    // (override with HOSTILE_SLACK) and no bound under MIN_BOUND_MS, so that only a real
    // blow-up (a hang, quadratic time) fails, never scheduling noise. Speed itself is
    // measured by scripts/bench.sh.
    let slack = std::env::var("HOSTILE_SLACK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            DEBUG_SLACK
        } else {
            RELEASE_SLACK
        });
    let bound = Duration::from_millis(case.bound_ms.max(MIN_BOUND_MS)) * slack;
    let (tx, rx) = std::sync::mpsc::channel();
    let input = sources.clone();
    std::thread::spawn(move || {
        let start = Instant::now();
        let r = std::panic::catch_unwind(|| compare(&input, &options));
        let took = start.elapsed();
        let _ = tx.send((
            match r {
                Ok(r) => Ran::Done(r),
                Err(_) => Ran::Panicked,
            },
            took,
        ));
    });
    let limit = (bound * WATCHDOG).max(Duration::from_secs(5));
    let Ok((result, took)) = rx.recv_timeout(limit) else {
        return (
            "HANG".into(),
            limit,
            Err(format!("no answer within {limit:?} (left running)")),
        );
    };
    let (outcome, verdict) = match (&case.expect, result) {
        (_, Ran::Panicked) => ("PANIC".to_string(), Err("panicked".to_string())),
        (Expect::Report(extra), Ran::Done(Ok(report))) => (
            format!(
                "report: {} mentions, {} groups, {} warnings",
                report.mentions.len(),
                report.groups.len(),
                report.warnings.len()
            ),
            invariants::check(&sources, &report).and_then(|_| extra(&report)),
        ),
        (Expect::Report(_), Ran::Done(Err(e))) => {
            (format!("error: {e}"), Err("expected a Report".into()))
        }
        (Expect::Error(kind, want), Ran::Done(Err(e))) => {
            let ok = e.kind() == *kind && e.message().contains(want);
            (
                format!("error: {e}"),
                if ok {
                    Ok(())
                } else {
                    Err(format!(
                        "expected {kind:?} containing {want:?}, got {:?}",
                        e.kind()
                    ))
                },
            )
        }
        (Expect::Error(kind, _), Ran::Done(Ok(_))) => (
            "report".to_string(),
            Err(format!("expected a {kind:?} error")),
        ),
    };
    let verdict = verdict.and_then(|_| {
        if took > bound {
            Err(format!("took {took:?}, bound {bound:?}"))
        } else {
            Ok(())
        }
    });
    (outcome, took, verdict)
}

#[test]
fn hostile_inputs_get_a_defined_outcome_in_bounded_time() {
    let mut failures = Vec::new();
    println!("\n| input | outcome | time | bound |\n|---|---|---|---|");
    for case in cases() {
        let (outcome, took, verdict) = run(&case);
        let mut outcome = outcome.replace('|', "\\|");
        if outcome.chars().count() > 110 {
            outcome = outcome.chars().take(107).collect::<String>() + "...";
        }
        println!(
            "| {} | {}{} | {:.1} ms | {} ms |",
            case.name,
            if verdict.is_ok() { "" } else { "FAIL: " },
            outcome,
            took.as_secs_f64() * 1e3,
            case.bound_ms
        );
        use std::io::Write;
        std::io::stdout().flush().ok();
        match verdict {
            Err(why)
                if KNOWN_SLOW.contains(&case.name)
                    && (why.starts_with("took") || why.starts_with("no answer")) =>
            {
                println!("|   (SLOW, known: {why}) | | | |");
            }
            Err(why) => failures.push(format!("{}: {why}", case.name)),
            Ok(()) => {}
        }
    }
    // After all of that, an ordinary compare still works.
    let r = compare(&one(REAL), &Options::default()).unwrap();
    assert!(finds_14(&r).is_ok());
    assert!(
        failures.is_empty(),
        "hostile cases failed:\n{}",
        failures.join("\n")
    );
}
