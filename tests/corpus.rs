//! The extraction corpus: table-driven cases in `tests/data/corpus/*.tsv`.
//!
//! Mention files (every file but `negative.tsv`, `context.tsv` and `gaps.tsv`), one
//! case a line, tab-separated:
//!
//! ```text
//! input sentence  mention text  dimension  unit  value  low  high  hedge_kind
//! ```
//!
//! `-` is null; `MID` (value column) is the midpoint of low and high. Values are in the canonical unit; durations may be written with a
//! suffix (`4y`, `6mo`, `2w`, `10d`, `3h`, `40min`, `30s`; 1 y = 365.25 days).
//! `negative.tsv`: sentences that must produce no mention at all.
//! `context.tsv`: `input  mention text  subject  qualifiers` where qualifiers are
//! `kind:text` joined by ` | ` (every listed one must be found; `-` for none asserted).
//! `gaps.tsv`: known gaps, same format as the mention files: reported, not asserted.
//! Lines starting with `#` and blank lines are skipped. In the input column, `\n` is a
//! line break (tables).

use std::fs;
use std::path::Path;

use fact_compare::{extract_text, Mention, Options};

const YEAR: f64 = 365.25 * 86_400.0;

fn parse_value(s: &str) -> Option<f64> {
    if s == "-" {
        return None;
    }
    let units: [(&str, f64); 7] = [
        ("min", 60.0),
        ("mo", YEAR / 12.0),
        ("y", YEAR),
        ("w", 7.0 * 86_400.0),
        ("d", 86_400.0),
        ("h", 3_600.0),
        ("s", 1.0),
    ];
    for (suf, f) in units {
        if let Some(n) = s.strip_suffix(suf) {
            if let Ok(v) = n.parse::<f64>() {
                return Some(v * f);
            }
        }
    }
    Some(
        s.parse::<f64>()
            .unwrap_or_else(|_| panic!("bad number {s:?} in corpus")),
    )
}

/// `MID`: the midpoint of low and high (ranges and vague magnitudes).
fn expected_value(cols: &[String]) -> Option<f64> {
    if cols[4] == "MID" {
        Some((parse_value(&cols[5])? + parse_value(&cols[6])?) / 2.0)
    } else {
        parse_value(&cols[4])
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(b.abs()) + 1e-9,
        _ => false,
    }
}

fn show(m: &Mention) -> String {
    let f = |x: Option<f64>| x.map_or("-".to_string(), |v| format!("{v}"));
    format!(
        "{:?} {} {} {} [{}, {}] {}",
        m.text,
        m.dimension.as_str(),
        m.unit,
        f(m.value),
        f(m.low),
        f(m.high),
        m.hedge_kind
    )
}

fn rows(path: &Path) -> Vec<(usize, Vec<String>)> {
    let body = fs::read_to_string(path).unwrap();
    body.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let mut cols: Vec<String> = l.split('\t').map(str::to_string).collect();
            cols[0] = cols[0].replace("\\n", "\n");
            (n + 1, cols)
        })
        .collect()
}

/// Check one mention row; `Err` says what went wrong.
fn check_mention(cols: &[String]) -> Result<(), String> {
    if cols.len() != 8 {
        return Err(format!("expected 8 columns, found {}", cols.len()));
    }
    let found = extract_text(&cols[0], &Options::default());
    let all: Vec<String> = found.iter().map(show).collect();
    let Some(m) = found.iter().find(|m| m.text == cols[1]) else {
        return Err(format!("no mention {:?}; found {all:?}", cols[1]));
    };
    let ok = m.dimension.as_str() == cols[2]
        && m.unit == cols[3]
        && close(m.value, expected_value(cols))
        && close(m.low, parse_value(&cols[5]))
        && close(m.high, parse_value(&cols[6]))
        && m.hedge_kind == cols[7];
    if ok {
        Ok(())
    } else {
        Err(format!("got {}", show(m)))
    }
}

fn check_context(cols: &[String]) -> Result<(), String> {
    if cols.len() != 4 {
        return Err(format!("expected 4 columns, found {}", cols.len()));
    }
    let found = extract_text(&cols[0], &Options::default());
    let Some(m) = found.iter().find(|m| m.text == cols[1]) else {
        let all: Vec<String> = found.iter().map(show).collect();
        return Err(format!("no mention {:?}; found {all:?}", cols[1]));
    };
    let quals: Vec<String> = m
        .qualifiers
        .iter()
        .map(|q| format!("{}:{}", format!("{:?}", q.kind).to_lowercase(), q.text))
        .collect();
    for q in &m.qualifiers {
        if cols[0].get(q.start..q.end) != Some(q.text.as_str()) {
            return Err(format!("qualifier span {q:?} is not a slice"));
        }
    }
    if cols[2] != "-" && m.subject != cols[2] {
        return Err(format!("subject {:?}, qualifiers {quals:?}", m.subject));
    }
    if cols[3] != "-" {
        for want in cols[3].split(" | ") {
            if !quals.iter().any(|q| q == want) {
                return Err(format!(
                    "missing {want:?}; subject {:?}, qualifiers {quals:?}",
                    m.subject
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let (mut total, mut failures, mut gaps_open) = (0, Vec::new(), 0);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for (line, cols) in rows(path) {
            let result = match name.as_str() {
                "negative.tsv" => {
                    let found = extract_text(&cols[0], &Options::default());
                    if found.is_empty() {
                        Ok(())
                    } else {
                        Err(format!(
                            "expected nothing, found {:?}",
                            found.iter().map(show).collect::<Vec<_>>()
                        ))
                    }
                }
                "context.tsv" => check_context(&cols),
                _ => check_mention(&cols),
            };
            if name == "gaps.tsv" {
                if result.is_err() {
                    gaps_open += 1;
                } else {
                    println!("gap now passes: {name}:{line}: {}", cols[0]);
                }
                continue;
            }
            total += 1;
            if let Err(e) = result {
                failures.push(format!("{name}:{line}: {}\n    {e}", cols[0]));
            }
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    println!(
        "corpus: {} of {total} cases pass ({} files); {gaps_open} known gaps open",
        total - failures.len(),
        files.len()
    );
    assert!(failures.is_empty(), "{} corpus cases fail", failures.len());
}
