//! `fact-compare batch`: many clusters in one run, as a map step.
//!
//! Input: JSON Lines, one cluster per line:
//!
//! ```text
//! {"id": "c1", "sources": [{"id": "a", "text": "...", "title": "...", "date": "2025-03-12"}, ...]}
//! ```
//!
//! (`title` and `date` are optional; `"options": {...}` on a line overrides the
//! command's options for that cluster.) Output: JSON Lines, one line per input line, in
//! input order: `{"id": "c1", "report": {...}}`, or `{"id": "c1", "error": {"kind":
//! "EmptyText", "message": "..."}}` when that cluster is refused (bad input, a line
//! that is not JSON: then `id` is null and `line` gives its number). Blank lines are
//! skipped. The clusters are compared on every core (rayon; `RAYON_NUM_THREADS=N` sets
//! how many), a block of lines at a time, so memory stays bounded however long the
//! input.

use std::io::{BufRead, Write};

use fact_compare::{Options, Report, Source};
#[cfg(not(target_arch = "wasm32"))]
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Lines read (and compared in parallel) before their results are written.
const BLOCK_LINES: usize = 256;
/// ... or this many bytes of input, whichever comes first.
const BLOCK_BYTES: usize = 64 << 20;

/// One input line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cluster {
    id: serde_json::Value,
    sources: Vec<Source>,
    #[serde(default)]
    options: Option<Options>,
}

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    id: serde_json::Value,
    /// The input line's number (1-based), given when the line could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorLine<'a>>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    kind: &'a str,
    message: String,
}

/// Read clusters from `input`, write one result line each to `out`, in order.
/// `grouping`: compare (else extract). Errors only when reading or writing fails.
pub fn run(
    input: impl BufRead,
    out: &mut impl Write,
    options: &Options,
    grouping: bool,
) -> std::io::Result<()> {
    let mut block: Vec<(usize, String)> = Vec::with_capacity(BLOCK_LINES);
    let mut bytes = 0;
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        bytes += line.len();
        block.push((n + 1, line));
        if block.len() >= BLOCK_LINES || bytes >= BLOCK_BYTES {
            write_block(&block, out, options, grouping)?;
            block.clear();
            bytes = 0;
        }
    }
    write_block(&block, out, options, grouping)?;
    out.flush()
}

fn write_block(
    block: &[(usize, String)],
    out: &mut impl Write,
    options: &Options,
    grouping: bool,
) -> std::io::Result<()> {
    // rayon is a native-only dependency; a wasm32 build of the CLI (wasm-pack test
    // builds every target of the crate) maps the block on one thread.
    #[cfg(not(target_arch = "wasm32"))]
    let lines: Vec<String> = block
        .par_iter()
        .map(|(n, line)| one(*n, line, options, grouping))
        .collect();
    #[cfg(target_arch = "wasm32")]
    let lines: Vec<String> = block
        .iter()
        .map(|(n, line)| one(*n, line, options, grouping))
        .collect();
    for l in lines {
        out.write_all(l.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The output line for one input line.
fn one(n: usize, line: &str, options: &Options, grouping: bool) -> String {
    let result = match serde_json::from_str::<Cluster>(line) {
        Err(e) => Line {
            id: id_of(line),
            line: Some(n),
            report: None,
            error: Some(ErrorLine {
                kind: "BadInput",
                message: format!("Line {n} is not a cluster ({{\"id\", \"sources\"}}): {e}."),
            }),
        },
        Ok(c) => {
            let options = c.options.as_ref().unwrap_or(options);
            let r = if grouping {
                fact_compare::compare(&c.sources, options)
            } else {
                fact_compare::extract(&c.sources, options)
            };
            match r {
                Ok(report) => Line {
                    id: c.id,
                    line: None,
                    report: Some(report),
                    error: None,
                },
                Err(e) => Line {
                    id: c.id,
                    line: None,
                    report: None,
                    error: Some(ErrorLine {
                        kind: kind_name(e.kind()),
                        message: e.message().to_string(),
                    }),
                },
            }
        }
    };
    serde_json::to_string(&result).unwrap_or_else(|e| {
        format!(r#"{{"id":null,"line":{n},"error":{{"kind":"Internal","message":"{e}"}}}}"#)
    })
}

/// The id of a line that is JSON but no cluster, so the error still names it.
fn id_of(line: &str) -> serde_json::Value {
    serde_json::from_str::<serde_json::Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(serde_json::Value::Null)
}

fn kind_name(kind: fact_compare::ErrorKind) -> &'static str {
    use fact_compare::ErrorKind as K;
    match kind {
        K::NoSources => "NoSources",
        K::BadId => "BadId",
        K::EmptyText => "EmptyText",
        K::TooLarge => "TooLarge",
        K::NotText => "NotText",
        K::BadOptions => "BadOptions",
        _ => "Other",
    }
}
